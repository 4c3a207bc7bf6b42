package org.jixiao.pipeline.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;

/**
 * The findings page's CSV download when no richer exporter is wired in: UTF-8 with a byte-order mark (Excel on
 * Chinese Windows), RFC 4180 quoting, every matching finding paged through the index.
 */
public final class CsvFindingsExport implements FindingsExport {

    @Override
    public List<String> formats() {
        return List.of("csv");
    }

    @Override
    public String contentType(String format) {
        return "text/csv; charset=utf-8";
    }

    @Override
    public void write(String format, SearchQuery query, ReportIndex index, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write("report_id,department,region,year,rule,code,severity,message,expected,actual,tolerance,snippet\r\n");
        int offset = 0;
        while (true) {
            SearchResult r = index.search(query.withPage(offset, 200));
            for (SearchHit h : r.hits()) {
                Finding f = ReportRecord.read("{\"findings\":[" + h.record() + "]}").findings().getFirst();
                String snippet = f.at().isEmpty() ? null : f.at().getFirst().text();
                row(w, h.reportId(), h.department(), h.region(), h.year() == null ? null : h.year().toString(), f.rule(),
                        f.code(), f.severity().label(), f.message(), f.expected(), f.actual(), f.tolerance(), snippet);
            }
            offset += r.hits().size();
            if (r.hits().isEmpty() || offset >= r.total()) {
                break;
            }
        }
        w.flush();
    }

    private static void row(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
