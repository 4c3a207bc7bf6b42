package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project form a web page printed one cell a line, each cell ended by its pipe and an empty cell as a lone pipe:
 * the budget block and the indicator block come back as tables, their rows cut at the header's width and at row
 * labels. Invented names and numbers.
 */
class TerminatedCellsTest {

    @TempDir
    Path tmp;

    private static String cells(String... cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells) {
            b.append(c.isEmpty() ? "|" : c + " |").append('\n');
        }
        return b.toString();
    }

    private static final String FORM = cells("部门预算项目支出绩效自评表(2023年度)", "项目名称", "办公运转经费", "主管部门", "望川县发展和改革局",
            "预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
            "总额", "120.00", "150.00", "135.00", "90.00%", "10", "9", "1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因;2.其他资金包括社会投入资金.",
            "其中:财政资金", "120.00", "150.00", "135.00", "90.00%", "/", "/",
            "其他资金", "", "", "", "", "/", "/",
            "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析",
            "产出指标", "数量指标", "维修道路里程", "≥", "12", "公里", "12", "50", "50", "",
            "效益指标", "社会效益指标", "群众出行便利度", "=", "100", "%", "95", "40", "38", "部分路段未完工",
            "合计", "100", "88", "",
            "评价结论", "项目按计划实施。",
            "项目负责人:", "财务负责人:");

    @Test
    void theBudgetAndIndicatorBlocksComeBackAsTables() throws Exception {
        SourceDocument doc = FlattenedText.load(tmp, FORM);
        List<Table> tables = doc.tables();
        assertEquals(2, tables.size(), tables.toString());
        Table budget = tables.get(0);
        assertEquals(List.of("年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"),
                budget.rowTexts(0));
        assertEquals(List.of("总额", "120.00", "150.00", "135.00", "90.00%", "10", "9"), budget.rowTexts(1).subList(0, 7));
        assertTrue(budget.rowTexts(1).get(7).startsWith("1.预算执行率"), "the long note is the row's 原因, not a row");
        assertEquals(List.of("其中:财政资金", "120.00", "150.00", "135.00", "90.00%", "/", "/"),
                budget.rowTexts(2).subList(0, 7));
        assertEquals("其他资金", budget.rowTexts(3).get(0));
        Table indicators = tables.get(1);
        assertEquals("一级指标", indicators.rowTexts(0).get(0), "the block's title (绩效指标(90分)) stays a line of text");
        assertEquals(List.of("产出指标", "数量指标", "维修道路里程", "≥", "12", "公里", "12", "50", "50"),
                indicators.rowTexts(1).subList(0, 9));
        assertEquals(List.of("效益指标", "社会效益指标", "群众出行便利度"), indicators.rowTexts(2).subList(0, 3));
        assertEquals("合计", indicators.rowTexts(3).get(0));
        assertEquals(List.of("100", "88"), indicators.rowTexts(3).subList(7, 9), "the totals under 权重 and 得分");
        assertTrue(doc.text().text().contains("项目负责人"), "what follows the table stays text");
        FlattenedText.assertProvenance(doc, budget, FORM);
        FlattenedText.assertProvenance(doc, indicators, FORM);
    }

    @Test
    void aFewLabelledLinesEndedByPipesAreNoTable() throws Exception {
        String text = cells("项目名称", "办公运转经费", "主管部门", "望川县发展和改革局", "实施单位", "望川县发展和改革局");
        assertTrue(FlattenedText.load(tmp, text).tables().isEmpty());
        assertTrue(TerminatedCells.cellLine("总额 |"));
        assertTrue(TerminatedCells.cellLine("|"));
        assertFalse(TerminatedCells.cellLine("总额 | 120.00 |"), "a pipe row");
        assertFalse(TerminatedCells.cellLine("总额"), "no pipe");
    }
}
