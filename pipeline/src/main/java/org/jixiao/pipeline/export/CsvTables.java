package org.jixiao.pipeline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One {@code TABLE.csv} per table: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads it as UTF-8),
 * RFC 4180 quoting by Commons CSV, decimals written plain as printed, empty cells for nulls.
 */
final class CsvTables implements TableWriter {

    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();

    CsvTables(Path dir, List<ExportTable<?>> tables) throws IOException {
        for (ExportTable<?> t : tables) {
            BufferedWriter w = Files.newBufferedWriter(dir.resolve(t.name() + ".csv"), StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
            p.printRecord(t.columns().stream().map(Column::name).toList());
            printers.put(t.name(), p);
        }
    }

    @Override
    public void row(ExportTable<?> table, Object[] values) throws IOException {
        CSVPrinter p = printers.get(table.name());
        for (Object v : values) {
            p.print(v instanceof BigDecimal d ? d.toPlainString() : v);
        }
        p.println();
    }

    @Override
    public void close() throws IOException {
        for (CSVPrinter p : printers.values()) {
            p.close(true);
        }
    }
}
