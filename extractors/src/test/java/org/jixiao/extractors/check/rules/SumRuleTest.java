package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The {@code sum} rule, DQC style: each case a passage adapted from the real reports (their layout, our numbers),
 * with passing cases — rounding included — that must raise nothing and failing ones whose code, severity and
 * evidence are pinned.
 */
class SumRuleTest {

    /** A self-evaluation form's budget block, as the 2021 street office's project form prints it. */
    private static TableDraft budgetForm(String total, String appropriation, String other) {
        TableDraft t = new TableDraft().caption("单位：万元");
        String[] head = {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int c = 0; c < head.length; c++) {
            t.cell(0, c, 1, 1, head[c]);
        }
        row(t, 1, "年度资金总额", total.split(" "));
        row(t, 2, "其中：当年财政拨款", appropriation.split(" "));
        row(t, 3, "其他资金", other.split(" "));
        t.cell(4, 0, 1, 1, "年度总体目标");
        t.cell(4, 1, 1, 1, "预期目标");
        t.cell(4, 2, 1, 6, "实际完成情况");
        return t;
    }

    private static void row(TableDraft t, int r, String label, String[] values) {
        t.cell(r, 0, 1, 1, "");
        t.cell(r, 1, 1, 1, label);
        for (int c = 0; c < values.length; c++) {
            t.cell(r, c + 2, 1, 1, values[c].equals("_") ? "" : values[c]);
        }
    }

    private static Report report(String prose, TableDraft... tables) {
        SourceFile f = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        DocumentBuilder b = new DocumentBuilder(f);
        if (prose != null) {
            b.text(prose, null, Mode.LINES);
        }
        for (TableDraft t : tables) {
            b.table(t);
        }
        SourceDocument doc = b.build();
        return new ReportExtractor().extract(doc);
    }

    private static List<Finding> sums(Report r) {
        return new SumRule().check(r);
    }

    private static void assertQuotes(Report r, Finding f, String... snippets) {
        String text = r.source().text().text();
        assertEquals(snippets.length, f.at().size(), "evidence: " + f.at());
        for (int i = 0; i < snippets.length; i++) {
            Provenance at = f.at().get(i);
            assertEquals(at.text(), text.substring(at.start(), at.end()), "offsets quote the snippet");
            assertTrue(at.text().contains(snippets[i]), at.text() + " should show " + snippets[i]);
        }
    }

    @Test
    void budgetSourcesThatAddUpRaiseNothing() {
        // 418 + 1043.6 = 1461.6 and 418 + 1538.56 = 1956.56, as printed in the street office's form
        Report r = report(null, budgetForm("1461.6 1461.6 1956.56 10 133.86% 9", "418 418 418 10 100% 10",
                "1043.6 1043.6 1538.56 10 147.43% 9"));
        assertEquals(List.of(), sums(r), "the 分值 column (10 on every line) and the rates are not amounts to add");
    }

    @Test
    void budgetSourcesWithinRoundingRaiseNothing() {
        // 179.694 + 15.364 = 195.058 printed as 179.69, 15.36 and 195.06: one cent off at the printed values
        Report r = report(null, budgetForm("195.06 214.58 210.24 10 97.98% 9.8", "179.69 196.77 196.48 _ 99.85% _",
                "15.36 17.81 13.76 _ 82.87% _"));
        assertEquals(List.of(), sums(r));
    }

    @Test
    void anExecutedTotalThatIsNotTheSumOfItsSourcesIsAnError() {
        Report r = report(null, budgetForm("195.05 214.58 210.24 10 97.98% 9.8", "179.69 196.77 196.48 _ 99.85% _",
                "15.36 17.81 14.76 _ 82.87% _"));
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals("sum.budget-sources", x.code());
        assertEquals(Finding.Severity.ERROR, x.severity());
        assertEquals("210.24万元", x.actual());
        assertTrue(x.tolerance().contains("±0.01万元"), x.tolerance());
        assertTrue(x.expected().startsWith("211.24"), x.expected());
        assertTrue(x.message().contains("全年执行数"), x.message());
        assertQuotes(r, x, "210.24", "196.48", "14.76");
    }

    @Test
    void aZeroTotalAboveNonZeroSourcesIsItsOwnFinding() {
        Report r = report(null, budgetForm("0 0 0 10 0% 0", "8.79 8.79 8.00 _ 91.07% _", "4.54 4.54 4.57 _ 100.70% _"));
        List<Finding> f = sums(r);
        assertEquals(3, f.size(), "one per amount column: " + f);
        assertTrue(f.stream().allMatch(x -> x.code().equals("sum.zero-total") && x.severity() == Finding.Severity.ERROR));
    }

