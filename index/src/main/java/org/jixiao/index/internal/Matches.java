package org.jixiao.index.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Every live document matching a query, in index order, without scores.
 *
 * <p>{@code searcher.search(q, Integer.MAX_VALUE)} looks the same but sizes its top-hits heap by the index's
 * document count: on an index of millions of entries each call allocates and sifts a heap of millions, which made
 * the cross-report pass (one call per department and per fingerprint) cost more than the ingest itself.
 */
public final class Matches {

    private Matches() {
    }

    /** Global doc ids of the live documents matching {@code q}. */
    public static int[] of(IndexSearcher searcher, Query q) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] out = new int[8];
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = leaf.docBase + d;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
