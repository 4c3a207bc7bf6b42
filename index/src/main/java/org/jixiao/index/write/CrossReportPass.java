package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
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
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.boilerplate.BoilerplateDetector;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.boilerplate.OtherReport;
import org.jixiao.index.identity.DepartmentIdentity;
import org.jixiao.index.internal.Matches;

/**
 * The cross-report pass: the findings that need more than one report — cross-year checks between a department's
 * consecutive years, and boilerplate shared with other reports. It reads the reports back through a near-real-time
 * reader on the {@link IndexUpdater}'s writer and adds the findings as derived entries, so it runs after a run's
 * reports are in and before the commit that clears them from the pending lists.
 *
 * <p><b>Proportional to the run, not the index.</b> A run's <em>new</em> reports (added or changed: a changed file
 * is a new report id) get the boilerplate check, against every report in the index; a department's reports sorted
 * by (year, id) are paired with their predecessor when the years are consecutive, and only the pairs with a new
 * report on either side are checked again (the cross-year finding is stored on the later report, so a new report's
 * successor has its cross-year findings replaced). Only the findings recomputed are deleted first; every other
 * report keeps its stored findings, except the earlier reports a new one can change ({@link BoilerplateRipple}):
 * those sharing enough rare text with it, or whose rare text it turned into template, are re-checked in full.
 *
 * <p><b>A later run that copies an earlier report.</b> The new report gets the finding naming the old one, and
 * the old one gains the finding naming the new one exactly when a single run holding both would give it (another
 * department: both directions; the same department: only the later year, whichever run brought it). Before, the
 * old report gained it only when the new run happened to touch its department. So a batch ingest gives the same
 * findings as one run over the same files, with three exceptions, all said here so none is a surprise:
 * <ul>
 *   <li>in an index of at most 25 reports the template limit grows with the index
 *       ({@link BoilerplateDetector#holderLimit}): when it differs from the previous pass's, every report is
 *       checked again (cheap at that size);</li>
 *   <li>a report <em>removed</em> (file pruned, or replaced by a changed version) has its department checked again
 *       wholly, as before; reports of other departments that named it keep their finding until they are checked
 *       again, and text the removal made rare again is not looked for;</li>
 *   <li>ties: when two other reports share equally much text at a report's {@link BoilerplateDetector#MAX_FINDINGS}
 *       cut, which one is named follows index order, which batches change; and the export lists a report's derived
 *       findings in the order they were stored.</li>
 * </ul>
 */
final class CrossReportPass {

    static final String CROSS_YEAR = "cross-year";
    static final String BOILERPLATE = "boilerplate";

    /** What a pass did: findings added, reports boilerplate-checked, cross-year pairs checked, the template limit. */
    record Result(int added, int boilerplateChecked, int crossYearChecked, int holderLimit) {
    }

    private final IndexWriter writer;
    private final CrossReportChecks checks;
    private IndexSearcher searcher;
    private StoredFields stored;
    private FingerprintHolders holders;
    private int reportCount;
    private int added;
    private int boilerplateChecked;
    private int crossYearChecked;

    CrossReportPass(IndexWriter writer, CrossReportChecks checks) {
        this.writer = writer;
        this.checks = checks;
    }

    /**
     * @param departments   departments to check wholly (a report of theirs was removed; or left by an older
     *                      version's interrupted run): their findings replace all of the previous pass's
     * @param reportIds     the reports added this run (or an interrupted one) and not yet checked
     * @param previousLimit the template limit of the previous pass, null when unknown
     */
    Result run(Collection<String> departments, Collection<String> reportIds, Integer previousLimit)
            throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            searcher = new IndexSearcher(reader);
            stored = reader.storedFields();
            ReportRows rows = new ReportRows(reader);
            reportCount = Matches.of(searcher, IndexUpdater.kind(EntryKind.REPORT)).length;
            int limit = BoilerplateDetector.holderLimit(reportCount);
            holders = new FingerprintHolders(reader, limit);
            boolean everything = previousLimit == null ? limit < BoilerplateDetector.RARE_HOLDERS
                    : previousLimit != limit;

