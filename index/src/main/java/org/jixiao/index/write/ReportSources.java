package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * One report, several files: the same report published as .docx, .pdf and .txt is indexed once, and its other files
 * are listed as its sources. A file is another source of an indexed report when
 * <ul>
 *   <li>its normalized text is the same, blanks aside, and at least {@link #MIN_TEXT} characters long (the same
 *       report saved again, or under another name), or</li>
 *   <li>it is the same department (by {@link DepartmentIdentity} key) and fiscal year with the same scores: the
 *       headline score and every scored evaluation's name and score, at least two scores in all. Budgets and figure
 *       counts are left out on purpose: a PDF's table may lose a cell the .docx keeps, while the scores a report
 *       gives itself are what make it that report (a department's report and its project report of one year differ
 *       in them).</li>
 * </ul>
 * The first file indexed is the report; each other file gets one document of kind {@code source} (searchable by
 * nothing, found by its path and the report's id), so search, timelines and exports count the report once and list
 * every file. A source document has a path of its own, so a changed or removed file is replaced or pruned like any
 * other; when the report's own file changes or goes, its other files are handed back to be read again
 * ({@link #orphans}), and one of them becomes the report.
 *
 * <p>In memory: the keys of every indexed report (two short hashes each) and the other files of each report, so a
 * lookup costs nothing at any corpus size. Not thread-safe: {@link IndexUpdater} calls it under its own lock.
 */
final class ReportSources {

    /** The report a key leads to: its id and path. */
    record Owner(String id, String path) {
    }

    /** Texts shorter than this (a scan whose OCR found a page number) are too little to call two files one report. */
    static final int MIN_TEXT = 200;

    private final Map<String, Owner> byKey = new HashMap<>();
    private final Map<String, Set<String>> keysOf = new HashMap<>();
    /** Report id → paths of its other files. */
    private final Map<String, Set<String>> others = new HashMap<>();
    /** Path of another file → the report id it belongs to. */
    private final Map<String, String> ownerOf = new HashMap<>();
    private final Set<String> orphans = new TreeSet<>();

    /** The keys a report is known by: its text's and, where it has enough scores, its scores'. */
    static List<String> keys(ReportRecord r, String text, DepartmentIdentity dept) {
        return keys(r, text, dept == null ? null : dept.key());
    }

    /** {@link #keys(ReportRecord, String, DepartmentIdentity)} by the department's key alone. */
    static List<String> keys(ReportRecord r, String text, String departmentKey) {
        return keysWith(r, textKey(text), departmentKey);
    }

    /** The key of the text alone (null when the text is too short to tell a report by): no department needed. */
    static String textKey(String text) {
        String letters = text == null ? "" : text.replaceAll("\\s+", "");
        return letters.length() >= MIN_TEXT ? "text:" + hash(letters) : null;
    }

    /** {@link #keys(ReportRecord, String, DepartmentIdentity)} from the {@link #textKey} and department's key. */
    static List<String> keysWith(ReportRecord r, String textKey, String departmentKey) {
        List<String> keys = new ArrayList<>(2);
        if (textKey != null) {
            keys.add(textKey);
        }
        if (departmentKey != null && !departmentKey.equals("?") && r.year() != null) {
            List<String> scores = new ArrayList<>();
            if (r.score() != null) {
                scores.add("=" + plain(r.score()));
            }
            for (Evaluation e : r.evaluations()) {
                if (e.score() != null) {
                    scores.add((e.name() == null ? "" : DepartmentIdentity.clean(e.name())) + "=" + plain(e.score()));
                }
            }
            if (scores.size() >= 2) {
                scores.sort(null);
                keys.add("scores:" + hash(departmentKey + "|" + r.year() + "|" + String.join("|", scores)));
            }
        }
        return keys;
    }

    /** Remembers an indexed report (at open, or when added) under its keys. */
    void report(String id, String path, List<String> keys) {
        for (String k : keys) {
            byKey.putIfAbsent(k, new Owner(id, path));
        }
        keysOf.put(id, new LinkedHashSet<>(keys));
    }

    /** Remembers another file of report {@code id}. */
    void other(String id, String path) {
        others.computeIfAbsent(id, k -> new TreeSet<>()).add(path);
        ownerOf.put(path, id);
    }

    /** The report a new file with these keys is another file of; null when it is a report of its own. */
    Owner sameAs(List<String> keys, String path) {
        for (String k : keys) {
            Owner o = byKey.get(k);
            if (o != null && !o.path().equals(path)) {
                return o;
            }
        }
        return null;
    }

    /**
     * The file at {@code path} changes or goes: what it stood for is forgotten; when it was a report with other
     * files, those are deleted from the index by the caller and become {@link #orphans} to read again.
     *
     * @param id the report id the path held, when it was a report (else null)
     * @return the paths of the report's other files, to delete from the index
     */
    Set<String> forget(String path, String id) {
        String owner = ownerOf.remove(path);
        if (owner != null) {
            Set<String> o = others.get(owner);
            if (o != null) {
                o.remove(path);
            }
        }
        if (id == null) {
            return Set.of();
        }
        for (String k : keysOf.getOrDefault(id, Set.of())) {
            if (byKey.get(k) != null && byKey.get(k).id().equals(id)) {
                byKey.remove(k);
            }
        }
        keysOf.remove(id);
        Set<String> gone = others.remove(id);
        if (gone == null) {
            return Set.of();
        }
        gone.forEach(ownerOf::remove);
        orphans.addAll(gone);
        return gone;
    }

    /** Whether {@code path} is indexed as another file of a report. */
    boolean isOther(String path) {
        return ownerOf.containsKey(path);
    }

    /** Files whose report changed or went, to be read again (taken: a second call returns only new ones). */
    List<String> takeOrphans() {
        List<String> out = List.copyOf(orphans);
        orphans.clear();
        return out;
    }

    /** The one document of another file of report {@code owner}. */
    static Document document(ReportRecord file, String path, Owner owner) {
        Document d = new Document();
        d.add(new StringField(KIND, SOURCE_KIND, Field.Store.YES));
        d.add(new StringField(REPORT_ID, owner.id(), Field.Store.YES));
        // as on every other entry: Lucene refuses a field whose doc values differ from the index's (once committed)
        d.add(new SortedDocValuesField(REPORT_ID, new BytesRef(owner.id())));
        d.add(new StringField(PATH, path, Field.Store.YES));
        d.add(new StoredField(SHA256, file.id()));
        d.add(new StoredField(SOURCE_FORMAT, file.format() == null ? "" : file.format()));
        if (file.pages() != null) {
            d.add(new StoredField(SOURCE_PAGES, file.pages()));
        }
        return d;
    }

    /** The keys as stored on a report's document, to be known again when the index is reopened. */
    static void store(Document report, List<String> keys) {
        for (String k : keys) {
            report.add(new StoredField(SAME_KEY, k));
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
