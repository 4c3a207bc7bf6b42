package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page's forms copied as text, one cell a line (invented names and numbers): the loader rebuilds each
 * indicator table as a table, the header block above it stays text, and each form is still named by its header.
 */
class TextHeaderTest {

    @TempDir
    Path tmp;

    private static List<String> form(String title, String label, String name, String score, String grade,
                                     String... rows) {
        List<String> cells = new ArrayList<>(List.of(title, "单位：万元", label, name, "综合得分", score, "评价结果", grade,
                "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"));
        cells.addAll(List.of(rows));
        cells.addAll(List.of("合计", "100", score));
        return cells;
    }

    @Test
    void eachRebuiltIndicatorTableIsNamedByTheTextHeaderAboveIt() throws IOException {
        List<String> cells = new ArrayList<>(List.of("某某县水利局2024年度部门整体支出绩效自评报告", "附件"));
        cells.addAll(form("部门整体支出绩效自评表", "预算部门名称", "某某县水利局", "92.5", "优",
                "产出指标", "数量指标", "河道清淤长度", "12公里", "12公里", "30", "30",
                "质量指标", "工程验收合格率", "100%", "100%", "30", "28.5",
                "效益指标", "社会效益指标", "防洪能力是否提升", "是", "是", "30", "28",
                "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "10", "6"));
        cells.addAll(form("项目支出绩效自评表", "项目名称", "小型水库除险加固项目", "88", "良",
                "产出指标", "数量指标", "加固水库座数", "3座", "3座", "40", "38",
                "质量指标", "验收合格率", "100%", "100%", "30", "25",
                "效益指标", "社会效益指标", "下游群众安全是否保障", "是", "是", "30", "25"));
        Path f = tmp.resolve("web.txt");
        Files.writeString(f, String.join("\n\n", cells) + "\n", StandardCharsets.UTF_8);
        SourceDocument doc = ((ReadResult.Loaded) new DocumentReader().read(f)).document();
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Table), "the loader rebuilt the indicator rows");

        List<Evaluation> forms = FormEvaluations.extract(doc).stream().filter(e -> !e.indicators().isEmpty()).toList();
        assertEquals(2, forms.size(), forms.toString());
        Evaluation dept = forms.get(0);
        assertEquals("某某县水利局", dept.name());
        assertEquals(Scope.DEPARTMENT, dept.scope());
        assertEquals(new BigDecimal("92.5"), dept.score());
        assertEquals("优", dept.grade());
        assertEquals(4, dept.indicators().size());
        Evaluation project = forms.get(1);
        assertEquals("小型水库除险加固项目", project.name(), "the last name label before its table, not the first");
        assertEquals(Scope.PROJECT, project.scope());
        assertEquals(new BigDecimal("88"), project.score());
        assertEquals(3, project.indicators().size());
    }

    /** The budget block one cell a line, as the form prints it between its header and its indicator table. */
    private static List<String> budgetBlock() {
        return List.of("项目资金（万元）", "年初预算", "调整后预算数", "预算执行数", "权重", "执行率", "得分",
                "资金总额", "120.50", "118.40", "106.56", "20", "90.0%", "18",
                "其中：财政资金", "100.00", "98.00", "88.20", "90.0%",
                "其他资金", "20.50", "20.40", "18.36", "90.0%",
                "年度总体目标", "预期目标", "实际完成情况", "完成水库加固三座。", "三座水库加固完成。");
    }

    /** A form's indicator table alone, with its 合计 row. */
    private static List<String> indicatorTable() {
        List<String> form = form("", "", "", "88", "良",
                "产出指标", "数量指标", "加固水库座数", "3座", "3座", "40", "38",
                "效益指标", "社会效益指标", "下游群众安全是否保障", "是", "是", "40", "32");
        return form.subList(form.indexOf("绩效指标"), form.size());
    }

    private SourceDocument load(List<String> cells) throws IOException {
        Path f = tmp.resolve("web.txt");
        Files.writeString(f, String.join("\n\n", cells) + "\n", StandardCharsets.UTF_8);
        return ((ReadResult.Loaded) new DocumentReader().read(f)).document();
    }

    /**
     * The budget block rebuilt as a table of its own (its header printed without 数: 年初预算): it is the start of
     * the form whose indicator table follows, so the form has its budget.
     */
    @Test
    void aBudgetTableOfItsOwnBelongsToTheIndicatorTableAfterIt() throws IOException {
        List<String> cells = new ArrayList<>(List.of("项目支出绩效自评表", "项目名称", "小型水库除险加固项目", "综合得分", "88"));
        cells.addAll(budgetBlock());
        cells.addAll(indicatorTable());
        SourceDocument doc = load(cells);
        List<Evaluation> forms = FormEvaluations.extract(doc);
        assertEquals(1, forms.size(), forms.toString());
        Evaluation e = forms.get(0);
        assertEquals("小型水库除险加固项目", e.name());
        assertEquals(new BigDecimal("120.50"), e.budget().initial().value());
        assertEquals(new BigDecimal("118.40"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("106.56"), e.budget().executed().value());
        assertEquals(new BigDecimal("90.0"), e.budget().rate().value());
        assertEquals(2, e.indicators().size());
    }

    /** A budget table a page of prose away from the next indicator table is not that form's budget. */
    @Test
    void aBudgetTableFarFromTheIndicatorTableStaysApart() throws IOException {
        List<String> cells = new ArrayList<>(List.of("项目支出绩效自评表", "项目名称", "小型水库除险加固项目", "综合得分", "88"));
        cells.addAll(budgetBlock());
        for (int i = 1; i <= 45; i++) {
            cells.add("第" + i + "段：本年度围绕水库安全运行开展了多项工作，各项任务按计划推进，取得了较好成效。");
        }
        cells.addAll(indicatorTable());
        List<Evaluation> forms = FormEvaluations.extract(load(cells));
        assertEquals(1, forms.size(), forms.toString());
        assertEquals(null, forms.get(0).budget().executed());
    }

    /**
     * A page that prints one cell a line and ends each with its pipe: the header's label and name lines carry the
     * pipe too, and the form is still named by them.
     */
    @Test
    void headerLinesEndedByTheirPipesStillNameTheForm() throws IOException {
        List<String> cells = new ArrayList<>(List.of("项目支出绩效自评表(2023年度)", "项目名称",
                "5101002023000000123-小型水库除险加固项目", "主管部门", "某某县水利局"));
        cells.addAll(indicatorTable());
        Path f = tmp.resolve("piped.txt");
        Files.writeString(f, String.join(" |\n", cells) + " |\n", StandardCharsets.UTF_8);
        SourceDocument doc = ((ReadResult.Loaded) new DocumentReader().read(f)).document();
        List<Evaluation> forms = FormEvaluations.extract(doc).stream()
                .filter(e -> !e.indicators().isEmpty()).toList();
        assertEquals(1, forms.size(), forms.toString());
        assertEquals("5101002023000000123-小型水库除险加固项目", forms.get(0).name());
        assertEquals(Scope.PROJECT, forms.get(0).scope());
    }
}
