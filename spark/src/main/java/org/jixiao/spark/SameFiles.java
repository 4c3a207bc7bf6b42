package org.jixiao.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.index.write.EntryDocuments;
import org.jixiao.index.write.SameReport;

import scala.Tuple2;

/**
 * One report, several files, decided as {@code jixiao ingest} decides it ({@link SameReport}): the keys are computed
 * in the executors, and the first-come assignment runs on the driver in ingest order — a few short keys per file, so
 * a million files cost tens of megabytes there. A file that is another file of a report leaves every table; its
 * report lists it in {@code otherSources} (the {@code other_files} column).
 */
final class SameFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ordinals of the files that are reports' other files. */
    private final Set<Long> others;
    /** Report id → its other files, by path. */
    private final Map<String, List<FileRow>> sources;

    private SameFiles(Set<Long> others, Map<String, List<FileRow>> sources) {
        this.others = others;
        this.sources = sources;
    }

    /** A readable file as the assignment needs it. */
    private record FileRow(long ordinal, String id, String path, String format, Integer pages) implements Serializable {
    }

    static SameFiles of(JavaSparkContext sc, JavaRDD<Extracted> readable, JavaRDD<Dept> reports) {
        // identical bytes share an id (and a Dept): their keys are the first copy's
        Map<String, List<String>> keys = new HashMap<>(reports
                .mapToPair(d -> new Tuple2<>(d.id(), SameReport.keys(d.record(), d.text(), d.key()))).collectAsMap());
        List<FileRow> files = new ArrayList<>(readable.map(e -> {
            ReportRecord r = e.record();
            return new FileRow(e.ordinal(), r.id(), r.path(), r.format(), r.pages());
        }).collect());
        files.sort(Comparator.comparingLong(FileRow::ordinal));
        List<SameReport.File> inOrder = new ArrayList<>(files.size());
        for (FileRow f : files) {
            inOrder.add(new SameReport.File(f.ordinal(), f.id(), f.path(), keys.getOrDefault(f.id(), List.of())));
        }
        Map<String, String> owners = SameReport.owners(inOrder);
        Set<Long> others = new HashSet<>();
        Map<String, List<FileRow>> sources = new HashMap<>();
        for (FileRow f : files) {
            String path = EntryDocuments.normalized(f.path());
            String owner = owners.get(path);
            if (owner != null) {
                others.add(f.ordinal());
                sources.computeIfAbsent(owner, k -> new ArrayList<>())
                        .add(new FileRow(f.ordinal(), f.id(), path, f.format(), f.pages()));
            }
        }
        sources.values().forEach(l -> l.sort(Comparator.comparing(FileRow::path)));
        return new SameFiles(others, sources);
    }

    /** Whether the file at this ordinal is a report of its own (not another file of an earlier one). */
    boolean isReport(long ordinal) {
        return !others.contains(ordinal);
    }

    /** The report's JSON with its other files listed, as the index returns the record. */
    String withOtherFiles(String id, String json) {
        List<FileRow> s = sources.get(id);
        return s == null ? json : ReportJson.toJson(ReportRecord.read(json).withOtherSources(s.stream()
                .map(f -> new ReportRecord.Source(f.id(), f.path(), f.format(), f.pages())).toList()));
    }
}