            Set<String> whole = new LinkedHashSet<>(departments);
            Set<String> order = new LinkedHashSet<>(departments);
            Set<String> freshIds = new HashSet<>();
            FixedBitSet freshDocs = new FixedBitSet(Math.max(1, reader.maxDoc()));
            if (everything) {
                for (ReportRows.Row r : rows.of(Matches.of(searcher, IndexUpdater.kind(EntryKind.REPORT)))) {
                    whole.add(r.department());
                    order.add(r.department());
                }
            }
            for (String id : reportIds) {
                for (ReportRows.Row r : rows.of(Matches.of(searcher, reportQuery(id)))) {
                    freshIds.add(r.id());
                    freshDocs.set(r.doc());
                    order.add(r.department());
                }
            }
            BoilerplateRipple ripple = everything || freshIds.size() >= reportCount ? null
                    : new BoilerplateRipple(holders, freshDocs, freshIds, limit);
            Set<String> checked = new HashSet<>();
            for (String key : order) {
                department(key, rows, whole.contains(key), freshIds, ripple, checked);
            }
            if (ripple != null) {
                recheck(ripple, rows, checked);
            }
        }
        return new Result(added, boilerplateChecked, crossYearChecked, holders.limit());
    }

    /** One department: the pairs and reports to check, their old findings deleted, the new ones stored. */
    private void department(String key, ReportRows rows, boolean whole, Set<String> freshIds,
                            BoilerplateRipple ripple, Set<String> checked) throws IOException {
        List<ReportRows.Row> reports = new ArrayList<>(rows.of(Matches.of(searcher,
                and(new TermQuery(new Term(DEPARTMENT_KEY, key)), IndexUpdater.kind(EntryKind.REPORT)))));
        reports.sort(Comparator.comparing((ReportRows.Row r) -> r.year() == null ? 0 : r.year())
                .thenComparing(ReportRows.Row::id));
        if (whole) {
            // the previous pass's findings on this department's reports, in one delete, and only when there are some
            Query derived = and(new TermQuery(new Term(DEPARTMENT_KEY, key)),
                    new TermQuery(new Term(DERIVED, ANY_DERIVED)));
            if (searcher.count(derived) > 0) {
                writer.deleteDocuments(derived);
            }
        }
        Map<Integer, Stored> loaded = new HashMap<>();
        for (int i = 1; i < reports.size(); i++) {
            ReportRows.Row prev = reports.get(i - 1);
            ReportRows.Row cur = reports.get(i);
            boolean touched = whole || freshIds.contains(prev.id()) || freshIds.contains(cur.id());
            if (touched && !whole) {
                // whatever cur was paired with before is not its predecessor now: its finding goes, paired or not
                deleteDerived(cur.id(), CROSS_YEAR);
            }
            if (touched && prev.year() != null && cur.year() != null && cur.year() == prev.year() + 1) {
                Stored c = load(cur, loaded);
                added += store(c, checks.crossYear().apply(load(prev, loaded).record(), c.record()), CROSS_YEAR);
                crossYearChecked++;
            }
        }
        for (ReportRows.Row r : reports) {
            boolean fresh = freshIds.contains(r.id());
            if (!(whole || fresh) || !checked.add(r.id())) {
                continue;
            }
            if (!whole) {
                deleteDerived(r.id(), BOILERPLATE);
            }
            Stored s = load(r, loaded);
            if (fresh && ripple != null) {
                try (BoilerplateRipple.Watch watch = ripple.watching(s.other())) {
                    boilerplate(s, watch);
                }
            } else {
                boilerplate(s, holders);
            }
        }
    }

    /** The earlier reports the run's new ones can change: their boilerplate findings are replaced. */
    private void recheck(BoilerplateRipple ripple, ReportRows rows, Set<String> checked) throws IOException {
        Set<String> ids = new LinkedHashSet<>(ripple.gaining());
        for (int doc : ripple.losing()) {
            String id = holders.light(doc).reportId();
            if (searcher.count(derivedOf(id, BOILERPLATE)) > 0) {
                ids.add(id); // only a report with findings can lose one
            }
        }
        for (String id : ids) {
            if (!checked.add(id)) {
                continue;
            }
            for (ReportRows.Row r : rows.of(Matches.of(searcher, reportQuery(id)))) {
                deleteDerived(id, BOILERPLATE);
                boilerplate(read(r), holders);
            }
        }
    }

    /**
     * The boilerplate check of one report. Holders come light (no title, no path: {@link FingerprintHolders}); when
     * the check names other reports, it runs again on the same holder lists with those reports' full identities,
     * for the findings' messages. Most reports name none, so the stored identities are read only for the few.
     */
    private void boilerplate(Stored s, LongFunction<List<OtherReport>> holderLookup) throws IOException {
        String text = s.text() == null ? "" : s.text();
        List<Fingerprint> fps = checks.fingerprinter().apply(text);
        Map<Long, List<OtherReport>> lists = new HashMap<>();
        LongFunction<List<OtherReport>> listed = h -> lists.computeIfAbsent(h, holderLookup::apply);
        List<Finding> found = checks.boilerplate().find(s.other(), text, fps, listed, reportCount);
        Set<String> named = new HashSet<>();
        found.forEach(f -> named.addAll(f.related()));
        if (!named.isEmpty()) {
            found = checks.boilerplate().find(s.other(), text, fps, h -> listed.apply(h).stream()
                    .map(o -> named.contains(o.reportId()) ? holders.full(o) : o).toList(), reportCount);
        }
        added += store(s, found, BOILERPLATE);
        boilerplateChecked++;
    }

    private void deleteDerived(String reportId, String rule) throws IOException {
        Query q = derivedOf(reportId, rule);
        if (searcher.count(q) > 0) { // the reader predates this pass's own findings
            writer.deleteDocuments(q);
        }
    }

    private static Query derivedOf(String reportId, String rule) {
        return and(new TermQuery(new Term(REPORT_ID, reportId)), new TermQuery(new Term(DERIVED, rule)));
    }

    private static Query reportQuery(String id) {
        return and(new TermQuery(new Term(REPORT_ID, id)), IndexUpdater.kind(EntryKind.REPORT));
    }

    private Stored load(ReportRows.Row r, Map<Integer, Stored> loaded) throws IOException {
        Stored s = loaded.get(r.doc());
        if (s == null) {
            s = read(r);
            loaded.put(r.doc(), s);
        }
        return s;
    }

    private Stored read(ReportRows.Row row) throws IOException {
        Document d = stored.document(row.doc(), Set.of(JSON, TEXT, LABEL, PATH));
        return new Stored(row, d.get(TEXT), d.get(JSON), row.holder(d.get(LABEL), d.get(PATH)));
    }

    /**
     * A report as the pass reads it back: its row, text and identity as a holder names it, its record parsed only
     * when asked for. Most reports are only boilerplate-checked and name no other, which needs no record; parsing
     * every report's JSON was a fifth of the pass.
     */
    private static final class Stored {
        private final ReportRows.Row row;
        private final String text;
        private final String json;
        private final OtherReport other;
        private ReportRecord record;

        Stored(ReportRows.Row row, String text, String json, OtherReport other) {
            this.row = row;
            this.text = text;
            this.json = json;
            this.other = other;
        }

        String text() {
            return text;
        }

        /** The key the report is filed under ("" for none). */
        String departmentKey() {
            return row.department();
        }

        ReportRecord record() {
            if (record == null) {
                record = ReportRecord.read(json);
            }
            return record;
        }

        /** The report as the boilerplate rule sees itself, as {@link FingerprintHolders#identity} names a holder. */
        OtherReport other() {
            return other;
        }
    }

    private int store(Stored s, List<Finding> findings, String rule) throws IOException {
        if (findings.isEmpty()) {
            return 0; // no record needed
        }
        DepartmentIdentity computed = DepartmentIdentity.of(s.record().department(), s.record().aliases(),
                s.record().region());
        DepartmentIdentity dept = new DepartmentIdentity(s.departmentKey(), computed.core(), computed.place(),
                computed.name(), computed.aliases()); // the key the report was filed under (see adoptPlace)
        for (Finding f : findings) {
            writer.addDocument(EntryDocuments.finding(s.record(), dept, f, rule));
        }
        return findings.size();
    }

    static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }
}
