package org.jixiao.pipeline.web;

import java.io.IOException;
import org.jixiao.index.ReportIndex;

/** The list of departments ({@code /departments}) with their aliases and report counts. */
final class DepartmentsPage {

    private final ReportIndex index;

    DepartmentsPage(ReportIndex index) {
        this.index = index;
    }

    String render() throws IOException {
        StringBuilder b = new StringBuilder("<h1>单位</h1><table><tr><th>单位</th><th>别称</th><th>报告数</th></tr>");
        for (ReportIndex.Department d : index.departments()) {
            b.append("<tr><td><a href=\"/department?name=").append(Html.url(d.name())).append("\">")
                    .append(Html.text(d.name())).append("</a></td><td>").append(Html.list(d.aliases()))
                    .append("</td><td>").append(d.reports()).append("</td></tr>");
        }
        return Html.page("单位", b.append("</table>").toString());
    }
}
