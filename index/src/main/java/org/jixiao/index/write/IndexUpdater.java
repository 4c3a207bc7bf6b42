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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
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
 *   <li>Departments whose reports changed wait in the commit's user data until the cross-report pass has run for
 *       them, so an ingest killed before that pass gets it done by the next run.</li>
 * </ul>
 * Thread-safe: {@link #add} may be called from several threads.
 */
public final class IndexUpdater implements Closeable {

    /** Commit user data: departments (keys, one per line) still waiting for the cross-report pass. */
    static final String PENDING = "jixiao.pending-departments";

    private final IndexWriter writer;
    private final CrossReportChecks checks;
    private final int commitEvery;
    private final Map<String, Known> known = new HashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private int sinceCommit;
    private final Stats stats = new Stats();

    /** What the index held for a file when it was opened. */
    private record Known(String sha256, String departmentKey) {
    }

    /** Counts of one run. */
    public static final class Stats {
        public int added;
        public int replaced;
        public int pruned;
        public long documents;
        public int crossReportFindings;
        public int commits;
    }

    private IndexUpdater(IndexWriter writer, CrossReportChecks checks, int commitEvery) throws IOException {
        this.writer = writer;
        this.checks = checks;
        this.commitEvery = Math.max(1, commitEvery);
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of()
                : writer.getLiveCommitData()) {
            if (e.getKey().equals(PENDING) && !e.getValue().isEmpty()) {
                pending.addAll(List.of(e.getValue().split("\n")));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : searcher.search(kind(EntryKind.REPORT), Integer.MAX_VALUE).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(PATH, SHA256, DEPARTMENT_KEY));
                known.put(d.get(PATH), new Known(d.get(SHA256), d.get(DEPARTMENT_KEY)));
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
        return new IndexUpdater(new IndexWriter(FSDirectory.open(dir), config), checks, commitEvery);
    }

    /** Whether the index already holds {@code file} with these bytes (same sha256 at the same path). */
    public synchronized boolean unchanged(Path file, String sha256) {
        Known k = known.get(EntryDocuments.normalized(file.toString()));
        return k != null && k.sha256().equals(sha256);
    }

    /** Adds or replaces one file's report; returns true when it replaced an earlier version of the file. */
    public synchronized boolean add(Report report) throws IOException {
        return add(ReportRecord.of(report), report.source().text().text());
    }

    /**
     * Adds or replaces one report from its stored record and normalized text, without the document (the Spark
     * job's records: {@code jixiao ingest --records}); returns true when it replaced an earlier version.
     */
    public synchronized boolean add(ReportRecord record, String text) throws IOException {
        DepartmentIdentity dept = adoptPlace(
                DepartmentIdentity.of(record.department(), record.aliases(), record.region()));
        List<Document> docs = EntryDocuments.of(record, text, dept, checks.fingerprinter().apply(text));
        String path = EntryDocuments.normalized(record.path());
        writer.updateDocuments(new Term(PATH, path), docs);
        Known before = known.put(path, new Known(record.id(), dept.key()));
        if (before != null) {
            stats.replaced++;
            pending.add(before.departmentKey());
        } else {
            stats.added++;
        }
        stats.documents += docs.size();
        pending.add(dept.key());
        if (++sinceCommit >= commitEvery) {
            commit();
        }
        return before != null;
    }

    /**
     * A report that names no place for its department joins the one department of that name that has a place,
     * when the index holds exactly one; the cross-year pass then pairs it with that department's other years.
     */
    private DepartmentIdentity adoptPlace(DepartmentIdentity id) {
        if (id.place() != null) {
            return id;
        }
        Set<String> placed = new java.util.TreeSet<>();
        for (Known k : known.values()) {
            if (k.departmentKey().endsWith("/" + id.core())) {
                placed.add(k.departmentKey());
            }
        }
        if (placed.size() != 1) {
            return id;
        }
        String key = placed.iterator().next();
        return new DepartmentIdentity(key, id.core(), key.substring(0, key.indexOf('/')), id.name(), id.aliases());
    }

    /** Removes the documents of every indexed file that no longer exists; returns how many files. */
    public synchronized int prune() throws IOException {
        int n = 0;
        for (var it = known.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!Files.exists(Path.of(e.getKey()))) {
                writer.deleteDocuments(new Term(PATH, e.getKey()));
                pending.add(e.getValue().departmentKey());
                it.remove();
                n++;
            }
        }
        stats.pruned += n;
        return n;
    }

    /** Makes everything added so far durable, with the departments still waiting for the cross-report pass. */
    public synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(PENDING, String.join("\n", pending)).entrySet());
        writer.commit();
        sinceCommit = 0;
        stats.commits++;
    }

    /**
     * The cross-report pass ({@link CrossReportPass}) for every department whose reports changed, this run or an
     * interrupted one; their findings replace those of the previous pass.
     */
    public synchronized void crossReportPass() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        int n = new CrossReportPass(writer, checks).run(pending);
        stats.crossReportFindings += n;
        stats.documents += n;
        pending.clear();
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
