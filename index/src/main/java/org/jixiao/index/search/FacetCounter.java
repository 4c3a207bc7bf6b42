package org.jixiao.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.jixiao.index.SearchResult.FacetCount;
import org.jixiao.index.write.IndexFields;

/**
 * Counts every matching document's value in each facet dimension, from sorted doc values: per segment an array
 * indexed by ordinal (one increment per match and dimension, no strings), turned into values once per segment.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Leafwise, Map<String, List<FacetCount>>> {

    @Override
    public Leafwise newCollector() {
        return new Leafwise();
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Leafwise> collectors) {
        Map<String, Map<String, Long>> merged = new HashMap<>();
        for (Leafwise c : collectors) {
            c.flush();
            c.totals.forEach((dim, counts) -> counts.forEach((v, n) ->
                    merged.computeIfAbsent(dim, d -> new HashMap<>()).merge(v, n, Long::sum)));
        }
        Map<String, List<FacetCount>> out = new java.util.LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            List<FacetCount> counts = new ArrayList<>();
            merged.getOrDefault(dim, Map.of()).forEach((v, n) -> counts.add(new FacetCount(v, n)));
            counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.put(dim, counts);
        }
        return out;
    }

    static final class Leafwise extends SimpleCollector {
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private final SortedDocValues[] values = new SortedDocValues[IndexFields.FACETS.length];
        private final int[][] counts = new int[IndexFields.FACETS.length][];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSorted(context.reader(), IndexFields.facetField(IndexFields.FACETS[i]));
                counts[i] = new int[values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i].advanceExact(doc)) {
                    counts[i][values[i].ordValue()]++;
                }
            }
        }

        void flush() {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Map<String, Long> dim = totals.computeIfAbsent(IndexFields.FACETS[i], d -> new HashMap<>());
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        try {
                            dim.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
                values[i] = null;
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
