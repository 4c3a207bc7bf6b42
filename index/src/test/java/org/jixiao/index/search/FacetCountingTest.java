package org.jixiao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.SearchResult.FacetCount;
import org.jixiao.index.write.IndexFields;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link FacetCounter} against Lucene's facet module ({@link StringValueFacetCounts} over the
 * same sorted doc values fields, no change to the index): both must count the same, and — run with
 * {@code -Djixiao.facetBench=true} — how long each takes on a larger index, for the README's choice.
 */
class FacetCountingTest {

    /** Values per dimension, about as many as a national corpus has: years, provinces, departments, … */
    private static final int[] CARDINALITY = {12, 34, 3000, 4, 3, 14, 3};

    @Test
    void luceneFacetsCountWhatTheHandWrittenCounterCounts() throws IOException {
        try (Directory dir = index(5_000, 1_000); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StringDocValuesReaderState[] states = states(reader);
            for (Query q : queries()) {
                assertEquals(FacetCounter.everyMatch(IndexFields.FACETS).count(searcher, q).counts(), luceneFacets(searcher, states, q), q.toString());
            }
        }
    }

    @Test
    void resultSetsUpToTheExactLimitAreCountedExactlyAndLargerOnesEstimatedFromABoundedSample() throws IOException {
        try (Directory dir = index(20_000, 3_000); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StringDocValuesReaderState[] states = states(reader);
            Query q = new MatchAllDocsQuery();
            Map<String, List<FacetCount>> exact = luceneFacets(searcher, states, q);

            FacetCounter.Facets atLimit = new FacetCounter(20_000, 10_000).count(searcher, q);
            assertFalse(atLimit.estimated(), "20,000 matches, 20,000 counted exactly");
            assertEquals(exact, atLimit.counts());
            assertEquals(20_000, atLimit.counted());

            FacetCounter.Facets sampled = new FacetCounter(1_000, 4_000).count(searcher, q);
            assertTrue(sampled.estimated());
            // 1,000 counted one by one, then windows of 16 documents one every 8 windows: about 2,400 more
            assertTrue(sampled.counted() <= 5_000, "counted " + sampled.counted());
            assertEquals(20_000, sampled.matches(), 20_000 * 0.02, "the weights add up to the matches");
            for (String dim : IndexFields.FACETS) {
                long all = exact.get(dim).stream().mapToLong(FacetCount::count).sum();
                long estimated = sampled.counts().get(dim).stream().mapToLong(FacetCount::count).sum();
                assertEquals(all, estimated, all * 0.05, dim + ": the weights add up to the matches");
                FacetCount top = exact.get(dim).getFirst();
                long topEstimate = sampled.counts().get(dim).stream().filter(c -> c.value().equals(top.value()))
                        .mapToLong(FacetCount::count).findFirst().orElse(0);
                // within four standard deviations of a count sampled one in eight
                assertEquals(top.count(), topEstimate, 4 * Math.sqrt(8.0 * top.count()), dim + " " + top.value());
            }

            // a sparser query over several segments: the estimate of its count stays close
            Query sparse = new TermQuery(new Term("kind", "k1"));
            long sparseMatches = FacetCounter.everyMatch().count(searcher, sparse).matches();
            FacetCounter.Facets sparseSample = new FacetCounter(500, 500).count(searcher, sparse);
            assertTrue(sparseSample.estimated());
            assertTrue(sparseSample.counted() < sparseMatches / 2, "counted " + sparseSample.counted());
            assertEquals(sparseMatches, sparseSample.matches(), sparseMatches * 0.1);
        }
    }

    @Test
    void aDimensionTheQueryPinsToOneValueIsNotLookedUpAndCountsTheSame() throws IOException {
        try (Directory dir = index(5_000, 1_000); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query q = new TermQuery(new Term("kind", "k1"));
            FacetCounter every = FacetCounter.everyMatch(IndexFields.FACETS);
            assertEquals(every.count(searcher, q).counts(), every.count(searcher, q, Map.of("kind", "k1")).counts());
            Query none = new TermQuery(new Term("kind", "k9"));
            assertEquals(List.of(), every.count(searcher, none, Map.of("kind", "k9")).counts().get("kind"),
                    "no match, no value");
        }
    }

