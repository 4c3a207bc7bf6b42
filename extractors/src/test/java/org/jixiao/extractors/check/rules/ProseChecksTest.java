package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The prose checks (itemised totals, rates beside their operands, the rest of a counted list, unit slips) on
 * invented passages in the layouts of real reports: a passing case, a rounding-only case and a failing one each,
 * with code, severity and evidence pinned.
 */
class ProseChecksTest {

    private static Report report(String prose) {
        SourceFile f = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        return new ReportExtractor().extract(new DocumentBuilder(f).text(prose, null, Mode.LINES).build());
    }

    private static List<Finding> of(Report r, String rule, String codePrefix) {
        return r.findings().stream().filter(f -> f.rule().equals(rule) && f.code().startsWith(codePrefix)).toList();
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

    // --- sum: itemised totals --------------------------------------------------------------------------------

    @Test
    void aQiZhongListAfterAFullStopIsItemisedAndMayNotExceedTheTotal() {
        String ok = "某某县下达水利发展资金1234万元。其中：河道治理800万元，水库维修234万元，饮水工程200万元。资金已到位。";
        assertEquals(List.of(), of(report(ok), "sum", "sum.prose"));
        String rounded = "某某县下达水利发展资金1234.9万元。其中：河道治理800.2万元，水库维修234.3万元，饮水工程200万元。";
        assertEquals(List.of(), of(report(rounded), "sum", "sum.prose"), "200 allows ±0.5");
        Report r = report("某某县下达水利发展资金1234万元。其中：河道治理800万元，水库维修334万元，饮水工程200万元。资金已到位。");
        List<Finding> f = of(r, "sum", "sum.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-total", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "1234万元", "800万元", "334万元", "200万元");
    }

    @Test
    void aListEndsWhereItsPartsAlreadyMakeTheTotal() {
        String restated = "项目批复总投资42.6万元，其中省级资金21.3万元，县级配套资金21.3万元，2022年度下达资金42.6万元。";
        assertEquals(List.of(), of(report(restated), "sum", "sum.prose"),
                "the third figure restates the total, it is not a part");
    }

    @Test
    void aCompleteLookingListThatFallsShortIsAWarningAndAPartialOneIsNothing() {
        String partial = "本年支出500万元，其中：培训费120万元，印刷费80万元。";
        assertEquals(List.of(), of(report(partial), "sum", "sum.prose"), "two parts far below: a selection");
        String etc = "本年支出500万元，其中：培训费220万元，印刷费130万元，差旅费140万元等。";
        assertEquals(List.of(), of(report(etc), "sum", "sum.prose"), "等 says the list is partial");
        Report r = report("本年支出500万元，其中：培训费220万元，印刷费130万元，差旅费140万元。");
        List<Finding> f = of(r, "sum", "sum.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-shortfall", f.get(0).code());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("490万元", f.get(0).expected());
        assertQuotes(r, f.get(0), "500万元", "220万元", "130万元", "140万元");
    }

    @Test
    void countsAddAcrossUnitsNamedInTheirParenthesis() {
        String ok = "共安装设备300套(台、件)，其中：主平台120套(台、件)；分平台80套(台、件)，前端设备100台(套)。";
        assertEquals(List.of(), of(report(ok), "sum", "sum.prose"));
        Report r = report("共安装设备300套(台、件)，其中：主平台120套(台、件)；分平台90套(台、件)，前端设备100台(套)。");
        List<Finding> f = of(r, "sum", "sum.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-total", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "300套", "120套", "90套", "100台");
    }

    @Test
    void aWeiListEndsAtAStrongerSeparator() {
        String ok = "省级资金88.5万元，为道路建设40万元，河堤维修48.5万元；市级资金30万元，为奖补10万元，生态补偿20万元。";
        assertEquals(List.of(), of(report(ok), "sum", "sum.prose"), "the 市级 list is not a part of the 省级 one");
        Report r = report("省级资金88.5万元，为道路建设40万元，河堤维修58.5万元；市级资金30万元，为奖补10万元，生态补偿20万元。");
        List<Finding> f = of(r, "sum", "sum.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "88.5万元", "40万元", "58.5万元");
    }

    @Test
    void anItemisationThatFallsShortIsAWarning() {
        String ok = "一是某某管理处，下达预算资金600万元。具体是：修缮工程350万元；检测工程150万元；消防工程100万元。";
        assertEquals(List.of(), of(report(ok), "sum", "sum.prose"));
        Report r = report("一是某某管理处，下达预算资金700万元。具体是：修缮工程350万元；检测工程150万元；消防工程100万元。");
        List<Finding> f = of(r, "sum", "sum.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals("sum.prose-shortfall", f.get(0).code());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertQuotes(r, f.get(0), "700万元", "350万元", "150万元", "100万元");
    }

    @Test
    void anEnumerationMayNotExceedTheTotalOfItsSubject() {
        String ok = "下达资金共900万元，其中下达县区300万元；市直单位600.00万元。市直单位项目有：一是某某馆，下达预算资金400万元。"
                + "二是某某中心，下达预算资金200万元。";
        assertEquals(List.of(), of(report(ok), "sum", "sum.prose"));
        Report r = report("下达资金共900万元，其中下达县区300万元；市直单位600.00万元。市直单位项目有：一是某某馆，下达预算资金450万元。"
                + "二是某某中心，下达预算资金200万元。");
        List<Finding> f = of(r, "sum", "sum.prose-enumeration");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertQuotes(r, f.get(0), "600.00万元", "450万元", "200万元");
    }

    @Test
    void sectionScoresListedAfterTheTotalScoreAddUpToIt() {
        Report over = report("自评得分90分，其中产出指标得分45分，效益指标得分30分，满意度指标得分10分，预算执行率得分10分。");
        List<Finding> f = of(over, "sum", "sum.prose-total");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity(), "95 of parts cannot fit in 90");
        assertQuotes(over, f.get(0), "90分", "45分", "30分", "10分", "10分");
        assertEquals(List.of(), of(report("自评得分95分，其中产出指标得分45分，效益指标得分30分，满意度指标得分10分，预算执行率得分10分。"),
                "sum", "sum.prose-total"));
        assertEquals(List.of(), of(report("总分100分，其中产出指标40分，效益指标30分，满意度指标10分，预算执行10分，自评得分95分。"),
                "sum", "sum.prose-total"), "the self-evaluation's own score after the weights is no part");
        assertEquals(List.of(), of(report("自评得分95分，其中产出指标扣3分，效益指标扣2分。"), "sum", "sum.prose-total"),
                "deductions are no parts");
    }

    // --- rate: a rate beside its operands --------------------------------------------------------------------

    @Test
    void aProseRateIsRecomputedFromTheAmountsOfItsParagraph() {
        String ok = "全年安排专项资金共计1500.00万元，执行率100%。目前已拨付资金600.45万元，其余正在拨付，实际支出率40.03%。";
        assertEquals(List.of(), of(report(ok), "rate", "rate.prose"));
        Report truncated = report("全年安排专项资金共计1500.00万元。目前已拨付资金600.45万元，实际支出率40.02%。");
        List<Finding> t = of(truncated, "rate", "rate.prose");
        assertEquals(1, t.size(), "40.03 rounded, 40.02 only truncated: " + t);
        assertEquals(Finding.Severity.INFO, t.get(0).severity());
        assertQuotes(truncated, t.get(0), "40.02%", "600.45万元", "1500.00万元");
        Report wrong = report("全年安排专项资金共计1500.00万元。目前已拨付资金600.45万元，实际支出率40.43%。");
        List<Finding> w = of(wrong, "rate", "rate.prose");
        assertEquals(1, w.size(), w.toString());
        assertEquals(Finding.Severity.WARNING, w.get(0).severity(), "the denominator is inferred: at most a warning");
        assertQuotes(wrong, w.get(0), "40.43%", "600.45万元", "1500.00万元");
        String far = "全年安排专项资金共计1500.00万元。目前已拨付资金600.45万元，实际支出率80.06%。";
        assertEquals(List.of(), of(report(far), "rate", "rate.prose"), "a far miss: another denominator");
    }

    @Test
    void aFarMissIsShownWhenTheSentenceNamesTheBudgetTheSpendingAndTheRate() {
        Report r = report("本年度部门预算资金全年预算数600.00万元，实际支出450.00万元，预算执行率95%。");
        List<Finding> f = of(r, "rate", "rate.prose");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity(), "read from words, not a printed form: a warning");
        assertTrue(f.get(0).message().contains("75"), f.get(0).message());
        assertQuotes(r, f.get(0), "95%", "450.00万元", "600.00万元");
        assertEquals(List.of(), of(report("本年度部门预算资金全年预算数600.00万元，实际支出570.00万元，预算执行率95%。"),
                "rate", "rate.prose"), "the quotient holds");
        assertEquals(List.of(), of(report("全年预算数600.00万元，上年结转120.00万元，实际支出450.00万元，预算执行率95%。"),
                "rate", "rate.prose"), "two amounts before the spending: which one divides is not stated");
        Report both = report("项目年初预算数为240.00万元，全年预算数为260.00万元，全年执行数为247.00万元，预算执行率为96%。");
        List<Finding> b = of(both, "rate", "rate.prose");
        assertEquals(1, b.size(), "96% is neither 247÷240 nor 247÷260: " + b);
        assertEquals(Finding.Severity.WARNING, b.get(0).severity());
        assertQuotes(both, b.get(0), "96%", "247.00万元", "260.00万元");
        assertEquals(List.of(), of(report("项目年初预算数为240.00万元，全年预算数为260.00万元，全年执行数为247.00万元，预算执行率为95%。"),
                "rate", "rate.prose"), "one of the budgets it names explains the rate");
    }

    // --- count: the rest of a counted list -------------------------------------------------------------------

    @Test
    void theItemsAfterShengYuAreTheRestOfTheStatedCount() {
        String ok = "6个项目均完工，其中2个项目资金执行100%，剩余甲项目99.1%；乙项目98.2%，丙项目97.3%，丁项目96.4%。";
        assertEquals(List.of(), of(report(ok), "count", "count.remainder"));
        Report r = report("8个项目均完工，其中2个项目资金执行100%，剩余甲项目99.1%；乙项目98.2%，丙项目97.3%，丁项目96.4%。");
        List<Finding> f = of(r, "count", "count.remainder");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("6个", f.get(0).expected());
        assertQuotes(r, f.get(0), "8个项目", "99.1%", "98.2%", "97.3%", "96.4%");
    }

    // --- unit: a measure word inside a money unit ------------------------------------------------------------

    @Test
    void aMeasureWordInsideAMoneyUnitIsASlip() {
        String ok = "拨付资金150万元，其中直接补助145万元(每亩145元)，间接费用5万元(每亩5元)，元旦前完成。";
        assertEquals(List.of(), of(report(ok), "unit", "unit.slip"));
        Report r = report("拨付资金150万元，其中直接补助145万元(每亩145元)，间接费用5万亩元(每亩5元)。");
        List<Finding> f = of(r, "unit", "unit.slip");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("万元", f.get(0).expected());
        assertQuotes(r, f.get(0), "5万亩元");
    }

    // --- duplicate: one allocation document, two amounts -----------------------------------------------------

    @Test
    void oneAllocationDocumentCitedWithTwoAmountsIsAWarning() {
        String same = "某市财政局某财农指〔2024〕17号文件《关于下达资金的通知》，下达某某县资金8万元。\n"
                + "某市财政局某财农指〔2024〕17号文件《关于下达资金的通知》，下达某某县道路养护8万元。";
        assertEquals(List.of(), of(report(same), "duplicate", "duplicate.allocation"));
        String two = "某市财政局某财农指〔2024〕17号文件，下达某某县资金8万元，其中道路养护3万元、河道保洁5万元。\n"
                + "某市财政局某财农指〔2024〕17号文件，下达某某县道路养护3万元。";
        assertEquals(List.of(), of(report(two), "duplicate", "duplicate.allocation"),
                "a sentence with several amounts is not compared");
        Report r = report("某市财政局某财农指〔2024〕17号文件《关于下达资金的通知》，下达某某县资金8万元。\n"
                + "某市财政局某财农指〔2024〕17号文件《关于下达资金的通知》，下达某某县道路养护9万元。");
        List<Finding> f = of(r, "duplicate", "duplicate.allocation");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertQuotes(r, f.get(0), "〔2024〕17号", "8万元", "〔2024〕17号", "9万元");
    }

    // --- unit: a 万元 form filled in 元 -----------------------------------------------------------------------

    private static Report formIn(String amount) {
        var doc = Built.doc("项目资金（万元） 年初预算数 " + amount + " 全年执行数 " + amount);
        String text = doc.text().text();
        int i = text.indexOf(amount);
        int j = text.indexOf(amount, i + 1);
        var initial = new org.jixiao.extractors.model.Amount(new java.math.BigDecimal(amount), "万元", null,
                Provenance.ofText(null, i, i + amount.length(), amount));
        var executed = new org.jixiao.extractors.model.Amount(new java.math.BigDecimal(amount), "万元", null,
                Provenance.ofText(null, j, j + amount.length(), amount));
        var e = new org.jixiao.extractors.model.Evaluation(org.jixiao.extractors.model.Evaluation.Scope.PROJECT,
                "某某镇道路维修", new org.jixiao.extractors.model.Budget(initial, null, executed, null), null, null,
                null, List.of(), List.of(), null);
        return Built.report(doc, List.of(e));
    }

    @Test
    void aProjectFormInWanYuanWithAmountsOfYuanIsAWarning() {
        assertEquals(List.of(), new UnitRule().check(formIn("14500.00")), "a plausible project");
        assertEquals(List.of(), new UnitRule().check(formIn("9999999.99")), "just below the ceiling");
        Report r = formIn("14500000.00");
        List<Finding> f = new UnitRule().check(r).stream().filter(x -> x.code().equals("unit.implausible")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("1450万元", f.get(0).expected());
        assertQuotes(r, f.get(0), "14500000.00", "14500000.00");
    }

    @Test
    void twoBreakdownsOfOneTotalMustAgree() {
        String ok = "年度资金总额 300.50 300.50\n按收入性质分:300.50\n按支出性质分:300.50\n其中：一般公共预算:250.50\n其中：基本支出:200.00";
        assertEquals(List.of(), of(report(ok), "sum", "sum.breakdowns"));
        String rounded = "按收入性质分:300.5\n按支出性质分:300.46\n其中：一般公共预算:250.50";
        assertEquals(List.of(), of(report(rounded), "sum", "sum.breakdowns"), "300.5 allows ±0.05");
        Report r = report("年度资金总额 300.50 300.50\n按收入性质分:300.50\n按支出性质分:280.25\n其中：一般公共预算:250.50");
        List<Finding> f = of(r, "sum", "sum.breakdowns");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertQuotes(r, f.get(0), "300.50", "280.25");
    }

    // --- score-range: proportional scores without the cap, weights unprinted ---------------------------------

    private static Report unweighted(String overScore) {
        String passage = "培育合作社 12 6 10.0\n带动农户 5000 2400 9.6\n实现产值 6000 7500 " + overScore;
        var doc = Built.doc(passage);
        var rows = List.of(
                new org.jixiao.extractors.model.Indicator("产出指标", "数量指标", "培育合作社", "12", "6", null, null,
                        Built.d("10.0"), null, Built.at(doc, "培育合作社")),
                new org.jixiao.extractors.model.Indicator("产出指标", "数量指标", "带动农户", "5000", "2400", null, null,
                        Built.d("9.6"), null, Built.at(doc, "带动农户")),
                new org.jixiao.extractors.model.Indicator("效益指标", "经济效益指标", "实现产值", "6000", "7500", null, null,
                        Built.d(overScore), null, Built.at(doc, "实现产值")));
        return Built.report(doc, List.of(Built.project("某某扶持项目", List.of(), rows, null)));
    }

    @Test
    void anUncappedProportionalScoreAboveItsImpliedWeightIsAWarning() {
        assertEquals(List.of(), new ScoreRangeRule().check(unweighted("20")), "capped at the weight 20: fine");
        assertEquals(List.of(), new ScoreRangeRule().check(unweighted("18.3")), "no round weight explains it");
        Report r = unweighted("25.0");
        List<Finding> f = new ScoreRangeRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("score-range.uncapped", f.get(0).code());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("≤20", f.get(0).expected());
        assertQuotes(r, f.get(0), "实现产值");
    }

    // --- rate: whole amounts and a rate to hundredths ------------------------------------------------------

    private static Report budget(String full, String executed, String rate) {
        var doc = Built.doc("年度资金总额：全年预算数" + full + "，全年执行数" + executed + "，执行率" + rate + "%");
        var e = new org.jixiao.extractors.model.Evaluation(org.jixiao.extractors.model.Evaluation.Scope.PROJECT,
                "某某防疫补助", new org.jixiao.extractors.model.Budget(null,
                        new org.jixiao.extractors.model.Amount(Built.d(full), "万元", null, Built.at(doc, "全年预算数" + full)),
                        new org.jixiao.extractors.model.Amount(Built.d(executed), "万元", null,
                                Built.at(doc, "全年执行数" + executed)),
                        new org.jixiao.extractors.model.Rate(Built.d(rate), "%", Built.at(doc, rate + "%"))),
                null, null, null, List.of(), List.of(), null);
        return Built.report(doc, List.of(e));
    }

    @Test
    void aRateToHundredthsOverWholeAmountsIsRecomputedAtThePrintedValues() {
        assertEquals(List.of(), new RateRule().check(budget("250", "80", "32.00")), "80 / 250 is 32.00% exactly");
        assertEquals(List.of(), new RateRule().check(budget("250", "80", "32")), "a whole rate: no claim of precision");
        Report r = budget("250", "80", "32.20");
        List<Finding> f = new RateRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("rate.execution-whole", f.get(0).code());
        assertEquals(Finding.Severity.INFO, f.get(0).severity(), "the amounts may be rounded: only a note");
        assertEquals("32.00%", f.get(0).expected());
        assertQuotes(r, f.get(0), "32.20%", "80", "250");
        List<Finding> wrong = new RateRule().check(budget("250", "80", "35.40"));
        assertEquals(List.of("rate.execution"), wrong.stream().map(Finding::code).toList(), "beyond rounding");
        assertEquals(Finding.Severity.ERROR, wrong.get(0).severity());
    }
}
