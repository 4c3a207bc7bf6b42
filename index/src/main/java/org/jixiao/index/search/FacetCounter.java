package org.jixiao.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jixiao.index.SearchResult.FacetCount;
import org.jixiao.index.write.IndexFields;

/**
 * Counts a query's matches, and their values in each facet dimension (from sorted doc values: per segment an array
 * indexed by ordinal, turned into values once per segment).
 *
 * <p><b>Bounded.</b> Visiting every match costs time linear in the matches: at 100,000 reports a common word matches
 * four million entries. So only the first {@link #EXACT} matches are visited one by one — every result of that size
 * or less gets exact counts — and beyond them a systematic sample of the rest of the index <em>by position</em>:
 * windows of consecutive documents (at least {@link #WINDOW}, and enough to hold a few dozen matches at the density
 * seen so far: jumping costs more than walking), one every {@code stride} windows, the query's iterator jumping
 * ({@code advance}) over the documents between. Each match counted in a window stands for {@code stride} matches.
 * The stride is set from the density of matches seen so far, so that about {@link #SAMPLE} more matches are counted
 * whatever the size of the result, and doubled whenever a stage counts more than planned. The matches and the
 * counts are then estimates, which the result says ({@link Facets#estimated}); a value held by a few matches may
 * be missed. Sampling by position rather than every k-th match is what makes the cost independent of the
 * number of matches: skipped documents are never decoded.
 */
final class FacetCounter {

    /**
     * Matches counted exactly before sampling begins. Each costs a look at seven doc values scattered over the
     * index (about 1.5 µs at 28 million entries), so this bounds the time of every search's facets.
     */
    static final int EXACT = 5_000;
    /** About how many matches the sample counts after the exact part, whatever the size of the result. */
    static final int SAMPLE = 6_000;
    /** Consecutive documents in a sampling window at least: part of one report's entries, so that many reports are sampled. */
    static final int WINDOW = 16;
    /** Matches a sampling window should hold, about. */
    private static final int PER_WINDOW = 4;

    /**
     * The counts by dimension (in {@link IndexFields#FACETS} order), how many matches there are (estimated when
     * {@code estimated}) and how many of them were counted.
     */
    record Facets(Map<String, List<FacetCount>> counts, long matches, long counted, boolean estimated) {
    }

    private final int exact;
    private final int sample;
    private final String[] dimensions;

    FacetCounter() {
        this(EXACT, SAMPLE);
    }

    /** Counting the first {@code exact} matches exactly ({@code Integer.MAX_VALUE}: every match), then a sample. */
    FacetCounter(int exact, int sample) {
        this(exact, sample, IndexFields.FACETS);
    }

    private FacetCounter(int exact, int sample, String[] dimensions) {
        this.exact = exact;
        this.sample = sample;
        this.dimensions = dimensions;
    }

    /** Every match, exactly, in the given dimensions only (each costs a doc-values look per match). */
    static FacetCounter everyMatch(String... dimensions) {
        return new FacetCounter(Integer.MAX_VALUE, Integer.MAX_VALUE, dimensions);
    }

    /** The facets of {@code query}'s live matches. */
    Facets count(IndexSearcher searcher, Query query) throws IOException {
        return count(searcher, query, Map.of());
    }

