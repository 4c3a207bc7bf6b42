package org.jixiao.extractors.evaluation.form;

import static org.jixiao.extractors.evaluation.form.FlatDocs.assertQuotes;
import static org.jixiao.extractors.evaluation.form.FlatDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.junit.jupiter.api.Test;

/**
 * Forms whose grid was lost, one test per layout met in published reports, with invented names and numbers:
 * each asserts the values read, the columns they were read under, and that provenance quotes the text.
 */
class FlatFormsTest {

    private static SourceDocument doc(String text) {
        return FlatDocs.of("flat.txt", text);
    }

    /** Shanghai-style: each line a label with its cells run together, the header words run together too. */
    @Test
    void cellsRunTogetherOnEachLine() {
        SourceDocument doc = doc("""
                财政项目支出绩效自评表
                项目名称河道保洁养护
                主管部门某某镇人民政府实施单位某某镇人民政府
                项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分
                年度资金总额2345.602345.602111.041090.0%9
                其中:当年财政拨款   -0.0%-
                上年结转资金   -0.0%-
                年度总体目标预期目标实际完成情况
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分
                总分:87
                """);
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertEquals(1, forms.size());
        FlatForms.Form f = forms.get(0);
        assertEquals("河道保洁养护", f.name());
        assertEquals(Scope.PROJECT, f.scope());
        assertEquals("万元", f.unit().symbol());
        FlatForms.Row total = f.rows().get(0);
        assertTrue(total.total());
        assertEquals("2345.60", value(total, BudgetColumn.INITIAL).printed());
        assertEquals("2345.60", value(total, BudgetColumn.FULL_YEAR).printed());
        assertEquals("2111.04", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("10", value(total, BudgetColumn.WEIGHT).printed());
        assertEquals("90.0%", value(total, BudgetColumn.RATE).printed());
        assertEquals("9", value(total, BudgetColumn.SCORE).printed());
        total.values().forEach(v -> assertQuotes(doc, v));
        assertEquals(new BigDecimal("87"), f.score().number());
        assertQuotes(doc, f.score());

        Evaluation e = FormEvaluations.extract(doc).get(0);
        assertEquals(new BigDecimal("2111.04"), e.budget().executed().value());
        assertEquals(0, new BigDecimal("21110400").compareTo(e.budget().executed().yuan()));
        assertEquals(new BigDecimal("87"), e.score());
        assertEquals(new BigDecimal("10"), e.sections().get(0).weight());
    }

    @Test
    void aProjectNameEndsWhereItsResponsiblePersonsLabelBegins() {
        SourceDocument doc = doc("2021年度县级专项资金绩效目标自评表专项资金名称县级林木良种补贴负责人及电话张某某、李某某县级主管部门望川县林业局"
                + "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额88.588.5100%其中:县级资金88.588.5100%其他资金年度总体目标");
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertEquals(1, forms.size());
        assertEquals("县级林木良种补贴", forms.get(0).name());
    }

    /**
     * A form copied from a PDF with its cells between single spaces, its rate printed without %: a bare number under
     * 执行率 is the rate only where 执行数 ÷ 预算数 gives it; a line printing no rate keeps its 10 and 10 as 分值 and 得分.
     */
    @Test
    void aRateWithoutItsPercentSignIsReadWhereTheArithmeticConfirmsIt() {
        SourceDocument doc = doc("""
                项目支出绩效自评表
                项目名称 乡村道路养护
                项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
                年度资金总额: 120 120 108 10 90 9
                其中:本年财政拨款 120 120 108
                年度总体目标
                """);
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertEquals("90", value(total, BudgetColumn.RATE).printed());
        assertEquals("9", value(total, BudgetColumn.SCORE).printed());
        total.values().forEach(v -> assertQuotes(doc, v));

        SourceDocument noRate = doc("""
                项目支出绩效自评表
                项目名称 乡村道路养护
                项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
                年度资金总额: 120 120 120 10 10
                其中:本年财政拨款 120 120 120 - -
                年度总体目标
                """);
        FlatForms.Row line = FlatForms.read(noRate).get(0).rows().get(0);
        assertNull(value(line, BudgetColumn.RATE), "10 is not 120 ÷ 120");
        assertEquals("10", value(line, BudgetColumn.WEIGHT).printed());
        assertEquals("10", value(line, BudgetColumn.SCORE).printed());
        assertEquals("120", value(line, BudgetColumn.EXECUTED).printed());
    }

    /**
     * A special-funds template: the funds that arrived (实际到位资金) and what is left (结余) stand between the
     * budget columns. They fill no budget field, but the line splits only when they are known columns; before, the
     * header was no header and the project forms of such a report were not found.
     */
    @Test
    void arrivedAndBalanceColumnsSplitTheLine() {
        SourceDocument doc = doc("""
                项目支出绩效自评表
                项目名称乡村道路养护自评得分92.5
                项目资金（万元）计划安排资金实际到位资金实际支出结余分值执行率得分
                合计64.2064.2060.084.121093.6%9.4
                其中：财政资金40.0040.0038.501.5096.3%
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分
                总分10092.5
                """);
        FlatForms.Form f = FlatForms.read(doc).get(0);
        assertEquals("乡村道路养护", f.name());
        FlatForms.Row total = f.rows().get(0);
        assertEquals("64.20", value(total, BudgetColumn.FULL_YEAR).printed());
        assertEquals("64.20", value(total, BudgetColumn.ARRIVED).printed());
        assertEquals("60.08", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("4.12", value(total, BudgetColumn.BALANCE).printed());
        assertEquals("10", value(total, BudgetColumn.WEIGHT).printed());
        assertEquals("93.6%", value(total, BudgetColumn.RATE).printed());
        assertEquals("9.4", value(total, BudgetColumn.SCORE).printed());
        total.values().forEach(v -> assertQuotes(doc, v));

        Evaluation e = FormEvaluations.extract(doc).get(0);
        assertEquals(new BigDecimal("64.20"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("60.08"), e.budget().executed().value());
        assertEquals(new BigDecimal("92.5"), e.score());
    }

    /**
     * A department form labelled 单位名称 (or 预算部门名称) with its score label on the same line: the label names the
     * department, and the name ends where the score's label begins.
     */
    @Test
    void aUnitNameLabelNamesTheDepartmentAndEndsAtTheScoreLabel() {
        SourceDocument doc = doc("""
                部门整体支出绩效自评表（2023年度）
                单位名称某某县林业和草原局综合得分88.6
                年度2023年度评价结果良
                年度预算执行情况（万元）年初预算调整后预算数预算执行数权重执行率得分
                资金总额1200.001300.001235.001095.0%9.5
                """);
        FlatForms.Form f = FlatForms.read(doc).get(0);
        assertEquals("某某县林业和草原局", f.name(), "not run on into 综合得分");
        assertEquals(Scope.DEPARTMENT, f.scope(), "单位名称 names the department");
        FlatForms.Row total = f.rows().get(0);
        assertEquals("1300.00", value(total, BudgetColumn.FULL_YEAR).printed(), "调整后预算数");
        assertEquals("1235.00", value(total, BudgetColumn.EXECUTED).printed(), "预算执行数");
        total.values().forEach(v -> assertQuotes(doc, v));
        assertEquals(new BigDecimal("88.6"), f.score().number());
        assertQuotes(doc, f.score());
        assertEquals("良", f.grade(), "评价结果良: the header block's grade");
        assertEquals("良", FlatForms.evaluations(List.of(f)).get(0).grade());
    }

    /** A whole form on one line; the split of 2001090.00% is told by 执行数 ÷ 预算数 and the sources' ceiling. */
    @Test
    void theHeaderBlockStatesTheGradeOneCellALineToo() {
        SourceDocument cells = doc(String.join("\n\n", "项目支出绩效自评表", "项目名称", "乡村道路养护", "自评得分", "93",
                "年度", "2023年度", "自评等级", "优秀", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分", "年度资金总额", "200.00", "200.00", "190.00", "10", "95.0%", "9.5") + "\n");
        assertEquals("优秀", FlatForms.read(cells).get(0).grade(), "one cell a line: the grade under its label");
        SourceDocument none = doc("""
                项目支出绩效自评表
                项目名称乡村道路养护自评得分93
                评价等级为优秀的项目按规定予以通报
                项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分
                年度资金总额200.00200.00190.001095.0%9.5
                """);
        assertNull(FlatForms.read(none).get(0).grade(), "为优秀 is a sentence, not the form's grade");
    }

    @Test
    void wholeFormOnOneLine() {
        SourceDocument doc = doc("某某县转移支付区域(项目)绩效目标自评表(2023年度)项目名称乡村道路养护补助资金使用单位某某县交通运输局"
                + "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:20018090.00%"
                + "其中:中央财政资金1208067%地方资金80100125%其他资金资金管理情况情况说明");
        FlatForms.Form f = FlatForms.read(doc).get(0);
        FlatForms.Row total = f.rows().get(0);
        assertEquals("200", value(total, BudgetColumn.FULL_YEAR).printed());
        assertEquals("180", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("90.00%", value(total, BudgetColumn.RATE).printed());
        FlatForms.Row central = f.rows().get(1);
        assertEquals("中央财政资金", central.label());
        assertEquals("120", value(central, BudgetColumn.FULL_YEAR).printed());
        assertEquals("80", value(central, BudgetColumn.EXECUTED).printed());
        FlatForms.Row local = f.rows().get(2);
        assertEquals("地方资金", local.label());
        assertEquals("80", value(local, BudgetColumn.FULL_YEAR).printed());
        assertEquals("100", value(local, BudgetColumn.EXECUTED).printed());
        assertEquals(3, f.rows().size(), "其他资金, with nothing after it, ends the block");
        f.rows().forEach(r -> r.values().forEach(v -> assertQuotes(doc, v)));
    }

    /** One cell per line; a weight and score on the 总分 line run together. */
    @Test
    void oneCellPerLine() {
        SourceDocument doc = doc("""
                部门(单位)名称
                某某乡人民政府
                年度预算申请
                (万元
                年初预算数
                全年预算数
                全年执行数
                分值
                执行率
                自评得分
                年度资金总额
                512.30
                640.00
                608.00
                10
                95%
                9.5
                按收入性质分:640.00
                总分100 96.5
                """);
        FlatForms.Form f = FlatForms.read(doc).get(0);
        assertEquals(Scope.DEPARTMENT, f.scope());
        assertEquals("某某乡人民政府", f.name());
        FlatForms.Row total = f.rows().get(0);
        assertEquals("512.30", value(total, BudgetColumn.INITIAL).printed());
        assertEquals("608.00", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("9.5", value(total, BudgetColumn.SCORE).printed());
        assertEquals(1, f.rows().size());
        total.values().forEach(v -> assertQuotes(doc, v));
        assertEquals(new BigDecimal("96.5"), f.score().number());
    }

    /** Space-separated cells with the rate left blank: the two small numbers are 分值 and 得分. */
    @Test
    void blankCellBetweenSpacedValues() {
        SourceDocument doc = doc("""
                项目名称 排涝泵站运行经费
                年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
                年度资金总额: 56 56 56 10 10
                 其中:本年财政拨款 56 56 56 - -
                总分 100 100
                """);
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertEquals("56", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("10", value(total, BudgetColumn.WEIGHT).printed());
        assertEquals("10", value(total, BudgetColumn.SCORE).printed());
        assertNull(value(total, BudgetColumn.RATE));
        assertEquals(new BigDecimal("100"), FlatForms.read(doc).get(0).score().number());
    }

    /** When two splits fit equally, the columns they disagree on are left unread. */
    @Test
    void ambiguousSplitReadsNothing() {
        SourceDocument doc = doc("全年预算数全年执行数\n年度资金总额:1234\n");
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertTrue(total.values().isEmpty(), "12|34, 123|4, 1|234 all fit: " + total.values());
    }

    /** A printed rate a little off 执行数 ÷ 预算数 still tells the split; the rate itself is kept as printed. */
    @Test
    void slightlyWrongRateStillSplits() {
        SourceDocument doc = doc("全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:1504731.00%其中:中央财政资金");
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertEquals("150", value(total, BudgetColumn.FULL_YEAR).printed());
        assertEquals("47", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("31.00%", value(total, BudgetColumn.RATE).printed());
        total.values().forEach(v -> assertQuotes(doc, v));
    }

    /** 560560100%: 560 | 560 | 100%, not 5605601 | 0 | 0%, whose rate is the tail of the 100% the first reads whole. */
    @Test
    void rateCutFromALongerRateIsTheWeakerReading() {
        SourceDocument doc = doc("转移支付(项目)名称某某动物防疫补助资金投入情况(万元)全年预算数(A)全年执行数(B)"
                + "预算执行率(B/A×100%)年度资金总额:560560100%其中:中央财政资金560560100%地方资金");
        FlatForms.Row total = FlatForms.read(doc).get(0).rows().get(0);
        assertEquals("560", value(total, BudgetColumn.FULL_YEAR).printed());
        assertEquals("560", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("100%", value(total, BudgetColumn.RATE).printed());
        assertQuotes(doc, value(total, BudgetColumn.RATE));
    }

    /**
     * A spreadsheet dumped to text with merged cells printed out of order: the total's label before the header, the
     * values after it, the 全年预算数 and 全年执行数 spanning two lines printed after the other cells. Only the
     * arithmetic (执行率 = 执行数 ÷ 预算数, weight up to 100, score up to the weight) places them; the line is marked
     * scattered and its values guessed.
     */
    @Test
    void valuesPrintedOutOfOrderArePlacedByTheirArithmetic() {
        String text = "某某镇项目支出绩效自评表(2023年度)项目名称村道养护主管部门某某镇人民政府年初预算数0项目资金(万元)"
                + "年度资金总额实施单位某某镇村建办全年预算数全年执行数分值执行率得分0 186.25 10 96% 9.6 178.80—96%—"
                + "其中:当年财政拨款上年结转资金其他资金";
        SourceDocument doc = doc(text);
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertEquals(1, forms.size());
        FlatForms.Row total = forms.get(0).rows().get(0);
        assertTrue(total.scattered());
        assertEquals("年度资金总额", total.label());
        FlatForms.Value planned = value(total, BudgetColumn.FULL_YEAR);
        assertEquals("186.25", planned.printed());
        assertEquals(text.indexOf("186.25"), planned.at().start());
        assertEquals("178.80", value(total, BudgetColumn.EXECUTED).printed());
        assertEquals("96%", value(total, BudgetColumn.RATE).printed());
        assertEquals(text.indexOf("96%"), value(total, BudgetColumn.RATE).at().start());
        total.values().forEach(v -> assertQuotes(doc, v));
        assertTrue(FlatForms.guessedGrid(doc).contains(planned.at()));

        Evaluation e = FormEvaluations.extract(doc).get(0);
        assertEquals(new BigDecimal("178.80"), e.budget().executed().value());
        assertEquals("万元", e.budget().executed().unit());
    }

    /** Values out of order that more than one assignment fits: nothing is read. */
    @Test
    void valuesOutOfOrderThatTwoReadingsFitGiveNothing() {
        // 40 ÷ 50 and 80 ÷ 100 are both 80%
        SourceDocument doc = doc("年度资金总额全年预算数全年执行数执行率50 40 80% 100 80");
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertTrue(forms.isEmpty() || forms.get(0).rows().isEmpty()
                || value(forms.get(0).rows().get(0), BudgetColumn.FULL_YEAR) == null);
    }
}
