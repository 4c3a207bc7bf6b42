package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.boilerplate.OtherReport;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * The cross-report pass: the findings that need more than one report — cross-year checks between a department's
 * consecutive years, and boilerplate shared with other departments' reports. It reads the reports back through a
 * near-real-time reader on the {@link IndexUpdater}'s writer and adds the findings as derived entries, so it runs
 * after the reports of a department are in and before the commit that clears the department from the pending list.
 */
final class CrossReportPass {

    static final String CROSS_YEAR = "cross-year";
    static final String BOILERPLATE = "boilerplate";

    private final IndexWriter writer;
    private final CrossReportChecks checks;

    CrossReportPass(IndexWriter writer, CrossReportChecks checks) {
        this.writer = writer;
        this.checks = checks;
    }

    /**
     * For each department key: its reports by year, the cross-year check of each consecutive pair and the
     * boilerplate check of each report; their findings replace those of the previous pass. Returns how many
     * findings were added.
     */
    int run(Collection<String> departmentKeys) throws IOException {
        int added = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            int reportCount = searcher.count(IndexUpdater.kind(EntryKind.REPORT));
            Map<Long, List<OtherReport>> holderCache = new HashMap<>();
            Map<Integer, OtherReport> holderDocs = new HashMap<>();
            for (String key : departmentKeys) {
                List<Stored> reports = new ArrayList<>();
                Query q = and(new TermQuery(new Term(DEPARTMENT_KEY, key)), IndexUpdater.kind(EntryKind.REPORT));
                for (ScoreDoc sd : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
                    Document d = stored.document(sd.doc);
                    reports.add(new Stored(ReportRecord.read(d.get(JSON)), d.get(TEXT), d.get(DEPARTMENT_KEY)));
                }
                reports.sort(Comparator.comparing((Stored s) -> s.record().year() == null ? 0 : s.record().year())
                        .thenComparing(s -> s.record().id()));
                for (Stored s : reports) {
                    writer.deleteDocuments(and(new TermQuery(new Term(REPORT_ID, s.record().id())),
                            new TermQuery(new Term(DERIVED, CROSS_YEAR))));
                    writer.deleteDocuments(and(new TermQuery(new Term(REPORT_ID, s.record().id())),
                            new TermQuery(new Term(DERIVED, BOILERPLATE))));
                }
                for (int i = 1; i < reports.size(); i++) {
                    ReportRecord prev = reports.get(i - 1).record();
                    ReportRecord cur = reports.get(i).record();
                    if (prev.year() != null && cur.year() != null && cur.year() == prev.year() + 1) {
                        added += store(reports.get(i), checks.crossYear().apply(prev, cur), CROSS_YEAR);
                    }
                }
                for (Stored s : reports) {
                    String text = s.text() == null ? "" : s.text();
                    List<Fingerprint> fps = checks.fingerprinter().apply(text);
                    List<Finding> found = checks.boilerplate().find(s.other(), text, fps,
                            hash -> holderCache.computeIfAbsent(hash, h -> holders(searcher, stored, holderDocs, h)),
                            reportCount);
                    added += store(s, found, BOILERPLATE);
                }
            }
        }
        return added;
    }

    /** A report as the pass reads it back. */
    private record Stored(ReportRecord record, String text, String departmentKey) {
        OtherReport other() {
            return new OtherReport(record.id(), departmentKey, record.year(), record.title(), record.path());
        }
    }

    private int store(Stored s, List<Finding> findings, String rule) throws IOException {
        DepartmentIdentity computed = DepartmentIdentity.of(s.record().department(), s.record().aliases(),
                s.record().region());
        DepartmentIdentity dept = new DepartmentIdentity(s.departmentKey(), computed.core(), computed.place(),
                computed.name(), computed.aliases()); // the key the report was filed under (see adoptPlace)
        int n = 0;
        for (Finding f : findings) {
            writer.addDocument(EntryDocuments.finding(s.record(), dept, f, ++n, rule));
        }
        return n;
    }

    /**
     * The reports holding a fingerprint. A report document's stored fields sit in blocks with its whole text and
     * JSON, so each is read once per pass ({@code byDoc}) however many fingerprints it shares.
     */
    private static List<OtherReport> holders(IndexSearcher searcher, StoredFields stored,
                                             Map<Integer, OtherReport> byDoc, long hash) {
        try {
            List<OtherReport> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Query q = and(LongPoint.newExactQuery(FINGERPRINT, hash), IndexUpdater.kind(EntryKind.REPORT));
            for (ScoreDoc sd : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
                OtherReport known = byDoc.get(sd.doc);
                if (known == null) {
                    Document d = stored.document(sd.doc, Set.of(REPORT_ID, DEPARTMENT_KEY, YEAR, LABEL, PATH));
                    Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
                    known = new OtherReport(d.get(REPORT_ID), d.get(DEPARTMENT_KEY),
                            year == null ? null : year.intValue(), d.get(LABEL), d.get(PATH));
                    byDoc.put(sd.doc, known);
                }
                if (seen.add(known.reportId())) { // one file indexed under two paths is one holder
                    out.add(known);
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }
}
