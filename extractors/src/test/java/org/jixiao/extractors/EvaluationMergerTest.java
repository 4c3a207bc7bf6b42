package org.jixiao.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

class EvaluationMergerTest {

    private static final Provenance AT = Provenance.ofText(null, 0, 0, "");

    private static Evaluation eval(Scope scope, String name, String score, List<Section> sections) {
        return new Evaluation(scope, name, Budget.NONE, score == null ? null : new BigDecimal(score), null, null,
                sections, List.of(), AT);
    }

    private static Section section(String name, String weight, String score) {
        return new Section(name, weight == null ? null : new BigDecimal(weight),
                score == null ? null : new BigDecimal(score), AT);
    }

    @Test
    void proseFillsWhatTheFormLeftEmptyAndNothingElse() {
        Evaluation form = eval(Scope.PROJECT, "社区工作经费项目", "90", List.of(section("产出指标", null, null)));
        Evaluation prose = eval(Scope.PROJECT, "社区工作经费", "94",
                List.of(section("产出指标", "40", "39"), section("满意度指标", "10", "9")));
        List<Evaluation> merged = EvaluationMerger.merge(List.of(form), List.of(prose));
        assertEquals(1, merged.size());
        Evaluation e = merged.get(0);
        assertEquals("社区工作经费项目", e.name());
        assertEquals(new BigDecimal("90"), e.score(), "the form's own score wins");
        assertEquals(List.of("产出指标", "满意度指标"), e.sections().stream().map(Section::name).toList());
        assertEquals(new BigDecimal("40"), e.sections().get(0).weight(), "a weight the form left empty comes from the text");
    }

    @Test
    void repeatedAndUnmatchedProseEvaluationsStayForTheChecks() {
        Evaluation a = eval(Scope.PROJECT, "供热应急资金", "98", List.of());
        Evaluation again = eval(Scope.PROJECT, "供热应急资金", "98", List.of());
        Evaluation nameless = eval(Scope.PROJECT, null, null, List.of(section("产出指标", "40", "39")));
        List<Evaluation> merged = EvaluationMerger.merge(List.of(), List.of(a, again, nameless));
        assertEquals(3, merged.size());
        assertNull(merged.get(2).name());
    }

    @Test
    void shortNamesDoNotMatchByContainment() {
        assertEquals(false, SameProject.evaluations(eval(Scope.PROJECT, "专项经费", null, List.of()),
                eval(Scope.PROJECT, "经费", null, List.of())));
        assertEquals(true, SameProject.evaluations(eval(Scope.DEPARTMENT, "甲局", null, List.of()),
                eval(Scope.DEPARTMENT, "乙委员会", null, List.of())), "one department per report");
    }
}
