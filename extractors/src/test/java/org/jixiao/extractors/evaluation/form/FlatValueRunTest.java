package org.jixiao.extractors.evaluation.form;

import static org.jixiao.extractors.evaluation.form.FlatDocs.assertQuotes;
import static org.jixiao.extractors.evaluation.form.FlatDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Forms a PDF text dump flattened onto one line with the row labels torn from their values ({@link FlatValueRun}):
 * invented names and numbers in that layout, asserting values, the columns they were read under, that provenance
 * quotes the text and that every place read is reported as guessed.
 */
class FlatValueRunTest {

    /** Two forms on one line; the first's 执行率 and the second's 执行数, 分值 and 执行率 displaced after other labels. */
    private static final String TWO_FORMS = "某某区绿化管理所2023年度项目自评价\n"
            + "财政项目支出绩效自评表 (2023 年度) 某某公园绿化养护 项目名称 主管部门 某某区绿化局 "
            + "年初预算数 全年预算数 全年执行数 分值 执行率 得分 180000.00 180000.00 152,316.4 10 8.46 "
            + "180000.00 180000.00 152316.4 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
            + "某某区绿化 管理所 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 84.62% 实际完成情况 已完成养护。 "
            + "一级指标 二级指标 数量指标 三级指标 养护面积完成 年度 指标值 实际 完成值 分值 得分 =100% 100% 20 20 "
            + "=100% 100% 30 30 >=90% 95% 40 38 100 96.46 率 产出指标 质量指标 效益指标 满意度指标 "
            + "服务对象满意度指标 总分 -1- 财政项目支出绩效自评表 (2023 年度) 项目名称 某某对口帮扶经费 主管部门 "
            + "某某区绿化局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 6.25 "
            + "其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 某某区绿化 "
            + "管理所 实施单位 18,750 预期目标 年度 总体 目标 10 62.50% 实际完成情况 已完成帮扶经费支付。 "
            + "一级指标 二级指标 三级指标 数量指标 产出指标 满意度 总分 -2- 年度 指标值\n";

    private static SourceDocument doc(String text) {
        return FlatDocs.of("run.txt", text);
    }

    private static FlatForms.Value assertValue(SourceDocument doc, FlatForms.Row row, BudgetColumn c, String printed) {
        FlatForms.Value v = value(row, c);
        assertTrue(v != null, c + " not read: " + row.values());
        assertEquals(printed, v.printed(), c.toString());
        assertQuotes(doc, v);
        return v;
    }

    /** The same text with one part replaced (the variations below change one number of the layout). */
    private static String with(String from, String to) {
        assertTrue(TWO_FORMS.contains(from), from);
        return TWO_FORMS.replace(from, to);
    }

    @Test
    void twoFormsWithDisplacedCells() {
        SourceDocument doc = doc(TWO_FORMS);
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertEquals(2, forms.size());

        FlatForms.Form first = forms.get(0);
        assertEquals("元", first.unit().symbol(), "the unit's label stands after the header: 项目资金 (元)");
        assertEquals(1, first.rows().size());
        FlatForms.Row total = first.rows().get(0);
        assertTrue(total.total());
        assertEquals("年度资金总额", total.label());
        FlatForms.Value initial = assertValue(doc, total, BudgetColumn.INITIAL, "180000.00");
        assertValue(doc, total, BudgetColumn.FULL_YEAR, "180000.00");
        FlatForms.Value executed = assertValue(doc, total, BudgetColumn.EXECUTED, "152,316.4");
        assertEquals(new BigDecimal("152316.4"), executed.number());
        assertValue(doc, total, BudgetColumn.WEIGHT, "10");
        assertValue(doc, total, BudgetColumn.SCORE, "8.46");
        FlatForms.Value rate = assertValue(doc, total, BudgetColumn.RATE, "84.62%");
        String text = doc.text().snippet(0, doc.text().length());
        assertEquals(text.indexOf("目标84.62%") + 2, rate.at().start(), "the displaced rate, where it was printed");
        assertTrue(initial.at().start() < executed.at().start() && executed.at().end() < rate.at().start());
        assertEquals(new BigDecimal("96.46"), first.score().number(), "总分 printed after its row's 100 96.46");
        assertQuotes(doc, first.score());
        assertEquals(text.indexOf("100 96.46") + 4, first.score().at().start());

        FlatForms.Form second = forms.get(1);
        assertEquals("某某对口帮扶经费", second.name());
        FlatForms.Row row = second.rows().get(0);
        assertValue(doc, row, BudgetColumn.INITIAL, "30000.00");
        assertValue(doc, row, BudgetColumn.FULL_YEAR, "30000.00");
        FlatForms.Value exec2 = assertValue(doc, row, BudgetColumn.EXECUTED, "18,750");
        assertEquals(text.indexOf("实施单位18,750") + 4, exec2.at().start());
        assertValue(doc, row, BudgetColumn.WEIGHT, "10");
        assertValue(doc, row, BudgetColumn.RATE, "62.50%");
        assertValue(doc, row, BudgetColumn.SCORE, "6.25");
        assertNull(second.score(), "the second form's 总分 has no row before it");

        Set<Provenance> guessed = FlatForms.guessedGrid(doc);
        for (FlatForms.Form f : forms) {
            f.rows().get(0).values().forEach(v -> assertTrue(guessed.contains(v.at()), v + " is marked guessed"));
        }
        assertTrue(guessed.contains(first.score().at()));
    }

