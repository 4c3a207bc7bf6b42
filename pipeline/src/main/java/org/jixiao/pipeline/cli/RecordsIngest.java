package org.jixiao.pipeline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.write.IndexUpdater;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code jixiao ingest --records DIR}: the Spark job's {@code records/} output (the folder itself or the job's
 * output folder holding it) loaded into the index without reading the report files again. Each line is
 * {@code {"schema": "jixiao.spark-record/1", "ordinal", "record": jixiao.report/1, "text"}}; the part files are
 * read in name order, which is the job's input order, so reports go in in the order {@code ingest} would add them.
 */
final class RecordsIngest {

    static final String SCHEMA = "jixiao.spark-record/1";

    /** What was loaded: reports added, skipped as unchanged, and the unreadable files' lines. */
    record Result(int added, int skipped, long figures, Map<Finding.Severity, Integer> findings,
                  List<String> failures) {
    }

    private RecordsIngest() {
    }

    static Result load(Path dir, IndexUpdater updater) throws IOException {
        Path records = Files.isDirectory(dir.resolve("records")) ? dir.resolve("records") : dir;
        List<Path> parts;
        try (Stream<Path> s = Files.list(records)) {
            parts = s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && !n.startsWith("_") && !n.startsWith(".");
            }).sorted().toList();
        }
        if (parts.isEmpty()) {
            throw new IOException(records + " holds no records of `jixiao spark` (part files)");
        }
        int added = 0;
        int skipped = 0;
        long figures = 0;
        List<String> failures = new ArrayList<>();
        Map<Finding.Severity, Integer> findings = new EnumMap<>(Finding.Severity.class);
        for (Path part : parts) {
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode o = ReportJson.parse(line);
                    if (!SCHEMA.equals(o.path("schema").asText())) {
                        throw new IOException(part + " line " + n + " is not a " + SCHEMA + " record");
                    }
                    ReportRecord r = ReportRecord.read(o.get("record"));
                    if (r.id() == null) {
                        failures.add(UnreadableFiles.line(Path.of(r.path()), String.join("；", r.errors())));
                        continue;
                    }
                    if (updater.unchanged(Path.of(r.path()), r.id())) {
                        skipped++;
                        continue;
                    }
                    updater.add(r, o.path("text").isNull() ? "" : o.path("text").asText());
                    added++;
                    figures += r.figures().size();
                    r.findings().forEach(f -> findings.merge(f.severity(), 1, Integer::sum));
                }
            }
        }
        return new Result(added, skipped, figures, findings, failures);
    }
}
