package org.jixiao.pipeline.web;

import java.io.IOException;
import java.util.List;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.jixiao.index.ReportIndex;

/** One report ({@code /report/ID}): its metadata, findings with evidence quoted from the text, evaluations and indicator tables. */
final class ReportPage {

    private final ReportIndex index;

    ReportPage(ReportIndex index) {
        this.index = index;
    }

    String render(String id) throws IOException {
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
                .append(")</td></tr>");
        if (!r.otherSources().isEmpty()) {
            // the same report in other files: listed, counted once (see the index's ReportSources)
            b.append("<tr><th>同一报告的其他文件</th><td id=\"other-files\">");
            for (var src : r.otherSources()) {
                b.append("<div>").append(Html.esc(fileName(src.path()))).append(" (").append(Html.esc(src.format()))
                        .append(src.pages() == null ? "" : "，" + src.pages() + "页").append(")</div>");
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
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
}
