package org.jixiao.pipeline.export;

import java.util.List;
import java.util.function.Function;

import org.jixiao.extractors.json.ReportRecord;

/**
 * One table of the export: its name, what a row is, its columns, and how a report becomes rows.
 *
 * @param <R> the row type
 */
public record ExportTable<R>(String name, String description, List<Column<R>> columns,
                             Function<ReportRecord, List<R>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
    }

    /** The row's values in column order. */
    public Object[] values(R row) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).value().apply(row);
        }
        return out;
    }
}
