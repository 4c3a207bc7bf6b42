package org.jixiao.index.write;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.extractors.json.ReportRecord;

/**
 * The index's "one report, several files" rule ({@link ReportSources}) for a caller that sees every file at once
 * rather than one by one, such as the Spark job: the same keys, and the same first-come assignment in ingest order,
 * so both paths make the same files other files of the same reports.
 */
public final class SameReport {

    /** One readable file, in the order {@code jixiao ingest} would add it. */
    public record File(long ordinal, String id, String path, List<String> keys) implements Serializable {
    }

    private SameReport() {
    }

    /**
     * The keys a report is known by (its text's, and its scores' under its department key with any place adopted),
     * as the index computes them when it adds the file.
     */
    public static List<String> keys(ReportRecord r, String text, String departmentKey) {
        return ReportSources.keys(r, text, departmentKey);
    }

    /**
     * Which files are another file of a report: file path (as the index stores it) → the report's id, for files
     * given in ingest order. A file whose keys lead to no earlier report is a report of its own and is not listed.
     */
    public static Map<String, String> owners(List<File> inIngestOrder) {
        ReportSources sources = new ReportSources();
        Map<String, String> out = new HashMap<>();
        for (File f : inIngestOrder) {
            String path = EntryDocuments.normalized(f.path());
            ReportSources.Owner owner = sources.sameAs(f.keys(), path);
            if (owner != null) {
                sources.other(owner.id(), path);
                out.put(path, owner.id());
            } else {
                sources.report(f.id(), path, f.keys());
            }
        }
        return out;
    }
}
