package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/** Each rule with a passing case (including rounding that must not be flagged) and a failing one. */
class RulesTest {

    private static final Provenance AT = Provenance.ofText(null, 0, 0, "");

    private static Report report(String text, List<Evaluation> evaluations) {
        SourceFile f = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        SourceDocument doc = new DocumentBuilder(f).text(text, null, Mode.LINES).build();
        ReportMetadata md = new ReportMetadata(null, null, List.of(), null, null, ReportMetadata.ReportScope.UNKNOWN, Map.of());
        return new Report(doc, md, null, null, evaluations, List.of(), List.of(), List.of());
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static Evaluation eval(String name, String score, String grade, List<Section> sections,
                                   List<Indicator> indicators, Budget budget) {
        return new Evaluation(name == null ? Scope.PROJECT : Scope.PROJECT, name, budget, d(score), null, grade,
                sections, indicators, AT);
    }

    private static Indicator row(String name, String weight, String score) {
        return new Indicator("产出指标", "数量指标", name, null, null, null, d(weight), d(score), null, AT);
    }

    private static Amount wan(String v) {
        return new Amount(d(v), "万元", d(v).scaleByPowerOfTen(4), AT);
    }

    @Test
    void scoreRangeFlagsAScoreAboveItsWeightOnly() {
        Report r = report("x", List.of(eval("甲", null, null, List.of(),
                List.of(row("a", "10", "10"), row("b", "10", "9.5"), row("c", "15", "17")), Budget.NONE)));
        List<Finding> f = new ScoreRangeRule().check(r);
        assertEquals(1, f.size());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("c"));
    }

    @Test
    void scoreSumNeedsSectionsCoveringTheWholeAndAllowsRounding() {
        List<Section> full = List.of(new Section("产出指标", d("50"), d("45.5"), AT), new Section("效益指标", d("30"), d("28"), AT),
                new Section("满意度指标", d("10"), d("9"), AT), new Section("预算执行率", d("10"), d("9.45"), AT));
        assertEquals(0, new ScoreSumRule().check(report("x", List.of(eval("甲", "92", null, full, List.of(), Budget.NONE)))).size(),
                "91.95 printed as 92: rounding");
        assertEquals(1, new ScoreSumRule().check(report("x", List.of(eval("甲", "94", null, full, List.of(), Budget.NONE)))).size());
        List<Section> partial = full.subList(0, 2);
        assertEquals(0, new ScoreSumRule().check(report("x", List.of(eval("甲", "50", null, partial, List.of(), Budget.NONE)))).size(),
                "sections that do not cover 100 points prove nothing");
    }

    private static Indicator row(String level1, String name, String weight, String score) {
        return new Indicator(level1, null, name, null, null, null, d(weight), d(score), null, AT);
    }

    @Test
    void unstatedSectionScoresAreTheSumOfTheirRowsReadAtTheColumnsPrecision() {
        List<Section> sections = List.of(new Section("预算执行率", d("20"), d("19"), AT),
                new Section("产出指标(40分)", d("40"), null, AT), new Section("效益指标", d("40"), null, AT));
        List<Indicator> rows = List.of(row("产出指标", "a", "30", "27.5"), row("产出指标", "b", "10", "10"),
                row("效益指标", "c", "20", "18"), row("效益指标", "d", "20", "19.4"));
        // 19 + 37.5 + 37.4 = 93.9
        assertEquals(0, new ScoreSumRule().check(report("x", List.of(eval("甲", "94", null, sections, rows, Budget.NONE)))).size());
        List<Finding> f = new ScoreSumRule().check(report("x", List.of(eval("甲", "97", null, sections, rows, Budget.NONE))));
        assertEquals(1, f.size(), "10 and 18 beside 27.5 mean 10.0 and 18.0, so 97 cannot be 93.9: " + f);
        List<Indicator> partial = rows.subList(0, 3);
        assertEquals(0, new ScoreSumRule().check(report("x", List.of(eval("甲", "97", null, sections, partial, Budget.NONE)))).size(),
                "rows whose weights do not make up the section prove nothing");
    }

