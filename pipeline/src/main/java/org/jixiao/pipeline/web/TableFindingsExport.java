package org.jixiao.pipeline.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.pipeline.export.ExportFormat;
import org.jixiao.pipeline.export.Exporter;
import org.jixiao.pipeline.export.Tables;

/**
 * The findings page's downloads: the {@code findings} table of the exports (same columns, same data dictionary),
 * for every finding matching the page's filters, as CSV (UTF-8 with BOM) or XLSX.
 */
public final class TableFindingsExport implements FindingsExport {

    @Override
    public List<String> formats() {
        return List.of("csv", "xlsx");
    }

    @Override
    public String contentType(String format) {
        return format.equals("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8";
    }

    @Override
    public void write(String format, SearchQuery query, ReportIndex index, OutputStream out) throws IOException {
        ExportFormat f = ExportFormat.of(format);
        Path dir = Files.createTempDirectory("jixiao-findings");
        try {
            try (Exporter ex = Exporter.open(dir, f, List.of(Tables.FINDINGS))) {
                Map<String, ReportRecord> reports = new HashMap<>();
                int offset = 0;
                while (true) {
                    SearchResult r = index.search(query.withPage(offset, 200));
                    for (SearchHit h : r.hits()) {
                        ReportRecord report = reports.computeIfAbsent(h.reportId(), id -> read(index, id));
                        Finding finding = ReportRecord.finding(h.record());
                        ex.add(Tables.FINDINGS, new Tables.Item<>(report, 0, finding));
                    }
                    offset += r.hits().size();
                    if (r.hits().isEmpty() || !r.totalEstimated() && offset >= r.total()) {
                        break;
                    }
                    if (reports.size() > 1000) {
                        reports.clear(); // bounded memory on large indexes
                    }
                }
            }
            Path file = dir.resolve(f == ExportFormat.XLSX ? "jixiao-export.xlsx" : "findings.csv");
            Files.copy(file, out);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static ReportRecord read(ReportIndex index, String id) {
        try {
            return index.report(id).orElseThrow(() -> new IllegalStateException("report " + id + " vanished"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
