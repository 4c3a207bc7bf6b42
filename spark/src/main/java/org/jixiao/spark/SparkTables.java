package org.jixiao.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.pipeline.export.Column;
import org.jixiao.pipeline.export.ExportTable;
import org.jixiao.pipeline.export.Tables;

/**
 * The export tables ({@code org.jixiao.pipeline.export.Tables}) as Spark rows: the columns, their order and the
 * values come from the tables' own definitions; only the mapping of a column type to a Spark type is here — the
 * types {@code jixiao export --format parquet} writes (UTF8 strings, INT32, BOOLEAN, DECIMAL(18,4) in INT64).
 */
final class SparkTables {

    private SparkTables() {
    }

    /** One of {@code Tables.ALL} by name. */
    static ExportTable<?> table(String name) {
        return Tables.ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    static StructType schema(ExportTable<?> table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(Column.Type t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DECIMAL -> DataTypes.createDecimalType(Column.DECIMAL_PRECISION, Column.DECIMAL_SCALE);
        };
    }

    /** The table's rows for one report, values converted as the Parquet export converts them. */
    static <R> List<Row> rows(ExportTable<R> table, ReportRecord report) {
        List<Row> out = new ArrayList<>();
        for (R row : table.rows().apply(report)) {
            Object[] values = table.values(row);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v != null) {
                    values[i] = switch (table.columns().get(i).type()) {
                        case DECIMAL -> Column.typedDecimal((BigDecimal) v);
                        case INT -> ((Number) v).intValue();
                        case BOOLEAN -> v;
                        case STRING -> v.toString();
                    };
                }
            }
            out.add(RowFactory.create(values));
        }
        return out;
    }
}