    @Test
    void evaluationsOfTheTwoForms() {
        List<Evaluation> es = FormEvaluations.extract(doc(TWO_FORMS));
        assertEquals(2, es.size(), es.toString());
        Evaluation e = es.get(0);
        assertEquals(new BigDecimal("96.46"), e.score());
        assertEquals(new BigDecimal("152316.4"), e.budget().executed().value());
        assertEquals(0, new BigDecimal("84.62").compareTo(e.budget().rate().value()));
        assertEquals(BudgetBlock.SECTION_NAME, e.sections().get(0).name());
        assertEquals(new BigDecimal("10"), e.sections().get(0).weight());
        assertEquals(new BigDecimal("8.46"), e.sections().get(0).score());
        assertEquals(new BigDecimal("18750"), es.get(1).budget().executed().value());
    }

    /** Without the displaced cells, 30000.00 30000.00 6.25 fits several columns: nothing of it is read. */
    @Test
    void ambiguousRowWithoutDisplacedCellsReadsNothing() {
        SourceDocument doc = doc(with("实施单位 18,750 预期目标 年度 总体 目标 10 62.50%", "实施单位 预期目标 年度 总体 目标"));
        FlatForms.Form second = FlatForms.read(doc).get(1);
        assertTrue(second.rows().isEmpty(), second.rows().toString());
    }

    /**
     * A number after another label that 执行数 ÷ 预算数 does not give is no displaced rate; then nothing confirms
     * where the first row ends (the second row's values follow it in the run), so nothing of it is read.
     */
    @Test
    void displacedNumberThatDoesNotCheckIsNotTaken() {
        FlatForms.Form first = FlatForms.read(doc(with("目标 84.62%", "目标 55.00%"))).get(0);
        assertTrue(first.rows().isEmpty(), first.rows().toString());
    }

    /** A run that ends with the first row and prints no rate: its amounts are read in order, 分值/得分 not. */
    @Test
    void runEndingWithTheFirstRowReadsItsAmounts() {
        SourceDocument doc = doc(with("10 8.46 180000.00 180000.00 152316.4 — 上年结转资金", "10 8.46 上年结转资金")
                .replace("目标 84.62%", "目标"));
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertValue(doc, total, BudgetColumn.INITIAL, "180000.00");
        assertValue(doc, total, BudgetColumn.EXECUTED, "152,316.4");
        assertNull(value(total, BudgetColumn.RATE));
        assertNull(value(total, BudgetColumn.WEIGHT), "10 and 8.46: only 得分 = 分值 × 执行率 tells which is which");
        assertNull(value(total, BudgetColumn.SCORE));
    }

    /** Headers with their bracketed suffixes and the rate in the run: the rate itself confirms the first row. */
    @Test
    void rateInTheRunConfirmsTheFirstRow() {
        SourceDocument doc = doc("某某县项目支出绩效自评表 项目名称 某某河道清淤 资金投入情况 (万元) 全年预算数(A) 全年执行数(B) "
                + "执行率(B/A) 56.00 50.40 90.00% 56.00 50.40 — 0 0 — 年度资金总额 其中:中央财政资金 其他资金 "
                + "年度总体目标 完成清淤12公里 一级指标\n");
        FlatForms.Form f = FlatForms.read(doc).get(0);
        assertEquals("万元", f.unit().symbol());
        FlatForms.Row total = f.rows().get(0);
        assertEquals("全年预算数(A)", assertValue(doc, total, BudgetColumn.FULL_YEAR, "56.00").header());
        assertValue(doc, total, BudgetColumn.EXECUTED, "50.40");
        assertValue(doc, total, BudgetColumn.RATE, "90.00%");
        assertEquals(3, total.values().size(), "the second row's 56.00 50.40 is not the first's: " + total.values());
        assertTrue(f.guessed().containsAll(total.values().stream().map(FlatForms.Value::at).toList()));
    }