    /**
     * The facets of {@code query}'s live matches, where the query itself gives every match the same value in some
     * dimensions ({@code pinned}: a filter on one kind, one rule, one year…): those are not looked up per match,
     * their one value holds all the matches.
     */
    Facets count(IndexSearcher searcher, Query query, Map<String, String> pinned) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        IndexReader reader = searcher.getIndexReader();
        String[] looked = Arrays.stream(dimensions).filter(d -> !pinned.containsKey(d)).toArray(String[]::new);
        Walk walk = new Walk(exact, sample, reader.maxDoc(), looked);
        Map<String, Map<String, Long>> totals = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer s = w.scorer(leaf);
            if (s != null) {
                walk.leaf(leaf, s.iterator(), totals);
            }
        }
        boolean estimated = walk.stride > 1;
        pinned.forEach((dim, value) -> {
            if (walk.weighted > 0) {
                totals.put(dim, Map.of(value, walk.weighted));
            }
        });
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dimensions) {
            List<FacetCount> counts = new ArrayList<>();
            totals.getOrDefault(dim, Map.of()).forEach((v, n) ->
                    counts.add(new FacetCount(v, estimated ? roughly(n) : n)));
            counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.put(dim, counts);
        }
        return new Facets(out, estimated ? roughly(walk.weighted) : walk.weighted, walk.counted, estimated);
    }

    /** An estimate to three significant digits ({@code 4,253,272} → {@code 4,250,000}): its precision, no more. */
    static long roughly(long n) {
        long unit = 1;
        while (n / unit >= 1000) {
            unit *= 10;
        }
        return (n + unit / 2) / unit * unit;
    }

    /** The walk's state across segments: exact until {@code exact} matches, then windows one every stride. */
    private static final class Walk {
        private final int sample;
        private final long maxDoc;
        private final String[] dimensions;
        /** Matches the current stage counts before the stride is planned again. */
        private long stageLimit;
        private long weighted;
        private long counted;
        /** One window every {@code stride}; 1 while counting exactly. */
        private long stride = 1;
        /** The stride from the next window on. */
        private long pending = 1;
        /**
         * What a match counted in the current window weighs: {@code stride}, or less in the last window, whose
         * period the end of the index cuts short.
         */
        private long weight = 1;
        /** Global position of the current sampling window's first document, and the window's length. */
        private long windowStart;
        private long window = WINDOW;
        /** Where the current stage began (global position), and what it has counted since. */
        private long stageStart;
        private long stageWeighted;
        private long stageCounted;

        Walk(int exact, int sample, long maxDoc, String[] dimensions) {
            this.dimensions = dimensions;
            this.stageLimit = exact;
            this.sample = sample;
            this.maxDoc = maxDoc;
        }

        void leaf(LeafReaderContext leaf, DocIdSetIterator it, Map<String, Map<String, Long>> totals)
                throws IOException {
            int base = leaf.docBase;
            int end = base + leaf.reader().maxDoc();
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues[] values = new SortedDocValues[dimensions.length];
            long[][] counts = new long[values.length][];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSorted(leaf.reader(), IndexFields.facetField(dimensions[i]));
                counts[i] = new long[values[i].getValueCount()];
            }
            int doc = it.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                long g = (long) base + doc;
                if (stride > 1) {
                    if (g >= windowStart + window) { // past the window: the first window ending after g
                        if (pending > stride) { // the window just left stood for its whole period at the old stride
                            windowStart += window * stride;
                            stride = pending;
                        }
                        long period = window * stride;
                        if (g >= windowStart + window) {
                            windowStart += ((g - windowStart - window) / period + 1) * period;
                        }
                        weigh();
                    }
                    if (g < windowStart) { // between windows: jump to the next one
                        if (windowStart >= end) {
                            break;
                        }
                        doc = it.advance((int) (windowStart - base));
                        continue;
                    }
                }
                if (live == null || live.get(doc)) {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            counts[i][values[i].ordValue()] += weight;
                        }
                    }
                    counted++;
                    weighted += weight;
                    stageCounted++;
                    stageWeighted += weight;
                    if (stageCounted >= stageLimit) {
                        replan(g);
                    }
                }
                doc = it.nextDoc();
            }
            for (int i = 0; i < values.length; i++) {
                Map<String, Long> dim = totals.computeIfAbsent(dimensions[i], d -> new HashMap<>());
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        dim.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
                    }
                }
            }
        }

        private void weigh() {
            long span = Math.min(window * stride, maxDoc - windowStart);
            weight = Math.max(1, Math.min(stride, (span + window - 1) / window));
        }

        /**
         * After a stage of counted matches ending at {@code g}: the stride that makes the rest of the index yield
         * about {@code sample} counted matches at the density of this stage (never smaller than now).
         */
        private void replan(long g) {
            double density = stageWeighted / (double) Math.max(1, g + 1 - stageStart);
            double rest = density * (maxDoc - g - 1);
            long wanted = Math.max(1, (long) Math.ceil(rest / sample));
            long next = Long.highestOneBit(wanted) == wanted ? wanted : Long.highestOneBit(wanted) << 1;
            if (stride == 1 && next > 1) {
                windowStart = g + 1; // the windows start after the exactly counted part
                window = Math.max(WINDOW, Long.highestOneBit((long) (PER_WINDOW / Math.max(density, 1e-9))));
                stride = next;
                pending = next;
                weigh();
            } else if (next > pending) {
                pending = next; // from the next window on: the current one keeps the weight it began with
            }
            stageLimit = sample;
            stageStart = g + 1;
            stageWeighted = 0;
            stageCounted = 0;
        }
    }
}