    /** A closing 合计 line with two 小计 groups, as in a project list. */
    private static TableDraft projectList(String subtotalA, String subtotalB, String total) {
        TableDraft t = new TableDraft().caption("单位：万元");
        String[][] rows = {
                {"序号", "项目名称", "预算数", "执行数", "执行率"},
                {"1", "社区运转保障经费", "146.26", "113.88", "77.9%"},
                {"2", "网格化服务管理经费", "220.80", "227.06", "102.8%"},
                {"", "小计", subtotalA, "340.94", "92.9%"},
                {"3", "退役军人服务保障经费", "130.06", "96.34", "74.1%"},
                {"", "其中：抚恤补助", "50.00", "45.00", "90.0%"},
                {"4", "森林防火专项经费", "31.96", "25.55", "79.9%"},
                {"", "小计", subtotalB, "121.89", "75.2%"},
                {"", "合计", total, "462.83", "87.7%"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        return t;
    }

    @Test
    void nestedSubtotalsAddUpWithTheirPartOfLinesLeftOut() {
        Report r = report(null, projectList("367.06", "162.02", "529.08"));
        assertEquals(List.of(), sums(r), "其中 is a part of its item, 合计 adds the 小计 lines, rates are not added");
    }

    @Test
    void aSubtotalAndAGrandTotalThatDoNotAddUpAreTableTotalErrors() {
        Report r = report(null, projectList("367.06", "162.02", "539.08"));
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.table-total", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "539.08", "367.06", "162.02");

        Report sub = report(null, projectList("366.06", "162.02", "528.08"));
        List<Finding> g = sums(sub);
        assertEquals(1, g.size(), "the first group's 小计 is wrong, the 合计 of the 小计 lines holds: " + g);
        assertQuotes(sub, g.get(0), "366.06", "146.26", "220.80");
    }

    @Test
    void proseWithQiZhongIsPartial() {
        String ok = "部门预算情况：2024年预算收入1735.58万元，其中：一般公共预算收入1727.25万元，基金预算收入8.33万元。";
        assertEquals(List.of(), sums(report(ok)), "parts below the total are a selection");
        String thenAChange = "全年执行数1874.71万元，其中：基本支出559.69万元，项目支出1315.02万元，较上年增加300.00万元。";
        assertEquals(List.of(), sums(report(thenAChange)), "the change after the list is not one of its parts");
        String bad = "部门预算情况：2024年预算收入1735.58万元，其中：一般公共预算收入1737.25万元，基金预算收入8.33万元。";
        Report r = report(bad);
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-total", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "1735.58", "1737.25", "8.33");
    }

    @Test
    void proseRespectivelyWithATotalMustAddUp() {
        String ok = "基本支出、项目支出分别为559.69万元、1461.60万元，合计2021.29万元。";
        assertEquals(List.of(), sums(report(ok)));
        String rounded = "基本支出、项目支出分别为559.7万元、1461.6万元，合计2021.29万元。";
        assertEquals(List.of(), sums(report(rounded)), "559.7 + 1461.6 allows ±0.1: 2021.29 is within");
        Report r = report("基本支出、项目支出分别为559.69万元、1461.60万元，合计2121.29万元。");
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-total", f.get(0).code());
        assertQuotes(r, f.get(0), "2121.29", "559.69", "1461.60");
    }

    private static TableDraft fundingColumns(String secondTotal) {
        TableDraft t = new TableDraft().caption("单位：万元");
        String[][] rows = {
                {"项目名称", "合计", "财政拨款", "其他资金", "执行率"},
                {"社区运转保障经费", "146.26", "100.92", "45.34", "77.9%"},
                {"网格化服务管理经费", secondTotal, "200.0", "21.8", "102.8%"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        return t;
    }

    @Test
    void aTotalColumnIsTheSumOfTheAmountColumnsBesideIt() {
        assertEquals(List.of(), sums(report(null, fundingColumns("221.76"))),
                "200.0 + 21.8 allows ±0.1: 221.76 is within; the rate column is not a part");
        Report r = report(null, fundingColumns("220.80"));
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.table-total", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("网格化服务管理经费"), f.get(0).message());
        assertQuotes(r, f.get(0), "220.80", "200.0", "21.8");
    }

    private static TableDraft lines(String[][] rows) {
        TableDraft t = new TableDraft().caption("单位：万元");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        return t;
    }

    @Test
    void numberedLinesAreReadAtTheirOwnLevel() {
        String[][] outlays = {
                {"支出项目", "决算数"},
                {"一、工资福利支出", "569.97"},
                {"基本工资", "320.00"},
                {"津贴补贴", "249.97"},
                {"二、商品和服务支出", "2190.56"},
                {"合计", "2760.53"},
        };
        assertEquals(List.of(), sums(report(null, lines(outlays))), "一、 lines total; the lines under them are details");
        // a budget total over two breakdowns, as the 2021 social-governance committee's form prints it
        String[][] twoBreakdowns = {
                {"预算情况", "年初预算数", "全年预算数", "预算执行数"},
                {"部门预算总额", "477.48", "477.48", "451.06"},
                {"1、资金来源:(1)财政性资金", "477.48", "477.48", "451.06"},
                {"(2)其他资金", "0", "0", "0"},
                {"2、资金结构:(1)基本支出", "134.48", "134.48", "135.35"},
                {"(2)项目支出", "343", "343", "315.71"},
        };
        assertEquals(List.of(), sums(report(null, lines(twoBreakdowns))), "each numbered breakdown adds up on its own");
        twoBreakdowns[5][3] = "325.71";
        assertEquals(List.of(), sums(report(null, lines(twoBreakdowns))),
                "the sources still add up: one reading that holds is enough (conservative)");
        twoBreakdowns[2][3] = "441.06";
        Report r = report(null, lines(twoBreakdowns));
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), "no reading of the executed column adds up: " + f);
        assertEquals("sum.budget-sources", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "451.06", "441.06", "0");
    }
}
