package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jixiao.index.internal.Matches;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.boilerplate.BoilerplateDetector;
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
            int reportCount = Matches.of(searcher, IndexUpdater.kind(EntryKind.REPORT)).length;
            FingerprintHolders holders = new FingerprintHolders(reader,
                    BoilerplateDetector.holderLimit(reportCount));
            for (String key : departmentKeys) {
                List<Stored> reports = new ArrayList<>();
                Query q = and(new TermQuery(new Term(DEPARTMENT_KEY, key)), IndexUpdater.kind(EntryKind.REPORT));
                for (int doc : Matches.of(searcher, q)) {
                    Document d = stored.document(doc);
                    reports.add(new Stored(ReportRecord.read(d.get(JSON)), d.get(TEXT), d.get(DEPARTMENT_KEY)));
                }
                reports.sort(Comparator.comparing((Stored s) -> s.record().year() == null ? 0 : s.record().year())
                        .thenComparing(s -> s.record().id()));
                // the previous pass's findings on this department's reports, in one delete, and only when there are
                // some (a first ingest has none; a buffered delete per report would hold memory until the commit)
                Query derived = and(new TermQuery(new Term(DEPARTMENT_KEY, key)),
                        new TermQuery(new Term(DERIVED, ANY_DERIVED)));
                if (searcher.count(derived) > 0) {
                    writer.deleteDocuments(derived);
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
                    List<Finding> found = checks.boilerplate().find(s.other(), text, fps, holders, reportCount);
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

    static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }
}
