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
 * Counts the matching documents' values in each facet dimension, from sorted doc values: per segment an array
 * indexed by ordinal (one increment per counted match and dimension, no strings), turned into values once per
 * segment.
 *
 * <p><b>Bounded.</b> Counting costs a doc-values lookup per match and dimension, so a query matching a million
 * entries spent most of its time here. The first {@link #EXACT} matches are counted exactly — every result set of
 * that size or less gets exact counts, as before — and beyond them a systematic sample: the next {@code 2 × EXACT}
 * matches every second one, the next {@code 4 × EXACT} every fourth, and so on, each sampled match weighing as
 * many as it stands for. The counted matches grow with the logarithm of the matches, not with them; the counts are
 * then estimates (a value held by a few matches may be missed), which the result says ({@link Facets#estimated}).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Leafwise, FacetCounter.Facets> {

    /** Matches counted exactly before sampling begins, and the sample size of each later stage. */
    static final int EXACT = 100_000;

    /**
     * The counts by dimension (in {@link IndexFields#FACETS} order), how many matches there were and how many of them
     * were counted: fewer when the counts are estimated from a sample.
     */
    record Facets(Map<String, List<FacetCount>> counts, long matches, long counted) {
        boolean estimated() {
            return counted < matches;
        }
    }

    private final int exact;

    FacetCounter() {
        this(EXACT);
    }

    /** Counting the first {@code exact} matches exactly (tests; {@code Integer.MAX_VALUE}: every match). */
    FacetCounter(int exact) {
        this.exact = exact;
    }

    @Override
    public Leafwise newCollector() {
        return new Leafwise(exact);
    }

    @Override
    public Facets reduce(Collection<Leafwise> collectors) {
        Map<String, Map<String, Long>> merged = new HashMap<>();
        long matches = 0;
        long counted = 0;
        for (Leafwise c : collectors) {
            matches += c.seen;
            counted += c.counted;
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
        return new Facets(out, matches, counted);
    }

    static final class Leafwise extends SimpleCollector {
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private final SortedDocValues[] values = new SortedDocValues[IndexFields.FACETS.length];
        private final long[][] counts = new long[IndexFields.FACETS.length][];
        private final int exact;
        /** Matches given to this collector, and how many of them were counted. */
        private long seen;
        private long counted;
        /** Every {@code stride}-th match of the current stage is counted, weighing {@code stride}. */
        private long stride = 1;
        private long stageStart;
        private long stageEnd;

        Leafwise(int exact) {
            this.exact = exact;
            this.stageEnd = exact;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSorted(context.reader(), IndexFields.facetField(IndexFields.FACETS[i]));
                counts[i] = new long[values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            long n = seen++;
            if (n >= stageEnd) { // the next stage: twice as long, every other match of the last one's sample
                stride *= 2;
                stageStart = n;
                stageEnd = n + exact * stride;
            }
            if ((n - stageStart) % stride != 0) {
                return;
            }
            counted++;
            for (int i = 0; i < values.length; i++) {
                if (values[i].advanceExact(doc)) {
                    counts[i][values[i].ordValue()] += stride;
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
                            dim.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
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
