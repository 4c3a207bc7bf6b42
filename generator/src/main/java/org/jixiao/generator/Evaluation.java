package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One self-evaluation form: the department as a whole or one project, as printed.
 *
 * @param scope       {@code department} or {@code project}, as in the dataset contract
 * @param budget      the budget block; the first line is the total (年度资金总额)
 * @param sections    first-level indicators in form order, starting with 预算执行率
 * @param total       the printed 总分 / 自评得分
 * @param grade       the printed 评价等级
 */
public record Evaluation(String scope, String name, String supervisor, String implementer, List<BudgetLine> budget,
                         List<String> goals, List<String> achieved, List<Section> sections,
                         List<Indicator> indicators, BigDecimal total, String grade) {

    public Evaluation {
        budget = List.copyOf(budget);
        goals = List.copyOf(goals);
        achieved = List.copyOf(achieved);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
    }

    public BudgetLine totalLine() {
        return budget.get(0);
    }

    /** The sum of the section weights: 100 on every form the generator makes. */
    public BigDecimal maxScore() {
        return sections.stream().map(Section::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Evaluation withBudget(List<BudgetLine> b) {
        return new Evaluation(scope, name, supervisor, implementer, b, goals, achieved, sections, indicators, total,
                grade);
    }

    Evaluation withIndicators(List<Indicator> i) {
        return new Evaluation(scope, name, supervisor, implementer, budget, goals, achieved, sections, i, total,
                grade);
    }

    Evaluation withTotal(BigDecimal t, String g) {
        return new Evaluation(scope, name, supervisor, implementer, budget, goals, achieved, sections, indicators, t,
                g);
    }
}
