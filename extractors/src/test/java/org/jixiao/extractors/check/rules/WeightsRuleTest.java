package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/** {@code weights}: section weights against their rows, sections against the maximum, a declared scheme against 100. */
class WeightsRuleTest {

    /** Adapted from a real form (yanfeng 2021): 效益指标 with its rows, one line per row. */
    private static final String FORM = String.join("\n",
            "效益指标(30分)",
            "城区经济建设是否稳步推进 全部稳步推进 基本稳步推进 10 8",
            "重点项目是否全部推进有序开展 全部有序开展 基本有序开展 10 9",
            "社会秩序是否更加稳定 是 基本稳定 5 4",
            "退捕禁捕是否成效显著 是 是 5 4");

    private static Report form(String sectionWeight, String... rowWeights) {
        SourceDocument doc = Built.doc(FORM);
        String[] names = {"城区经济建设是否稳步推进", "重点项目是否全部推进有序开展", "社会秩序是否更加稳定", "退捕禁捕是否成效显著"};
        List<Indicator> rows = new java.util.ArrayList<>();
        for (int i = 0; i < rowWeights.length; i++) {
            rows.add(new Indicator("效益指标", "经济效益指标", names[i], "是", "是", null, Built.d(rowWeights[i]),
                    Built.d("4"), null, Built.at(doc, names[i])));
        }
        Section s = new Section("效益指标", Built.d(sectionWeight), null, Built.at(doc, "效益指标(30分)"));
        return Built.report(doc, List.of(Built.project("街道运转经费", List.of(s), rows, Built.at(doc, "效益指标"))));
    }

    @Test
    void rowsThatAddUpToTheirSectionAreFine() {
        assertEquals(List.of(), new WeightsRule().check(form("30", "10", "10", "5", "5")));
    }

    @Test
    void rowsAboveTheirSectionAreAnErrorQuotingTheSectionAndEveryRow() {
        Report r = form("30", "10", "10", "5", "10");
        List<Finding> f = new WeightsRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("weights.section-rows", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("30分", f.get(0).expected());
        assertEquals("35分", f.get(0).actual());
        assertEquals(List.of("效益指标(30分)", "城区经济建设是否稳步推进", "重点项目是否全部推进有序开展", "社会秩序是否更加稳定",
                "退捕禁捕是否成效显著"), Passages.snippets(f.get(0)));
        Passages.quotes(r, f.get(0));
    }

    @Test
    void rowsShortOfTheirSectionAreNotReportedBecauseAFormRowMayHaveBeenMissed() {
        assertEquals(List.of(), new WeightsRule().check(form("30", "10", "10", "5")));
    }

    @Test
    void decimalWeightsAreAllowedTheirRounding() {
        assertEquals(List.of(), new WeightsRule().check(form("30", "10.0", "10.0", "3.3", "6.7")));
        assertEquals(List.of(), new WeightsRule().check(form("10", "3.3", "3.3", "3.3")), "33.3 × 3 is 100 rounded");
    }

    private static Report sections(String... weights) {
        String text = "产出指标" + weights[0] + "分 效益指标" + weights[1] + "分 满意度指标" + weights[2] + "分 预算执行率"
                + weights[3] + "分";
        SourceDocument doc = Built.doc(text);
        List<Section> s = List.of(
                new Section("产出指标", Built.d(weights[0]), null, Built.at(doc, "产出指标" + weights[0] + "分")),
                new Section("效益指标", Built.d(weights[1]), null, Built.at(doc, "效益指标" + weights[1] + "分")),
                new Section("满意度指标", Built.d(weights[2]), null, Built.at(doc, "满意度指标" + weights[2] + "分")),
                new Section("预算执行率", Built.d(weights[3]), null, Built.at(doc, "预算执行率" + weights[3] + "分")));
        Evaluation e = Built.project("街道运转经费", s, List.of(), Built.at(doc, "产出指标"));
        return Built.report(doc, List.of(e));
    }

    @Test
    void sectionsMustTotalTheMaximum() {
        assertEquals(List.of(), new WeightsRule().check(sections("50", "30", "10", "10")));
        List<Finding> over = new WeightsRule().check(sections("50", "45", "10", "10"));
        assertEquals(1, over.size(), over.toString());
        assertEquals("weights.total", over.get(0).code());
        assertEquals(Finding.Severity.ERROR, over.get(0).severity());
        assertEquals(4, over.get(0).at().size());
        assertEquals(List.of(), new WeightsRule().check(sections("50", "20", "10", "10")),
                "short of the maximum: a section may not have been read");
    }

    @Test
    void sectionsOverByExactlyTheBudgetRowAreAConventionToCheckNotAnError() {
        List<Finding> f = new WeightsRule().check(sections("50", "40", "10", "10"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("不计预算执行率"), f.get(0).message());
    }

    @Test
    void aDeclaredSchemeMustTotalAHundred() {
        String ok = "评价指标体系中，产出指标40分、效益指标30分、满意度指标10分、预算执行率指标20分。";
        SourceDocument good = Built.doc(ok);
        assertEquals(List.of(), new WeightsRule().check(Built.report(good, List.of())));
        SourceDocument bad = Built.doc(ok.replace("效益指标30分", "效益指标40分"));
        Report r = Built.report(bad, List.of());
        List<Finding> f = new WeightsRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("weights.declared", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("110分", f.get(0).actual());
        Passages.quotes(r, f.get(0));
    }

    @Test
    void aSchemeOpenedBy其中AndClosedByTheBudgetRateIsReadWhole() {
        String ok = "满分100分，其中产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。";
        assertEquals(List.of(), new WeightsRule().check(Built.report(Built.doc(ok), List.of())),
                "产出指标 after 其中 and 预算执行率 without 指标 are both read: 100");
        Report r = Built.report(Built.doc(ok.replace("预算执行率10分", "预算执行率20分")), List.of());
        List<Finding> f = new WeightsRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("110分", f.get(0).actual());
        Passages.quotes(r, f.get(0));
    }

    /** The template's own note names its budget section 预算资金执行率 (or 项目资金执行率): it is part of the 100. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"预算资金执行率", "项目资金执行率", "资金执行率"})
    void theBudgetSectionByItsOtherNames(String name) {
        String ok = "说明:各一级指标的分值为:产出指标40分、效益指标40分、服务对象满意度指标10分、" + name + "10分。";
        assertEquals(List.of(), new WeightsRule().check(Built.report(Built.doc(ok), List.of())), name);
        Report r = Built.report(Built.doc(ok.replace(name + "10分", name + "15分")), List.of());
        List<Finding> f = new WeightsRule().check(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals("105分", f.get(0).actual());
    }
}
