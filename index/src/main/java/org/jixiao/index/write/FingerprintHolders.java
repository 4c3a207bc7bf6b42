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
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
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
 * the same in an index of a hundred reports or of a hundred thousand. Nothing is kept per fingerprint.
 *
 * <p>Holders are listed <em>light</em>: id, department key and year from doc values, without title and path, which
 * only the message of a finding naming the holder needs ({@link #full}). A report's stored fields sit in compressed
 * blocks with its whole text and JSON, so reading them was most of a lookup's cost, for holders that are then
 * rarely named. Identities of recently seen report documents are kept in a small cache.
 */
final class FingerprintHolders implements LongFunction<List<OtherReport>> {

    private static final int CACHED_REPORTS = 20_000;
    private static final Set<String> IDENTITY = Set.of(REPORT_ID, DEPARTMENT_KEY, YEAR, LABEL, PATH);

    private final IndexReader reader;
    private final StoredFields stored;
    private final int limit;
    private final ReportRows rows;
    /** Report id → its document, for the light holders listed, to read their full identity when named. */
    private final Map<String, Integer> docs = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > CACHED_REPORTS;
        }
    };
    private final Map<Integer, OtherReport> lightByDoc = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, OtherReport> eldest) {
            return size() > CACHED_REPORTS;
        }
    };
    private final Map<Integer, OtherReport> byDoc = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, OtherReport> eldest) {
            return size() > CACHED_REPORTS;
        }
    };

    /** Each leaf's fingerprint terms, one enum per leaf reused for every lookup (null: the leaf has none). */
    private final TermsEnum[] terms;
    private PostingsEnum postings;

    FingerprintHolders(IndexReader reader, int limit) throws IOException {
        this.reader = reader;
        this.terms = new TermsEnum[reader.leaves().size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms t = leaf.reader().terms(FINGERPRINT);
            terms[leaf.ord] = t == null ? null : t.iterator();
        }
        this.stored = reader.storedFields();
        this.rows = new ReportRows(reader);
        this.limit = limit;
    }

    /** The most holders a fingerprint of rare text has. */
    int limit() {
        return limit;
    }

    @Override
    public List<OtherReport> apply(long hash) {
        try {
            List<OtherReport> out = new ArrayList<>(2);
            List<String> ids = new ArrayList<>(2);
            holders(hash, doc -> {
                OtherReport r = light(doc);
                if (!ids.contains(r.reportId())) { // one file indexed under two paths is one holder
                    ids.add(r.reportId());
                    out.add(r);
                }
                return out.size() <= limit; // template: the rest need not be listed
            });
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
        List<Integer> earlier = new ArrayList<>(2);
        int[] all = {0};
        boolean complete = holders(hash, doc -> {
            all[0]++;
            if (!fresh.get(doc)) {
                earlier.add(doc);
            }
            return earlier.size() <= limit;
        });
        return complete && all[0] > limit ? earlier : List.of();
    }

    /** A step of a walk over holders: handles one document, says whether to go on. */
    private interface Visit {
        boolean next(int doc) throws IOException;
    }

    /** Every live document holding {@code hash}, in index order, until {@code visit} says stop; false if it did. */
    private boolean holders(long hash, Visit visit) throws IOException {
        BytesRef term = fingerprintTerm(hash);
        for (LeafReaderContext leaf : reader.leaves()) {
            TermsEnum te = terms[leaf.ord];
            if (te == null || !te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum pe = postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if ((live == null || live.get(d)) && !visit.next(leaf.docBase + d)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A holder's id, department key and year, from doc values; no title, no path. */
    OtherReport light(int doc) throws IOException {
        OtherReport known = lightByDoc.get(doc);
        if (known == null) {
            known = rows.of(new int[] {doc}).getFirst().holder(null, null);
            lightByDoc.put(doc, known);
        }
        docs.put(known.reportId(), doc);
        return known;
    }

    /** The full identity (title and path too) of a holder listed light, as a finding naming it shows it. */
    OtherReport full(OtherReport holder) {
        Integer doc = docs.get(holder.reportId());
        try {
            return doc == null ? holder : identity(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The identity of the report document {@code doc}, as a holder, from its stored fields. */
    OtherReport identity(int doc) throws IOException {
        OtherReport known = byDoc.get(doc);
        if (known == null) {
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(IDENTITY) {
                @Override
                public Status needsField(FieldInfo field) throws IOException {
                    // a report document stores its identity before its text and JSON (EntryDocuments.of): stop
                    // there instead of decompressing the report's bulk; read on if the order ever differs
                    if ((field.name.equals(TEXT) || field.name.equals(JSON)) && getDocument().get(REPORT_ID) != null
                            && getDocument().get(LABEL) != null) {
                        return Status.STOP;
                    }
                    return super.needsField(field);
                }
            };
            stored.document(doc, visitor);
            Document d = visitor.getDocument();
            Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
            known = new OtherReport(d.get(REPORT_ID), d.get(DEPARTMENT_KEY), year == null ? null : year.intValue(),
                    d.get(LABEL), d.get(PATH));
            byDoc.put(doc, known);
        }
        return known;
    }
}
