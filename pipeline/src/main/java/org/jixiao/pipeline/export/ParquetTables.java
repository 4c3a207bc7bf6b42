package org.jixiao.pipeline.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import blue.strategic.parquet.ParquetWriter;

/**
 * One {@code TABLE.parquet} per table, through parquet-java (via parquet-floor, which needs no Hadoop installation),
 * typed: strings as UTF8, years and counts as INT32, booleans, and decimals as {@code DECIMAL(18,4)} stored in
 * INT64 — pandas and R read them as exact decimals. Every column is optional (null where unknown).
 *
 * <p>Scale 4 holds every amount as reports print them (元 to the fen, 万元 to four places) and rates to 0.0001%;
 * a value printed with more places is rounded half-even to 4 (the CSV and JSON Lines keep it as printed).
 */
final class ParquetTables implements TableWriter {

    static final int SCALE = Column.DECIMAL_SCALE;
    static final int PRECISION = Column.DECIMAL_PRECISION;

    private final Map<String, ParquetWriter<Object[]>> writers = new LinkedHashMap<>();

    ParquetTables(Path dir, List<ExportTable<?>> tables) throws IOException {
        for (ExportTable<?> t : tables) {
            MessageType schema = schema(t);
            List<Column<?>> columns = new ArrayList<>(t.columns());
            writers.put(t.name(), ParquetWriter.writeFile(schema, dir.resolve(t.name() + ".parquet").toFile(),
                    (Object[] values, blue.strategic.parquet.ValueWriter w) -> {
                        for (int i = 0; i < values.length; i++) {
                            Object v = values[i];
                            if (v == null) {
                                continue;
                            }
                            String name = columns.get(i).name();
                            switch (columns.get(i).type()) {
                                case DECIMAL -> w.write(name, Column.typedDecimal((BigDecimal) v).unscaledValue().longValueExact());
                                case INT -> w.write(name, ((Number) v).intValue());
                                case BOOLEAN -> w.write(name, v);
                                case STRING -> w.write(name, v.toString());
                            }
                        }
                    }));
        }
    }

    static MessageType schema(ExportTable<?> t) {
        List<Type> fields = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            fields.add(switch (c.type()) {
                case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> Types.optional(PrimitiveTypeName.INT32).named(c.name());
                case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DECIMAL -> Types.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.decimalType(SCALE, PRECISION)).named(c.name());
            });
        }
        return new MessageType(t.name(), fields);
    }

    @Override
    public void row(ExportTable<?> table, Object[] values) throws IOException {
        writers.get(table.name()).write(values);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ParquetWriter<Object[]> w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