    @Test
    void sectionsThatStateNoWeightAreCompleteWhenTheirRowsAndTheBudgetBlockMakeUpFullMarks() {
        // 产出指标 and 效益指标 without (40分): their rows' weights, 30 + 10 + 20 + 20, and the budget block's 20 are 100
        List<Section> sections = List.of(new Section("预算执行率", d("20"), d("19"), AT),
                new Section("产出指标", null, null, AT), new Section("效益指标", null, null, AT));
        List<Indicator> rows = List.of(row("产出指标", "a", "30", "27.5"), row("产出指标", "b", "10", "10"),
                row("效益指标", "c", "20", "18"), row("效益指标", "d", "20", "19.4"));
        assertEquals(List.of(), new ScoreSumRule().check(report("x", List.of(eval("甲", "93.9", null, sections, rows,
                Budget.NONE)))));
        List<Finding> f = new ScoreSumRule().check(report("x", List.of(eval("甲", "97.9", null, sections, rows,
                Budget.NONE))));
        assertEquals(List.of("score-sum.items"), f.stream().map(Finding::code).toList());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity(), "19 + 37.5 + 37.4 is 93.9, not 97.9");
        List<Indicator> unweighted = List.of(rows.get(0), rows.get(1), rows.get(2), row("效益指标", "d", null, "19.4"));
        assertEquals(List.of(), new ScoreSumRule().check(report("x", List.of(eval("甲", "97.9", null, sections,
                unweighted, Budget.NONE)))), "a row without its weight: the form may be incomplete");
        List<Indicator> fewer = rows.subList(0, 3);
        assertEquals(List.of(), new ScoreSumRule().check(report("x", List.of(eval("甲", "97.9", null, sections, fewer,
                Budget.NONE)))), "weights of 80: rows are missing");
    }

    @Test
    void wholeRowScoresThatMissTheTotalByMoreThanRoundingsGoTogetherAreAWarning() {
        List<Section> sections = List.of(new Section("预算执行率", d("10"), d("7.5"), AT),
                new Section("产出指标", d("50"), null, AT), new Section("效益指标", d("40"), null, AT));
        List<Indicator> rows = List.of(row("产出指标", "a", "20", "20"), row("产出指标", "b", "15", "15"),
                row("产出指标", "c", "15", "14"), row("效益指标", "d", "10", "10"), row("效益指标", "e", "10", "9"),
                row("效益指标", "f", "10", "10"), row("效益指标", "g", "10", "10"));
        // 7.5 + 49 + 39 = 95.5; read as rounded, the seven whole scores allow ±3.5
        assertEquals(List.of(), new ScoreSumRule().check(report("x", List.of(eval("甲", "95.5", null, sections, rows,
                Budget.NONE)))));
        List<Finding> f = new ScoreSumRule().check(report("x", List.of(eval("甲", "92.5", null, sections, rows,
                Budget.NONE))));
        assertEquals(List.of("score-sum.sections"), f.stream().map(Finding::code).toList());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity(), "3 points: every row rounded up by nearly 0.5");
        assertEquals("“甲”总得分92.5分与各一级指标得分之和相差较多，只有各项得分几乎都按同一方向舍入时才能吻合，请核对",
                f.get(0).message());
    }

    @Test
    void aStatedSectionScoreMustBeTheSumOfItsRows() {
        List<Section> sections = List.of(new Section("产出指标", d("40"), d("39"), AT));
        List<Indicator> rows = List.of(row("产出指标", "a", "30", "27.5"), row("产出指标", "b", "10", "10"));
        List<Finding> f = new ScoreSumRule().check(report("x", List.of(eval("甲", null, null, sections, rows, Budget.NONE))));
        assertEquals(List.of("score-sum.indicators"), f.stream().map(Finding::code).toList());
    }

    /** A report of one sentence whose figures carry the given labels, each at its own offsets. */
    private static Report sentence(String text, String[][] figures) {
        Report base = report(text, List.of());
        String t = base.source().text().text();
        List<org.jixiao.extractors.model.Figure> out = new java.util.ArrayList<>();
        int from = 0;
        for (String[] f : figures) {
            int at = t.indexOf(f[1], from);
            from = at + f[1].length();
            var kind = f[2].equals("%") ? org.jixiao.extractors.model.Figure.Kind.RATE : org.jixiao.extractors.model.Figure.Kind.AMOUNT;
            out.add(new org.jixiao.extractors.model.Figure(f[0], d(f[1]), f[2], null, kind,
                    Provenance.ofText(null, at, at + f[1].length(), f[1])));
        }
        return new Report(base.source(), base.metadata(), null, null, List.of(), out, List.of(), List.of());
    }

    @Test
    void aYearOnYearChangeMustBeTheDifferenceAndItsPercentage() {
        String ok = "2025年财政拨款收入为1733.73万元，上年实际收入为1841.01万元，本年收入较上年收入减少107.28万元，减少5.83%。";
        String[][] figures = {{"2025年财政拨款收入", "1733.73", "万元"}, {"上年实际收入", "1841.01", "万元"},
                {"本年收入较上年收入减少", "107.28", "万元"}, {"本年收入较上年收入减少(%)", "5.83", "%"}};
        assertEquals(0, new ChangeRule().check(sentence(ok, figures)).size());
        String bad = ok.replace("107.28", "117.28").replace("5.83", "6.83");
        figures[2][1] = "117.28";
        figures[3][1] = "6.83";
        List<Finding> f = new ChangeRule().check(sentence(bad, figures));
        assertEquals(List.of("change.amount", "change.percent"), f.stream().map(Finding::code).toList());
        String up = "本年度收入总额2059.52万元，上年1163.40万元，同比增加896.12万元，增长幅度77.03%。";
        String[][] upFigures = {{"本年度收入总额", "2059.52", "万元"}, {"上年", "1163.40", "万元"},
                {"同比增加", "896.12", "万元"}, {"增长幅度", "77.03", "%"}};
        assertEquals(0, new ChangeRule().check(sentence(up, upFigures)).size(), "increase with its percentage");
    }

    @Test
    void gradeUsesTheReportsOwnBandsAndToleratesAStraddledBoundary() {
        String bands = "得分≥85分为优秀;75≤得分<85分为良好;60≤得分<75分为一般;得分<60分为较差。";
        assertEquals(0, new GradeRule().check(report(bands, List.of(eval("甲", "86", "优秀", List.of(), List.of(), Budget.NONE)))).size());
        assertEquals(0, new GradeRule().check(report(bands, List.of(eval("甲", "85", "良好", List.of(), List.of(), Budget.NONE)))).size(),
                "85 may be 84.5: indeterminate, not an error");
        List<Finding> f = new GradeRule().check(report(bands, List.of(eval("甲", "83", "优秀", List.of(), List.of(), Budget.NONE))));
        assertEquals(1, f.size());
        assertEquals("良好", f.get(0).expected());
        assertEquals(1, new GradeRule().check(report("无等级标准", List.of(eval("甲", "83", "优", List.of(), List.of(), Budget.NONE)))).size(),
                "default bands 90/80/60 when the report states none");
    }

    @Test
    void rateIsExecutedOverBudgetWithinRoundingAndOver100IsAWarning() {
        Budget ok = new Budget(wan("1735.58"), wan("1735.58"), wan("1640.20"), new Rate(d("94.50"), "%", AT)); // 94.504…%
        assertEquals(0, new RateRule().check(report("x", List.of(eval("甲", null, null, List.of(), List.of(), ok)))).size());
        Budget wrong = new Budget(wan("1735.58"), wan("1735.58"), wan("1640.20"), new Rate(d("83.79"), "%", AT));
        List<Finding> f = new RateRule().check(report("x", List.of(eval("甲", null, null, List.of(), List.of(), wrong))));
        assertEquals(1, f.size());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        Budget over = new Budget(wan("2021.29"), wan("2021.29"), wan("2991.61"), new Rate(d("148"), "%", AT));
        List<Finding> w = new RateRule().check(report("x", List.of(eval("甲", null, null, List.of(), List.of(), over))));
        assertEquals(1, w.size());
        assertEquals(Finding.Severity.WARNING, w.get(0).severity());
    }

    @Test
    void aProjectScoredTwiceAndAnUnnamedScoreAreReported() {
        Evaluation a = eval("供热应急资金", "98", null, List.of(), List.of(), Budget.NONE);
        Evaluation nameless = eval(null, null, null, List.of(new Section("产出指标", d("40"), d("39"), AT)), List.of(), Budget.NONE);
        List<Finding> f = new DuplicateAndMissingRule().check(report("x", List.of(a, a, nameless)));
        assertEquals(List.of("missing", "duplicate"), f.stream().map(Finding::rule).toList());
        assertEquals(0, new DuplicateAndMissingRule().check(report("x", List.of(a))).size());
    }

    @Test
    void aListOfNamesWithMoreValuesThanNamesIsACountError() {
        String text = "社区办公经费、社区党建经费、专项经费自评得分分别为94、93、98、97。";
        List<Finding> f = new ListCountRule().check(report(text, List.of()));
        assertEquals(1, f.size(), f.toString());
        assertEquals("count", f.get(0).rule());
        assertEquals(0, new ListCountRule().check(report("社区办公经费、社区党建经费自评得分分别为94、93。", List.of())).size());
    }
}
