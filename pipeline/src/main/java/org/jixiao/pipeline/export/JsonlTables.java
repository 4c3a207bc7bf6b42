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

import org.jixiao.extractors.json.ReportJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One {@code TABLE.jsonl} per table: an object per row with exactly the CSV's columns, decimals exact. */
final class JsonlTables implements TableWriter {

    private static final ObjectMapper MAPPER = ReportJson.mapper();
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

    JsonlTables(Path dir, List<ExportTable<?>> tables) throws IOException {
        for (ExportTable<?> t : tables) {
            writers.put(t.name(), Files.newBufferedWriter(dir.resolve(t.name() + ".jsonl"), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void row(ExportTable<?> table, Object[] values) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        for (int i = 0; i < values.length; i++) {
            String name = table.columns().get(i).name();
            switch (values[i]) {
                case null -> o.putNull(name);
                case BigDecimal d -> o.put(name, d);
                case Integer n -> o.put(name, n);
                case Boolean b -> o.put(name, b);
                default -> o.put(name, values[i].toString());
            }
        }
        BufferedWriter w = writers.get(table.name());
        w.write(MAPPER.writeValueAsString(o));
        w.write('\n');
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : writers.values()) {
            w.close();
        }
    }
}
