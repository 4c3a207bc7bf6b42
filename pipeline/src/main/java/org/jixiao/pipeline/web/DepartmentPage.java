package org.jixiao.pipeline.web;

import java.io.IOException;
import java.util.Optional;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.Timeline;

/** One department ({@code /department?name=}): its timeline chart and table, and each year's findings. */
final class DepartmentPage {

    private final ReportIndex index;

    DepartmentPage(ReportIndex index) {
        this.index = index;
    }

    String render(String name) throws IOException {
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
            y.findings().forEach(f -> b.append(ReportPage.finding(f, null)));
        }
        return Html.page(tl.name(), b.toString());
    }
}
