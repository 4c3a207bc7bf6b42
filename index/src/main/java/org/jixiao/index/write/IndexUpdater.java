package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.index.internal.Matches;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Report;
import org.jixiao.index.EntryKind;
import org.jixiao.index.analysis.HanLpAnalyzer;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * Adds extracted reports to the index in a folder, incrementally and safely against interruption.
 *
 * <ul>
 *   <li>A file is known by its absolute path; {@link #unchanged} says whether the index already holds it with the
 *       same sha256, so the caller skips it before parsing.</li>
 *   <li>All documents of one file go in with one {@code updateDocuments} call, which atomically replaces whatever
 *       the file had before: a reader sees the old block or the new one, never half.</li>
 *   <li>Commits happen every {@code commitEvery} files and at the end; a killed process leaves the last commit, a
 *       usable index; the files after it are not "unchanged" there, so the next run adds them.</li>
 *   <li>The reports added, and the departments that lost a report, wait in the commit's user data until the
 *       cross-report pass has run for them, so an ingest killed before that pass gets it done by the next run.</li>
 * </ul>
 * Thread-safe: {@link #add} may be called from several threads.
 */
public final class IndexUpdater implements Closeable {

    /**
     * Commit user data: departments (keys, one per line) waiting to be checked wholly by the cross-report pass: they
     * lost a report (pruned, replaced, or become another file of a report). An index written before the pass was
     * incremental lists here every department that changed; it still gets the pass it was owed.
     */
    static final String PENDING = "jixiao.pending-departments";
    /** Commit user data: reports (ids, one per line) added and still waiting for the cross-report pass. */
    static final String PENDING_REPORTS = "jixiao.pending-reports";
    /** Commit user data: the boilerplate template limit the last cross-report pass used. */
    static final String HOLDER_LIMIT = "jixiao.holder-limit";

    private final IndexWriter writer;
    private final CrossReportChecks checks;
    private final int commitEvery;
    private final Map<String, Known> known = new HashMap<>();
    /**
     * The department keys with a place among {@link #known}, by what follows each '/' of the key (its core), each
     * with the number of files under it: {@link #adoptPlace} looks one core up instead of scanning every file.
     */
    private final Map<String, Map<String, Integer>> placedByCore = new HashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private final Set<String> pendingReports = new LinkedHashSet<>();
    private Integer holderLimit;
    private final ReportSources sources = new ReportSources();
    private int sinceCommit;
    private final Stats stats = new Stats();

    /** What the index holds for a file; {@code departmentKey} is null for another file of a report. */
    private record Known(String sha256, String departmentKey) {
    }

    /** Counts of one run. */
    public static final class Stats {
        public int added;
        public int replaced;
        public int pruned;
        public long documents;
        public int crossReportFindings;
        /** Reports the cross-report pass checked for boilerplate (the new ones and those they can change). */
        public int crossReportChecked;
        public int commits;
        /** Files indexed as another file of a report already indexed (see {@link ReportSources}). */
        public int otherFiles;
    }

    private IndexUpdater(IndexWriter writer, Path dir, CrossReportChecks checks, int commitEvery) throws IOException {
        this.writer = writer;
        this.checks = checks;
        this.commitEvery = Math.max(1, commitEvery);
        Map<String, String> commitData = new java.util.HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> commitData.put(e.getKey(), e.getValue()));
        }
        try {
            checkAnalyzer(commitData, writer.getDocStats().numDocs, dir);
        } catch (IOException e) {
            writer.rollback(); // nothing written; the lock released
            throw e;
        }
        for (Map.Entry<String, String> e : commitData.entrySet()) {
            if (e.getKey().equals(PENDING) && !e.getValue().isEmpty()) {
                pending.addAll(List.of(e.getValue().split("\n")));
            } else if (e.getKey().equals(PENDING_REPORTS) && !e.getValue().isEmpty()) {
                pendingReports.addAll(List.of(e.getValue().split("\n")));
            } else if (e.getKey().equals(HOLDER_LIMIT)) {
                holderLimit = Integer.valueOf(e.getValue());
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (int doc : Matches.of(searcher, kind(EntryKind.REPORT))) {
                Document d = stored.document(doc, Set.of(PATH, SHA256, DEPARTMENT_KEY, SAME_KEY));
                remember(d.get(PATH), new Known(d.get(SHA256), d.get(DEPARTMENT_KEY)));
                sources.report(d.get(SHA256), d.get(PATH), List.of(d.getValues(SAME_KEY)));
            }
            Query others = new TermQuery(new Term(KIND, SOURCE_KIND));
            for (int doc : Matches.of(searcher, others)) {
                Document d = stored.document(doc, Set.of(PATH, SHA256, REPORT_ID));
                remember(d.get(PATH), new Known(d.get(SHA256), null));
                sources.other(d.get(REPORT_ID), d.get(PATH));
            }
        }
    }

    /**
     * Opens (or creates) the index in {@code dir} for writing.
     *
     * @param commitEvery how many files between commits: what an interruption can cost at most
     */
    public static IndexUpdater open(Path dir, CrossReportChecks checks, int commitEvery) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(new HanLpAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new IndexUpdater(new IndexWriter(FSDirectory.open(dir), config), dir, checks, commitEvery);
    }

    /** Whether the index already holds {@code file} with these bytes (same sha256 at the same path). */
    public synchronized boolean unchanged(Path file, String sha256) {
        Known k = known.get(EntryDocuments.normalized(file.toString()));
        return k != null && k.sha256().equals(sha256);
    }

    /** Adds or replaces one file's report; returns true when it replaced an earlier version of the file. */
    public boolean add(Report report) throws IOException {
        return add(prepare(report, false));
    }

    /**
     * Adds or replaces one report from its stored record and normalized text, without the document (the Spark
     * job's records: {@code jixiao ingest --records}); returns true when it replaced an earlier version.
     */
    public boolean add(ReportRecord record, String text) throws IOException {
        return add(prepare(record, text, null));
    }

    /**
     * A report made ready for {@link #add(Prepared)}: its entries built, its fingerprints and text key computed,
     * and with {@code analyzeAhead} its entries' text analyzed. Needs nothing of the index, so ingest workers call
     * it, each on its own reports, while the writer adds reports in order; analyzing ahead pays only there (on the
     * writer's own thread the tokens would be made, kept and replayed for nothing).
     */
    public Prepared prepare(Report report, boolean analyzeAhead) {
        return prepare(ReportRecord.of(report), report.source().text().text(),
                analyzeAhead ? writer.getAnalyzer() : null);
    }

    private Prepared prepare(ReportRecord record, String text, Analyzer analyzer) {
        DepartmentIdentity named = DepartmentIdentity.of(record.department(), record.aliases(), record.region());
        return new Prepared(record, named, ReportSources.textKey(text),
                EntryDocuments.prepare(record, text, checks.fingerprinter().apply(text), analyzer));
    }

    /** A report ready to be added (see {@link #prepare(Report, boolean)}). */
    public record Prepared(ReportRecord record, DepartmentIdentity named, String textKey,
                           EntryDocuments.Entries entries) {
    }

    /** Adds or replaces one prepared report; returns true when it replaced an earlier version of the file. */
    public synchronized boolean add(Prepared p) throws IOException {
        ReportRecord record = p.record();
        DepartmentIdentity dept = adoptPlace(p.named());
        String path = EntryDocuments.normalized(record.path());
        List<String> keys = ReportSources.keysWith(record, p.textKey(), dept.key());
        forget(path, known.get(path));
        ReportSources.Owner owner = sources.sameAs(keys, path);
        if (owner != null) {
            return addOther(record, path, owner);
        }
        List<Document> docs = p.entries().documents(dept);
        ReportSources.store(docs.getFirst(), keys);
        writer.updateDocuments(new Term(PATH, path), docs);
        sources.report(record.id(), path, keys);
        Known before = remember(path, new Known(record.id(), dept.key()));
        if (before != null) {
            stats.replaced++;
            if (before.departmentKey() != null) {
                pending.add(before.departmentKey());
            }
        } else {
            stats.added++;
        }
        stats.documents += docs.size();
        pendingReports.add(record.id());
        if (++sinceCommit >= commitEvery) {
            commit();
        }
        return before != null;
    }

    /** Indexes {@code record}'s file as another file of the report {@code owner}: one source document. */
    private boolean addOther(ReportRecord record, String path, ReportSources.Owner owner) throws IOException {
        writer.updateDocuments(new Term(PATH, path), List.of(ReportSources.document(record, path, owner)));
        sources.other(owner.id(), path);
        Known before = remember(path, new Known(record.id(), null));
        stats.otherFiles++; // not counted as added: the report is counted once
        if (before != null && before.departmentKey() != null) {
            pending.add(before.departmentKey()); // the file's own report is gone from its department
        }
        if (++sinceCommit >= commitEvery) {
            commit();
        }
        return before != null;
    }

    /**
     * The file at {@code path} is about to change or go. When it was a report's own file, the department waits for
     * the cross-report pass, and the report's other files are removed, to be read again ({@link #takeOrphans}).
     */
    private void forget(String path, Known before) throws IOException {
        if (before == null) {
            return;
        }
        boolean report = before.departmentKey() != null;
        for (String other : sources.forget(path, report ? before.sha256() : null)) {
            writer.deleteDocuments(new Term(PATH, other));
            remember(other, null);
        }
    }

    /**
     * Files that were other files of a report whose own file changed or went: they are no longer in the index and
     * should be read again (one of them becomes the report). Each is returned once.
     */
    public synchronized List<Path> takeOrphans() {
        return sources.takeOrphans().stream().map(Path::of).toList();
    }

    /** Records what the index holds for {@code path} (null: nothing); returns what it held before. */
    private Known remember(String path, Known k) {
        Known before = k == null ? known.remove(path) : known.put(path, k);
        placed(before, -1);
        placed(k, +1);
        return before;
    }

    private void placed(Known k, int change) {
        if (k == null || k.departmentKey() == null) {
            return;
        }
        String key = k.departmentKey();
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            Map<String, Integer> keys = placedByCore.computeIfAbsent(key.substring(slash + 1), c -> new HashMap<>());
            if (keys.merge(key, change, Integer::sum) <= 0) {
                keys.remove(key);
                if (keys.isEmpty()) {
                    placedByCore.remove(key.substring(slash + 1));
                }
            }
        }
    }

    /**
     * A report that names no place for its department joins the one department of that name that has a place,
     * when the index holds exactly one; the cross-year pass then pairs it with that department's other years.
     */
    private DepartmentIdentity adoptPlace(DepartmentIdentity id) {
        if (id.place() != null) {
            return id;
        }
        Map<String, Integer> placed = placedByCore.getOrDefault(id.core(), Map.of());
        if (placed.size() != 1) {
            return id;
        }
        String key = placed.keySet().iterator().next();
        return new DepartmentIdentity(key, id.core(), key.substring(0, key.indexOf('/')), id.name(), id.aliases());
    }

    /** Removes the documents of every indexed file that no longer exists; returns how many files. */
    public synchronized int prune() throws IOException {
        int n = 0;
        for (var e : List.copyOf(known.entrySet())) {
            if (!Files.exists(Path.of(e.getKey())) && known.containsKey(e.getKey())) {
                forget(e.getKey(), e.getValue());
                writer.deleteDocuments(new Term(PATH, e.getKey()));
                if (e.getValue().departmentKey() != null) {
                    pending.add(e.getValue().departmentKey());
                }
                remember(e.getKey(), null);
                n++;
            }
        }
        stats.pruned += n;
        return n;
    }

    /** Makes everything added so far durable, with the reports and departments still waiting for the cross-report pass. */
    public synchronized void commit() throws IOException {
        Map<String, String> data = new java.util.TreeMap<>(Map.of(PENDING, String.join("\n", pending),
                PENDING_REPORTS, String.join("\n", pendingReports), ANALYZER_KEY, ANALYZER));
        if (holderLimit != null) {
            data.put(HOLDER_LIMIT, holderLimit.toString());
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        sinceCommit = 0;
        stats.commits++;
    }

    /**
     * The cross-report pass ({@link CrossReportPass}) for the reports added and the departments that lost one, this
     * run or an interrupted one: the findings it recomputes replace those of the previous pass.
     */
    public synchronized void crossReportPass() throws IOException {
        if (pending.isEmpty() && pendingReports.isEmpty()) {
            return;
        }
        CrossReportPass.Result r = new CrossReportPass(writer, checks).run(pending, pendingReports, holderLimit);
        stats.crossReportFindings += r.added();
        stats.crossReportChecked += r.boilerplateChecked();
        stats.documents += r.added();
        holderLimit = r.holderLimit();
        pending.clear();
        pendingReports.clear();
    }

    static Query kind(EntryKind k) {
        return new TermQuery(new Term(KIND, k.label()));
    }

    public synchronized Stats stats() {
        return stats;
    }

    /** The cross-report pass, a final commit, and the writer closed. */
    @Override
    public synchronized void close() throws IOException {
        try {
            crossReportPass();
            commit();
        } finally {
            writer.close();
        }
    }

    /**
     * Drops everything since the last commit and closes: what a killed process leaves behind. For tests of
     * interruption, and for a user's Ctrl-C before a consistent point.
     */
    public synchronized void abandon() throws IOException {
        writer.rollback();
    }
}
