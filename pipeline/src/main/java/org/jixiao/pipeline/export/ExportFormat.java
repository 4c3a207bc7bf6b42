package org.jixiao.pipeline.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The export formats: the same tables and columns in each. */
public enum ExportFormat {
    CSV("csv"), JSONL("jsonl"), XLSX("xlsx"), PARQUET("parquet");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ExportFormat of(String s) {
        for (ExportFormat f : values()) {
            if (f.label.equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + s + " (csv, jsonl, xlsx, parquet)");
    }

    /** A writer of every table of {@code tables} into {@code dir}. */
    public TableWriter open(Path dir, List<ExportTable<?>> tables) throws IOException {
        return switch (this) {
            case CSV -> new CsvTables(dir, tables);
            case JSONL -> new JsonlTables(dir, tables);
            case XLSX -> new XlsxTables(dir.resolve("jixiao-export.xlsx"), tables);
            case PARQUET -> new ParquetTables(dir, tables);
        };
    }
}
