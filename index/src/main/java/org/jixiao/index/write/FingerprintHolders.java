package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.boilerplate.OtherReport;

/**
 * The reports holding a fingerprint, bounded: at most {@code limit + 1} of them are listed, which is enough for the
 * boilerplate rule to tell rare text (held by a few reports) from template text (held by more), so a lookup costs
 * the same in an index of a hundred reports or of a hundred thousand. Nothing is kept per fingerprint; the
 * identities of recently seen report documents are kept in a small cache (a report's stored fields sit in blocks
 * with its whole text and JSON, so reading them is the expensive part).
 */
final class FingerprintHolders implements LongFunction<List<OtherReport>> {

    private static final int CACHED_REPORTS = 20_000;
    private static final Set<String> IDENTITY = Set.of(REPORT_ID, DEPARTMENT_KEY, YEAR, LABEL, PATH);

    private final IndexReader reader;
    private final StoredFields stored;
    private final int limit;
    private final Map<Integer, OtherReport> byDoc = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, OtherReport> eldest) {
            return size() > CACHED_REPORTS;
        }
    };

    FingerprintHolders(IndexReader reader, int limit) throws IOException {
        this.reader = reader;
        this.stored = reader.storedFields();
        this.limit = limit;
    }

    /** The most holders a fingerprint of rare text has. */
    int limit() {
        return limit;
    }

    @Override
    public List<OtherReport> apply(long hash) {
        try {
            BytesRef term = fingerprintTerm(hash);
            List<OtherReport> out = new ArrayList<>(2);
            List<String> ids = new ArrayList<>(2);
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(FINGERPRINT);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                if (!te.seekExact(term)) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    OtherReport r = identity(leaf.docBase + d);
                    if (!ids.contains(r.reportId())) { // one file indexed under two paths is one holder
                        ids.add(r.reportId());
                        out.add(r);
                        if (out.size() > limit) {
                            return out; // template: the rest need not be listed
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reports holding {@code hash} that were in the index before this run (not in {@code fresh}), when there
     * are at most {@code limit} of them and more than {@code limit} holders in all: text that was rare for them and
     * became template with this run's reports, so their boilerplate findings may lose passages. Empty otherwise.
     * Stops reading postings as soon as more than {@code limit} earlier holders are seen (template before too).
     */
    List<Integer> turnedTemplate(long hash, Bits fresh) throws IOException {
        BytesRef term = fingerprintTerm(hash);
        List<Integer> earlier = new ArrayList<>(2);
        int all = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(FINGERPRINT);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                all++;
                int doc = leaf.docBase + d;
                if (!fresh.get(doc)) {
                    earlier.add(doc);
                    if (earlier.size() > limit) {
                        return List.of();
                    }
                }
            }
        }
        return all > limit ? earlier : List.of();
    }

    /** The identity of the report document {@code doc}, as a holder. */
    OtherReport identity(int doc) throws IOException {
        OtherReport known = byDoc.get(doc);
        if (known == null) {
            Document d = stored.document(doc, IDENTITY);
            Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
            known = new OtherReport(d.get(REPORT_ID), d.get(DEPARTMENT_KEY), year == null ? null : year.intValue(),
                    d.get(LABEL), d.get(PATH));
            byDoc.put(doc, known);
        }
        return known;
    }
}
