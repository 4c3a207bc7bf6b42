package org.jixiao.pipeline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;

/** The findings page ({@code /findings}): the search form restricted to findings, as a table with export links. */
final class FindingsPage {

    private final ReportIndex index;

    FindingsPage(ReportIndex index) {
        this.index = index;
    }

    String render(Params p) throws IOException {
        SearchQuery q = p.query(EntryKind.FINDING);
        SearchResult r = index.search(q);
        StringBuilder b = new StringBuilder("<h1>问题清单</h1>").append(SearchControls.searchForm(p, "/findings", false));
        b.append(SearchControls.facets(p, r, "/findings"));
        String exportQuery = p.with("page", null);
        b.append("<p class=\"meta\" id=\"total\">共 ").append(r.totalEstimated() ? "约 " : "").append(r.total()).append(" 个问题 · 导出：<a id=\"export-csv\" href=\"")
                .append(Html.esc("/findings/export?" + Params.parse(exportQuery).with("format", "csv")))
                .append("\">CSV</a> · <a id=\"export-xlsx\" href=\"")
                .append(Html.esc("/findings/export?" + Params.parse(exportQuery).with("format", "xlsx")))
                .append("\">Excel</a></p>");
        b.append("<table id=\"finding-table\"><tr><th>严重程度</th><th>规则</th><th>说明</th><th>单位</th><th>年度</th>")
                .append("<th>证据</th></tr>");
        List<SearchHit> hits = new ArrayList<>(r.hits());
        for (SearchHit h : hits) {
            Finding f = ReportRecord.finding(h.record());
            b.append("<tr class=\"").append(f.severity().label()).append("\"><td>").append(Html.severity(f.severity().label()))
                    .append("</td><td><code>").append(Html.esc(f.code())).append("</code></td><td><a href=\"/report/")
                    .append(Html.url(h.reportId())).append("\">").append(Html.esc(f.message())).append("</a></td><td>")
                    .append(Html.text(h.department())).append("</td><td>").append(h.year() == null ? "—" : h.year())
                    .append("</td><td>");
            f.at().stream().limit(3).forEach(at -> b.append("<div class=\"evidence\">").append(Html.where(at))
                    .append("：<mark>").append(Html.esc(at.text())).append("</mark></div>"));
            b.append("</td></tr>");
        }
        b.append("</table>").append(SearchControls.paging(p, q, r, "/findings"));
        return Html.page("问题清单", b.toString());
    }
}
