package org.jixiao.pipeline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;

/** The HTML pages. Each method returns a whole page; all report text goes through {@link Html#esc}. */
final class Pages {

    private static final Map<String, String> FACET_NAMES = Map.of("year", "年度", "region", "地区",
            "department", "单位", "grade", "等级", "kind", "类型", "rule", "规则", "severity", "严重程度");
    private static final List<String> FACET_ORDER = List.of("kind", "year", "region", "department", "grade", "rule",
            "severity");

    private final ReportIndex index;

    Pages(ReportIndex index) {
        this.index = index;
    }

    // ---- search

    String search(Params p) throws IOException {
        SearchQuery q = p.query(null);
        SearchResult r = index.search(q);
        StringBuilder b = new StringBuilder("<h1>检索预算绩效自评报告</h1>");
        b.append(searchForm(p, "/", true));
        b.append(facets(p, r, "/"));
        b.append("<p class=\"meta\" id=\"total\">共 ").append(r.total()).append(" 条结果</p>");
        b.append("<div id=\"hits\">");
        for (SearchHit h : r.hits()) {
            b.append("<div class=\"hit\"><div><span class=\"meta\">[").append(Html.kind(h.kind().label()))
                    .append("]</span> <a class=\"hit-link\" href=\"/report/").append(Html.url(h.reportId()))
                    .append("\">").append(Html.text(h.label())).append("</a></div>");
            b.append("<div class=\"snippet\">").append(Html.snippet(h.snippet())).append("</div>");
            b.append("<div class=\"meta\">").append(Html.text(h.department())).append(" · ")
                    .append(h.year() == null ? "年度不详" : h.year() + "年").append(" · ").append(Html.text(h.region()))
                    .append(" · ").append(Html.esc(h.path())).append(' ').append(Html.where(h.at())).append("</div></div>");
        }
        b.append("</div>").append(paging(p, q, r.total(), "/"));
        return Html.page(p.get("q") == null ? "检索" : "检索：" + p.get("q"), b.toString());
    }

