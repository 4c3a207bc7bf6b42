package org.jixiao.pipeline.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.extractors.json.ReportRecord;

/**
 * Writes reports into the export tables, one report at a time (nothing is collected: memory does not grow with the
 * corpus), and the data dictionary beside them. Use: {@code open}, {@code add} each report, {@code close}.
 */
public final class Exporter implements AutoCloseable {

    private final TableWriter writer;
    private final List<ExportTable<?>> tables;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private Exporter(TableWriter writer, List<ExportTable<?>> tables) {
        this.writer = writer;
        this.tables = tables;
        tables.forEach(t -> counts.put(t.name(), 0L));
    }

    public static Exporter open(Path dir, ExportFormat format) throws IOException {
        return open(dir, format, Tables.ALL);
    }

    /** An export of some of the tables only (the web page's findings download writes just {@code findings}). */
    public static Exporter open(Path dir, ExportFormat format, List<ExportTable<?>> tables) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("DATA_DICTIONARY.md"), DataDictionary.markdown(tables), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("data-dictionary.json"), DataDictionary.json(tables), StandardCharsets.UTF_8);
        return new Exporter(format.open(dir, tables), tables);
    }

    /** One row of one table, for callers that select rows themselves. */
    public <R> void add(ExportTable<R> table, R row) throws IOException {
        writer.row(table, table.values(row));
        counts.merge(table.name(), 1L, Long::sum);
    }

    public void add(ReportRecord report) throws IOException {
        for (ExportTable<?> t : tables) {
            write(t, report);
        }
    }

    private <R> void write(ExportTable<R> t, ReportRecord report) throws IOException {
        for (R row : t.rows().apply(report)) {
            writer.row(t, t.values(row));
            counts.merge(t.name(), 1L, Long::sum);
        }
    }

    /** Rows written so far, per table. */
    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    private boolean closed;

    /** Finishes every file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