    /** A rate in the run that the amounts do not give: the amounts are in the wrong columns and are not read. */
    @Test
    void amountsARateContradictsAreNotRead() {
        SourceDocument doc = doc("某某乡卫生院项目支出绩效自评表 项目名称 某某公共卫生服务 全年预算数 全年执行数 分值 执行率 得分 "
                + "0 88.60 10 100% 10 88.60 — 100% — 其中:当年财政拨款 上年结转资金 其他资金 一级指标\n");
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertNull(value(total, BudgetColumn.FULL_YEAR), "0 is the displaced 年初预算数, not 全年预算数");
        assertNull(value(total, BudgetColumn.EXECUTED));
        assertValue(doc, total, BudgetColumn.RATE, "100%");
        assertValue(doc, total, BudgetColumn.WEIGHT, "10");
        assertValue(doc, total, BudgetColumn.SCORE, "10");
    }

    /** Indicator rows whose labels were torn off: their 分值/得分 pairs, read because they add up to the 总分 row. */
    @Test
    void tornIndicatorRowsThatAddUpToTheTotalRow() {
        SourceDocument doc = doc(TWO_FORMS);
        FlatForms.Form first = FlatForms.read(doc).get(0);
        List<FlatIndicators.Line> rows = first.tornRows();
        assertEquals(3, rows.size(), rows.toString());
        FlatIndicators.Line third = rows.get(2);
        assertEquals(String.format(FlatTornRows.ROW_NAME, 3), third.label());
        assertEquals("40", third.weight().printed());
        assertEquals("38", third.score().printed());
        assertQuotes(doc, third.weight());
        assertQuotes(doc, third.score());
        String text = doc.text().snippet(0, doc.text().length());
        assertEquals(text.indexOf("40 38 100 96.46"), third.weight().at().start());
        Set<Provenance> guessed = FlatForms.guessedGrid(doc);
        rows.forEach(l -> assertTrue(guessed.contains(l.weight().at()) && guessed.contains(l.score().at())));
    }

    /** Pairs that do not add up to the 总分 row (38 printed as 37) are not read; the 总分 itself still is. */
    @Test
    void tornRowsThatDoNotAddUpAreNotRead() {
        FlatForms.Form first = FlatForms.read(doc(with("40 38 100 96.46", "40 37 100 96.46"))).get(0);
        assertTrue(first.tornRows().isEmpty(), first.tornRows().toString());
        assertEquals(new BigDecimal("96.46"), first.score().number());
    }

    /** The numbers before a torn 总分 label are a score only after the full marks 100. */
    @Test
    void tornScoreLabelNeedsTheFullMarksBeforeIt() {
        FlatForms.Form first = FlatForms.read(doc(with("40 38 100 96.46", "40 38"))).get(0);
        assertNull(first.score());
    }

    /** The page number after a torn 总分 label (总分 -1-) is no section weight of the prose reading. */
    @Test
    void pageNumberAfterTornScoreLabelIsNoWeight() {
        Report r = new ReportExtractor().extract(doc(TWO_FORMS));
        r.evaluations().forEach(e -> e.sections().forEach(s -> assertTrue(s.weight() == null
                || s.weight().signum() > 0, s.toString())));
        assertEquals(2, r.evaluations().size(), r.evaluations().toString());
    }

    /** A displaced rate a little off 执行数 ÷ 预算数: the rate check's finding is a warning, the grid being guessed. */
    @Test
    void differenceOverDisplacedCellsIsNoError() {
        SourceDocument doc = doc(with("目标 84.62%", "目标 83.90%"));
        Report r = new ReportExtractor().extract(doc);
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR), r.findings().toString());
        Finding rate = r.findings().stream().filter(f -> f.rule().equals("rate")
                && f.at().stream().anyMatch(p -> p.text().equals("83.90%"))).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals(Finding.Severity.WARNING, rate.severity());
    }
}
