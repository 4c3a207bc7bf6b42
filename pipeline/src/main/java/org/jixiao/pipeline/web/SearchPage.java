package org.jixiao.pipeline.web;

import java.io.IOException;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;

/** The search page ({@code /}): the form, facets over all matches, one page of hits with snippets. */
final class SearchPage {

    private final ReportIndex index;

    SearchPage(ReportIndex index) {
        this.index = index;
    }

    String render(Params p) throws IOException {
        SearchQuery q = p.query(null);
        SearchResult r = index.search(q);
        StringBuilder b = new StringBuilder("<h1>检索预算绩效自评报告</h1>");
        b.append(SearchControls.searchForm(p, "/", true));
        b.append(SearchControls.facets(p, r, "/"));
        b.append("<p class=\"meta\" id=\"total\">共 ").append(r.totalEstimated() ? "约 " : "").append(r.total()).append(" 条结果</p>");
        b.append("<div id=\"hits\">");
        for (SearchHit h : r.hits()) {
            b.append("<div class=\"hit\"><div><span class=\"meta\">[").append(Html.kind(h.kind().label()))
                    .append("]</span> <a class=\"hit-link\" href=\"/report/").append(Html.url(h.reportId()))
                    .append("\">").append(Html.text(h.label())).append("</a></div>");
            b.append("<div class=\"snippet\">").append(Html.snippet(h.snippet())).append("</div>");
            b.append("<div class=\"meta\">").append(Html.text(h.department())).append(" · ")
                    .append(h.year() == null ? "年度不详" : h.year() + "年").append(" · ").append(Html.text(h.region()))
                    .append(" · ").append(Html.esc(h.path())).append(' ').append(Html.where(h.at()));
            int others = h.record() == null ? 0 : h.record().path("otherSources").size();
            if (others > 0) {
                b.append(" · 另有").append(others).append("个文件为同一报告"); // listed on the report's page
            }
            b.append("</div></div>");
        }
        b.append("</div>").append(SearchControls.paging(p, q, r, "/"));
        return Html.page(p.get("q") == null ? "检索" : "检索：" + p.get("q"), b.toString());
    }
}