    @Test
    void estimatesKeepThreeSignificantDigits() {
        assertEquals(4_250_000, FacetCounter.roughly(4_253_272));
        assertEquals(17_400, FacetCounter.roughly(17_408));
        assertEquals(999, FacetCounter.roughly(999));
        assertEquals(1_000, FacetCounter.roughly(1_000));
        assertEquals(10_100, FacetCounter.roughly(10_050));
    }

    @Test
    void speed() throws IOException {
        // the README's measurement with -Djixiao.facetBench=true (200,000 documents); otherwise a small run that
        // still checks both counters agree on a multi-segment index, so the test is never skipped
        int docs = Boolean.getBoolean("jixiao.facetBench") ? Integer.getInteger("jixiao.facetBench.docs", 200_000)
                : 20_000;
        try (Directory dir = index(docs, Math.max(1, docs / 4)); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long s0 = System.nanoTime();
            StringDocValuesReaderState[] states = states(reader);
            double stateMs = (System.nanoTime() - s0) / 1e6;
            System.out.printf("facet speed: %d documents, %d segments; Lucene's reader state built once in %.1f ms%n",
                    docs, reader.leaves().size(), stateMs);
            for (Query q : queries()) {
                assertEquals(FacetCounter.everyMatch(IndexFields.FACETS).count(searcher, q).counts(), luceneFacets(searcher, states, q), q.toString());
                double hand = Double.MAX_VALUE;
                double lucene = Double.MAX_VALUE;
                for (int round = 0; round < 7; round++) { // alternated, best round: the machine is shared
                    hand = Math.min(hand, perSearch(() -> FacetCounter.everyMatch(IndexFields.FACETS).count(searcher, q).counts()));
                    lucene = Math.min(lucene, perSearch(() -> luceneFacets(searcher, states, q)));
                }
                System.out.printf("facet speed: %-28s hand-written %.2f ms, Lucene facets %.2f ms (%.2fx)%n",
                        q, hand, lucene, lucene / hand);
            }
        }
    }

    private interface Search {
        Object run() throws IOException;
    }

    /** Milliseconds per search, over 30 searches after the round's first. */
    private static double perSearch(Search s) throws IOException {
        s.run();
        long t0 = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            s.run();
        }
        return (System.nanoTime() - t0) / 1e6 / 30;
    }

    private static List<Query> queries() {
        return List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "k1")),
                new TermQuery(new Term("region", "r7")));
    }

    /** As {@link FacetCounter} reports them: every value of every dimension, most frequent first, then by value. */
    private static Map<String, List<FacetCount>> luceneFacets(IndexSearcher searcher, StringDocValuesReaderState[] states,
                                                              Query q) throws IOException {
        FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
        Map<String, List<FacetCount>> out = new HashMap<>();
        for (int i = 0; i < IndexFields.FACETS.length; i++) {
            String dim = IndexFields.FACETS[i];
            FacetResult r = new StringValueFacetCounts(states[i], hits).getAllChildren(IndexFields.facetField(dim));
            List<FacetCount> counts = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) {
                if (lv.value.longValue() > 0) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.put(dim, counts);
        }
        return out;
    }

    private static StringDocValuesReaderState[] states(DirectoryReader reader) throws IOException {
        StringDocValuesReaderState[] states = new StringDocValuesReaderState[IndexFields.FACETS.length];
        for (int i = 0; i < states.length; i++) {
            states[i] = new StringDocValuesReaderState(reader, IndexFields.facetField(IndexFields.FACETS[i]));
        }
        return states;
    }

    /** Invented documents with the index's facet fields, skewed like real counts, some fields missing. */
    private static Directory index(int docs, int perSegment) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        Random random = new Random(42);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig()
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int n = 0; n < docs; n++) {
                Document d = new Document();
                for (int i = 0; i < IndexFields.FACETS.length; i++) {
                    if (random.nextInt(10) == 0) {
                        continue; // a value the report does not give
                    }
                    int v = (int) Math.floor(Math.pow(random.nextDouble(), 2) * CARDINALITY[i]);
                    String value = IndexFields.FACETS[i].charAt(0) + Integer.toString(v);
                    d.add(new SortedDocValuesField(IndexFields.facetField(IndexFields.FACETS[i]), new BytesRef(value)));
                    d.add(new StringField(IndexFields.FACETS[i], value, Field.Store.NO));
                }
                w.addDocument(d);
                if ((n + 1) % perSegment == 0) {
                    w.commit();
                }
            }
        }
        return dir;
    }
}
