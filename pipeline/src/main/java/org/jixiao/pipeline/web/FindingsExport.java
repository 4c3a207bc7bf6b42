package org.jixiao.pipeline.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;

/** Downloads of the findings page: the findings matching a query, written as a table in one of several formats. */
public interface FindingsExport {

    /** The formats offered, e.g. {@code csv}, {@code xlsx}. */
    List<String> formats();

    String contentType(String format);

    /** Writes every finding matching {@code query} (all pages) from {@code index} to {@code out}. */
    void write(String format, SearchQuery query, ReportIndex index, OutputStream out) throws IOException;
}
