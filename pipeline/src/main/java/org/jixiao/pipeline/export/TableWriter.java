package org.jixiao.pipeline.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the export's tables in one format. Rows arrive table by table interleaved (a report gives rows to every
 * table), so a writer keeps one open output per table and writes each row as it comes: memory stays constant.
 */
public interface TableWriter extends Closeable {

    void row(ExportTable<?> table, Object[] values) throws IOException;
}
