package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/** {@code scoring-rule}: a quantitative indicator's score against the proportional rule, stated or usual. */
class ScoringRuleRuleTest {

    /** Adapted from a real form row (yanfeng 2021): 国有土地上房屋预征收户数 162户 154户, weight 10. */
    private static Report row(String preface, String target, String actual, String weight, String score) {
        String line = "国有土地上房屋预征收户数 " + target + " " + actual + " " + weight + " " + score;
        SourceDocument doc = Built.doc(preface.isEmpty() ? line : preface + "\n" + line);
        Indicator i = new Indicator("产出指标", "数量指标", "国有土地上房屋预征收户数", target, actual, null, Built.d(weight),
                Built.d(score), null, Built.at(doc, "国有土地上房屋预征收户数"));
        return Built.report(doc, List.of(Built.project("旧城改造项目", List.of(), List.of(i), Built.at(doc, "国有土地"))));
    }

    private static List<Finding> check(Report r) {
        return new ScoringRuleRule().check(r);
    }

    @Test
    void aScoreTheProportionalRuleAllowsIsFine() {
        assertEquals(List.of(), check(row("", "162户", "154户", "10", "9.5")), "154 ÷ 162 × 10 = 9.506");
        assertEquals(List.of(), check(row("", "162户", "170户", "10", "10")), "target met: full marks");
        assertEquals(List.of(), check(row("", "≤5天", "5天", "6", "6")), "a ≤ target met");
        assertEquals(List.of(), check(row("", "162户", "154户", "10", "9")), "9.506 cut to 9: truncation, a rounding note at most");
    }

    @Test
    void withoutAStatedRuleAScoreAboveTheRuleIsAWarningAndBelowItANote() {
        Report r = row("", "162户", "100户", "10", "9");
        List<Finding> above = check(r);
        assertEquals(1, above.size(), above.toString());
        assertEquals("scoring-rule.proportional", above.get(0).code());
        assertEquals(Finding.Severity.WARNING, above.get(0).severity(), "100 ÷ 162 × 10 = 6.17, scored 9");
        assertEquals("6.17分", above.get(0).expected());
        assertEquals(List.of("国有土地上房屋预征收户数"), Passages.snippets(above.get(0)));
        Passages.quotes(r, above.get(0));
        List<Finding> below = check(row("", "162户", "160户", "10", "6"));
        assertEquals(Finding.Severity.INFO, below.get(0).severity(), "scored by judgement below the rule: a note");
    }

    @Test
    void aStatedProportionalRuleMakesAContradictionAnError() {
        String rule = "定量指标完成目标的得满分，未完成的按比例扣分。";
        Report r = row(rule, "162户", "100户", "10", "9");
        List<Finding> f = check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(Passages.snippets(f.get(0)).contains("未完成的按比例扣分"), f.get(0).at().toString());
        Passages.quotes(r, f.get(0));
        assertEquals(List.of(), check(row(rule, "162户", "154户", "10", "9.5")));
    }

    @Test
    void aLowerIsBetterTargetIsScoredTheOtherWayRound() {
        List<Finding> f = check(row("", "≤10天", "20天", "10", "9"));
        assertEquals(1, f.size(), f.toString());
        assertEquals("5分", f.get(0).expected(), "10 ÷ 20 × 10");
    }

    @Test
    void aStatedDeductionPerPointAppliesToTheIndicatorItNames() {
        String rule = "国有土地上房屋预征收户数以100%为目标，每降低1%扣1分。";
        List<Finding> f = check(row(rule, "100%", "95%", "10", "8"));
        assertEquals(1, f.size(), f.toString());
        assertEquals("scoring-rule.per-point", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("5分", f.get(0).expected());
        assertEquals(List.of(), check(row(rule, "100%", "95%", "10", "5")));
        assertEquals(List.of(), check(row("预算执行率每降低1%扣1分。", "100%", "95%", "10", "9.5")),
                "a rule for the budget execution rate says nothing about this indicator");
    }
}