    private static String searchForm(Params p, String action, boolean withKind) {
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

    private static String facets(Params p, SearchResult r, String action) {
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
        return b.append("</div>").toString();
    }

    private static String paging(Params p, SearchQuery q, long total, String action) {
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
        b.append("第 ").append(page).append(" / ").append(pages).append(" 页");
        if (page < pages) {
            b.append(" <a id=\"next-page\" href=\"").append(Html.esc(action + "?" + p.with("page", String.valueOf(page + 1))))
                    .append("\">下一页</a>");
        }
        return b.append("</p>").toString();
    }

    // ---- report

    String report(String id) throws IOException {
        ReportRecord r = index.report(id).orElseThrow(() -> BadRequest.notFound("索引中没有这份报告。"));
        String text = index.text(id).orElse(null);
        StringBuilder b = new StringBuilder("<h1 id=\"title\">").append(Html.text(r.title())).append("</h1>");
        b.append("<table class=\"meta-table\"><tr><th>单位</th><td>");
        if (r.department() != null) {
            b.append("<a id=\"department-link\" href=\"/department?name=").append(Html.url(r.department())).append("\">")
                    .append(Html.esc(r.department())).append("</a>");
        } else {
            b.append("—");
        }
        b.append("</td></tr><tr><th>别称</th><td>").append(Html.list(r.aliases())).append("</td></tr>")
                .append("<tr><th>地区</th><td>").append(Html.text(r.region())).append("</td></tr>")
                .append("<tr><th>年度</th><td>").append(r.year() == null ? "—" : r.year()).append("</td></tr>")
                .append("<tr><th>总分</th><td>").append(Html.num(r.score())).append("</td></tr>")
                .append("<tr><th>等级</th><td>").append(Html.text(r.grade())).append("</td></tr>")
                .append("<tr><th>原始文件</th><td><a id=\"download\" href=\"/report/").append(Html.url(r.id()))
                .append("/file\">").append(Html.esc(fileName(r.path()))).append("</a> (").append(Html.esc(r.format()))
                .append(r.pages() == null ? "" : "，" + r.pages() + "页").append(r.ocr() ? "，OCR识别" : "")
                .append(")</td></tr></table>");
        b.append("<h2>问题 (").append(r.findings().size()).append(")</h2><div id=\"findings\">");
        for (Finding f : r.findings()) {
            b.append(finding(f, text));
        }
        if (r.findings().isEmpty()) {
            b.append("<p>未发现不一致之处。</p>");
        }
        b.append("</div><h2>评价对象 (").append(r.evaluations().size()).append(")</h2>");
        int n = 0;
        for (Evaluation e : r.evaluations()) {
            b.append(evaluation(e, n++));
        }
        if (!r.errors().isEmpty()) {
            b.append("<h2>未能读取</h2><ul>");
            r.errors().forEach(e -> b.append("<li>").append(Html.esc(e)).append("</li>"));
            b.append("</ul>");
        }
        return Html.page(r.title() == null ? fileName(r.path()) : r.title(), b.toString());
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    static String finding(Finding f, String text) {
        String sev = f.severity().label();
        StringBuilder b = new StringBuilder("<div class=\"finding ").append(sev).append("\" data-rule=\"")
                .append(Html.esc(f.rule())).append("\"><div><b class=\"").append(sev).append("\">")
                .append(Html.severity(sev)).append("</b> <code>").append(Html.esc(f.code())).append("</code> ")
                .append("<span class=\"message\">").append(Html.esc(f.message())).append("</span></div>");
        b.append("<div class=\"meta\">应为 ").append(Html.text(f.expected())).append("；实为 ")
                .append(Html.text(f.actual())).append(f.tolerance() == null ? "" : "；容差 " + Html.esc(f.tolerance()))
                .append("</div>");
        for (var at : f.at()) {
            b.append("<div class=\"evidence\">").append(Html.where(at)).append("：").append(Html.evidence(at, text))
                    .append("</div>");
        }
        for (String other : f.related()) {
            b.append("<div class=\"related\">对照报告：<a class=\"related-link\" href=\"/report/").append(Html.url(other))
                    .append("\">").append(Html.esc(other.length() > 12 ? other.substring(0, 12) + "…" : other))
                    .append("</a></div>");
        }
        return b.append("</div>").toString();
    }

    private static String evaluation(Evaluation e, int n) {
        Budget bu = e.budget() == null ? Budget.NONE : e.budget();
        StringBuilder b = new StringBuilder("<div class=\"evaluation\" id=\"evaluation-" + n + "\"><h3>")
                .append(e.scope() == Evaluation.Scope.DEPARTMENT ? "部门整体：" : "项目：").append(Html.text(e.name()))
                .append("</h3>");
        b.append("<table><tr><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th><th>得分</th>")
                .append("<th>满分</th><th>等级</th></tr><tr><td>").append(Html.amount(bu.initial())).append("</td><td>")
                .append(Html.amount(bu.fullYear())).append("</td><td>").append(Html.amount(bu.executed()))
                .append("</td><td>").append(Html.rate(bu.rate())).append("</td><td>").append(Html.num(e.score()))
                .append("</td><td>").append(Html.num(e.maxScore())).append("</td><td>").append(Html.text(e.grade()))
                .append("</td></tr></table>");
        if (!e.sections().isEmpty()) {
            b.append("<table><tr><th>一级指标</th><th>分值</th><th>得分</th></tr>");
            for (Section s : e.sections()) {
                b.append("<tr><td>").append(Html.text(s.name())).append("</td><td>").append(Html.num(s.weight()))
                        .append("</td><td>").append(Html.num(s.score())).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (!e.indicators().isEmpty()) {
            b.append(indicatorTable(e.indicators()));
        }
        return b.append("</div>").toString();
    }

    /**
     * The indicator rows as the form draws them: a 一级/二级指标 shared by consecutive rows is one merged cell
     * ({@code rowspan}), as in the report.
     */
    static String indicatorTable(List<Indicator> rows) {
        int n = rows.size();
        int[] span1 = spans(rows, 1);
        int[] span2 = spans(rows, 2);
        StringBuilder b = new StringBuilder("<table class=\"indicators\"><tr><th>一级指标</th><th>二级指标</th>"
                + "<th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th></tr>");
        for (int i = 0; i < n; i++) {
            Indicator r = rows.get(i);
            b.append("<tr>");
            if (span1[i] > 0) {
                b.append("<td rowspan=\"").append(span1[i]).append("\">").append(Html.text(r.level1())).append("</td>");
            }
            if (span2[i] > 0) {
                b.append("<td rowspan=\"").append(span2[i]).append("\">").append(Html.text(r.level2())).append("</td>");
            }
            b.append("<td>").append(Html.text(r.level3())).append("</td><td>").append(Html.text(r.target()))
                    .append("</td><td>").append(Html.text(r.actual())).append("</td><td>").append(Html.num(r.weight()))
                    .append("</td><td>").append(Html.num(r.score())).append("</td><td>").append(Html.text(r.note()))
                    .append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** Row spans of a level column: the first row of a run of equal values gets the run's length, the rest 0. */
    private static int[] spans(List<Indicator> rows, int level) {
        int[] out = new int[rows.size()];
        int i = 0;
        while (i < rows.size()) {
            int j = i + 1;
            while (j < rows.size() && sameGroup(rows.get(i), rows.get(j), level)) {
                j++;
            }
            out[i] = j - i;
            i = j;
        }
        return out;
    }

    private static boolean sameGroup(Indicator a, Indicator b, int level) {
        boolean same1 = a.level1() != null && a.level1().equals(b.level1());
        if (level == 1) {
            return same1;
        }
        return same1 && a.level2() != null && a.level2().equals(b.level2());
    }

    // ---- departments

    String departments() throws IOException {
        StringBuilder b = new StringBuilder("<h1>单位</h1><table><tr><th>单位</th><th>别称</th><th>报告数</th></tr>");
        for (ReportIndex.Department d : index.departments()) {
            b.append("<tr><td><a href=\"/department?name=").append(Html.url(d.name())).append("\">")
                    .append(Html.text(d.name())).append("</a></td><td>").append(Html.list(d.aliases()))
                    .append("</td><td>").append(d.reports()).append("</td></tr>");
        }
        return Html.page("单位", b.append("</table>").toString());
    }

    String department(String name) throws IOException {
        if (name == null) {
            throw BadRequest.badRequest("请给出单位名称（参数 name）。");
        }
        Optional<Timeline> t = index.timeline(name);
        Timeline tl = t.orElseThrow(() -> BadRequest.notFound("索引中没有名为“" + name + "”的单位。"));
        StringBuilder b = new StringBuilder("<h1 id=\"department-name\">").append(Html.esc(tl.name())).append("</h1>");
        b.append("<p class=\"meta\">别称：").append(Html.list(tl.aliases())).append("</p>");
        b.append(TimelineChart.svg(tl));
        b.append("<table id=\"timeline\"><tr><th>年度</th><th>报告</th><th>全年预算数</th><th>全年执行数</th>")
                .append("<th>执行率</th><th>得分</th><th>等级</th><th>问题</th></tr>");
        for (Timeline.Year y : tl.years()) {
            b.append("<tr><td>").append(y.year() == 0 ? "—" : y.year()).append("</td><td><a href=\"/report/")
                    .append(Html.url(y.reportId())).append("\">").append(Html.text(y.title())).append("</a></td><td>")
                    .append(Html.amount(y.budget())).append("</td><td>").append(Html.amount(y.executed()))
                    .append("</td><td>").append(Html.rate(y.rate())).append("</td><td>").append(Html.num(y.score()))
                    .append("</td><td>").append(Html.text(y.grade())).append("</td><td>").append(y.findings().size())
                    .append("</td></tr>");
        }
        b.append("</table>");
        for (Timeline.Year y : tl.years()) {
            if (y.findings().isEmpty()) {
                continue;
            }
            b.append("<h3>").append(y.year() == 0 ? "年度不详" : y.year() + "年").append("的问题</h3>");
            y.findings().forEach(f -> b.append(finding(f, null)));
        }
        return Html.page(tl.name(), b.toString());
    }

    // ---- findings

    String findings(Params p) throws IOException {
        SearchQuery q = p.query(EntryKind.FINDING);
        SearchResult r = index.search(q);
        StringBuilder b = new StringBuilder("<h1>问题清单</h1>").append(searchForm(p, "/findings", false));
        b.append(facets(p, r, "/findings"));
        String exportQuery = p.with("page", null);
        b.append("<p class=\"meta\" id=\"total\">共 ").append(r.total()).append(" 个问题 · 导出：<a id=\"export-csv\" href=\"")
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
        b.append("</table>").append(paging(p, q, r.total(), "/findings"));
        return Html.page("问题清单", b.toString());
    }
}
