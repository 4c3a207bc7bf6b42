package org.jixiao.pipeline.web;

import java.util.List;
import java.util.Map;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;

/** The parts shared by the search and findings pages: the search form, the facet lists and the paging links. */
final class SearchControls {

    private static final Map<String, String> FACET_NAMES = Map.of("year", "年度", "region", "地区",
            "department", "单位", "grade", "等级", "kind", "类型", "rule", "规则", "severity", "严重程度");
    private static final List<String> FACET_ORDER = List.of("kind", "year", "region", "department", "grade", "rule",
            "severity");

    private SearchControls() {
    }

    static String searchForm(Params p, String action, boolean withKind) {
        StringBuilder b = new StringBuilder("<form class=\"search\" method=\"get\" action=\"" + action + "\">");
        b.append(input("q", "全文检索", p, "text"));
        b.append(" 年度 ").append(input("year_from", "起", p, "number")).append("–")
                .append(input("year_to", "止", p, "number"));
        b.append(input("region", "地区", p, "text")).append(input("department", "单位", p, "text"));
        if (withKind) {
            b.append(select("kind", p, List.of("", "report", "evaluation", "indicator", "figure", "finding")));
        }
        b.append(input("rule", "规则", p, "text"));
        b.append(select("severity", p, List.of("", "error", "warning", "info")));
        b.append(" <button type=\"submit\" id=\"search-button\">检索</button></form>");
        return b.toString();
    }

    private static String input(String name, String placeholder, Params p, String type) {
        return "<input type=\"" + type + "\" name=\"" + name + "\" id=\"" + name + "\" placeholder=\""
                + Html.esc(placeholder) + "\" value=\"" + Html.esc(p.get(name)) + "\"" + (type.equals("number")
                ? " style=\"width:5em\"" : "") + ">";
    }

    private static String select(String name, Params p, List<String> values) {
        StringBuilder b = new StringBuilder("<select name=\"" + name + "\" id=\"" + name + "\">");
        for (String v : values) {
            String label = v.isEmpty() ? (name.equals("kind") ? "全部类型" : "全部严重程度")
                    : name.equals("kind") ? Html.kind(v) : Html.severity(v);
            b.append("<option value=\"").append(Html.esc(v)).append('"')
                    .append(v.equals(p.get(name)) ? " selected" : "").append('>').append(label).append("</option>");
        }
        return b.append("</select>").toString();
    }

    static String facets(Params p, SearchResult r, String action) {
        StringBuilder b = new StringBuilder("<div class=\"facets\" id=\"facets\">");
        for (String dim : FACET_ORDER) {
            List<SearchResult.FacetCount> counts = r.facets().getOrDefault(dim, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            b.append("<h4>").append(FACET_NAMES.get(dim)).append("</h4>");
            String param = switch (dim) {
                case "year" -> null;
                default -> dim;
            };
            int shown = 0;
            for (SearchResult.FacetCount c : counts) {
                if (shown++ == 12) {
                    break;
                }
                String label = dim.equals("kind") ? Html.kind(c.value()) : dim.equals("severity")
                        ? Html.severity(c.value()) : Html.esc(c.value());
                String href = param == null
                        ? action + "?" + Params.parse(p.with("year_from", c.value())).with("year_to", c.value())
                        : action + "?" + p.with(param, c.value());
                b.append("<div class=\"facet\" data-dim=\"").append(dim).append("\"><a href=\"").append(Html.esc(href))
                        .append("\">").append(label).append("</a> (").append(c.count()).append(")</div>");
            }
        }
        if (r.facetsEstimated()) {
            b.append("<div class=\"facet-note\">以上为约数：按 ").append(r.facetsCounted()).append(" / ")
                    .append(r.totalEstimated() ? "约 " : "").append(r.total()).append(" 条匹配抽样估计</div>");
        }
        return b.append("</div>").toString();
    }

    /** Previous and next links and the page count, 约 when the total is an estimate. */
    static String paging(Params p, SearchQuery q, SearchResult r, String action) {
        long total = r.total();
        int page = q.offset() / Math.max(1, q.limit()) + 1;
        long pages = (total + q.limit() - 1) / Math.max(1, q.limit());
        if (pages <= 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"paging\">");
        if (page > 1) {
            b.append("<a href=\"").append(Html.esc(action + "?" + p.with("page", String.valueOf(page - 1))))
                    .append("\">上一页</a> ");
        }
        b.append("第 ").append(page).append(" / ").append(r.totalEstimated() ? "约 " : "").append(pages).append(" 页");
        if (page < pages) {
            b.append(" <a id=\"next-page\" href=\"").append(Html.esc(action + "?" + p.with("page", String.valueOf(page + 1))))
                    .append("\">下一页</a>");
        }
        return b.append("</p>").toString();
    }
}
