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
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The {@code unit} rule: a department form in 万元 and the prose sentence that restates its budget
 * ("2022年全年预算数为…，全年执行数为…，预算执行率为…", as the reports write it), the prose in the right unit,
 * in 元 correctly converted, rounded to 亿元, and in the wrong unit.
 */
class UnitRuleTest {

    private static TableDraft departmentForm(String name, String initial, String fullYear, String executed) {
        TableDraft t = new TableDraft().caption("单位：万元");
        String[][] rows = {
                {"部门（单位）名称", name, "自评得分", "91"},
                {"年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                {"年度资金总额", initial, fullYear, executed, "10", "91.03%", "9.1"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        return t;
    }

    private static Report report(String prose) {
        SourceFile f = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        DocumentBuilder b = new DocumentBuilder(f).text(prose, null, Mode.LINES);
        b.table(departmentForm("临澜新区应急管理局", "2059.52", "2059.52", "1874.71"));
        return new ReportExtractor().extract(b.build());
    }

    private static List<Finding> units(Report r) {
        return new UnitRule().check(r);
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
    void theSameAmountInTheSameUnitRaisesNothing() {
        assertEquals(List.of(), units(report("2022年全年预算数为2059.52万元，全年执行数为1874.71万元，预算执行率为91.03%。")));
    }

    @Test
    void aCorrectConversionOrARoundingToAnotherUnitRaisesNothing() {
        assertEquals(List.of(), units(report("2022年全年预算数为20595200元，全年执行数为18747100元。")));
        assertEquals(List.of(), units(report("2022年全年预算数为0.21亿元，全年执行数为0.19亿元。")),
                "0.21亿元 admits 2050万元 to 2150万元: the form's 2059.52万元 is among them");
    }

    @Test
    void theFormsDigitsWithTheWrongUnitAreAnError() {
        Report r = report("2022年全年预算数为2059.52元，全年执行数为1874.71万元，预算执行率为91.03%。");
        List<Finding> f = units(r);
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals("unit", x.rule());
        assertEquals("unit.magnitude", x.code());
        assertEquals(Finding.Severity.ERROR, x.severity());
        assertEquals("2059.52元", x.actual());
        assertEquals("2059.52万元", x.expected());
        assertTrue(x.tolerance().contains("10^-4"), x.tolerance());
        assertQuotes(r, x, "2059.52", "2059.52");
        assertEquals(null, x.at().get(0).table(), "the prose figure first");
        assertEquals(0, x.at().get(1).table(), "then the form's cell");
    }

    @Test
    void aRoundedCopyInTheWrongUnitIsStillAnError() {
        Report r = report("全年执行数为1874.7元。");
        List<Finding> f = units(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity(), "1874.71 rounded to one decimal is 1874.7");
        assertQuotes(r, f.get(0), "1874.7", "1874.71");
    }

    /**
     * The form printed without its grid (a web page copied as text, cells run together): its amounts are the form's
     * as much as a table's cells, so the prose that writes one in 元 is caught the same way.
     */
    @Test
    void aFormWhoseCellsRanTogetherIsComparedToo() {
        Report r = Passages.flatDepartmentFormAfter("2022年全年预算数为677.31元，全年执行数为582.68万元，预算执行率为86.03%。");
        List<Finding> f = units(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "677.31元", "677.31");
    }

    @Test
    void aFigureInYuanLabelledWanIsAnError() {
        // as in a real report: 部门预算批复资金 4774760.72 万元 beside the form's 477.48万元
        SourceFile file = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        DocumentBuilder b = new DocumentBuilder(file).text("2021年部门预算批复资金4774760.72万元，实际到位和支出金额为4510555.8万元。",
                null, Mode.LINES);
        b.table(departmentForm("城乡社区发展治理委员会", "477.48", "477.48", "451.06"));
        Report r = new ReportExtractor().extract(b.build());
        List<Finding> f = units(r);
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Finding.Severity.ERROR && x.code().equals("unit.magnitude")));
        assertQuotes(r, f.get(0), "4774760.72", "477.48");
        assertQuotes(r, f.get(1), "4510555.8", "451.06");
    }

    @Test
    void aHundredfoldIsNotAUnitSlip() {
        assertEquals(List.of(), units(report("全年执行数为18.75万元。")),
                "10² separates a percentage from its number, not 万元 from 元");
    }

    @Test
    void anAmountNotTiedToABudgetRoleIsNotCompared() {
        assertEquals(List.of(), units(report("本年度收入总额2059.52元，上年为1163.40万元。")),
                "收入总额 names no budget role of the form: matching by value alone would be an accident");
    }
}
