package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures the prose states, as printed. Kept apart from the forms because several planted problems live
 * only in the text (a wrong 同比 change, a count that does not match its list, a figure that differs from
 * the table, an amount in the wrong unit).
 *
 * @param incomeYuan        the exact income in 元 behind {@code income}; the next year's report takes its
 *                          上年 figure from it
 * @param increase          whether the change is worded 增加 (else 减少); {@code change} and
 *                          {@code changePercent} are printed without sign
 * @param statedCount       the N of "共N个项目"
 * @param listed            the projects and scores the summary list names, in order
 * @param textExecuted      the department's 全年执行数 as the text states it
 * @param budgetUnitInYuan  whether the text labels the 万元 full-year budget as 元 (a planted unit error)
 */
public record ProseFigures(BigDecimal income, BigDecimal incomeYuan, BigDecimal lastIncome, BigDecimal change,
                           BigDecimal changePercent, boolean increase, BigDecimal expense, BigDecimal basic,
                           BigDecimal projectExpense, int staff, int units, int statedCount,
                           List<ListedScore> listed, BigDecimal textExecuted, boolean budgetUnitInYuan) {

    public ProseFigures {
        listed = List.copyOf(listed);
    }

    ProseFigures withChange(BigDecimal c, BigDecimal pct) {
        return new ProseFigures(income, incomeYuan, lastIncome, c, pct, increase, expense, basic, projectExpense,
                staff, units, statedCount, listed, textExecuted, budgetUnitInYuan);
    }

    ProseFigures withLastIncome(BigDecimal last) {
        return new ProseFigures(income, incomeYuan, last, change, changePercent, increase, expense, basic,
                projectExpense, staff, units, statedCount, listed, textExecuted, budgetUnitInYuan);
    }

    ProseFigures withListed(int count, List<ListedScore> l) {
        return new ProseFigures(income, incomeYuan, lastIncome, change, changePercent, increase, expense, basic,
                projectExpense, staff, units, count, l, textExecuted, budgetUnitInYuan);
    }

    ProseFigures withTextExecuted(BigDecimal t) {
        return new ProseFigures(income, incomeYuan, lastIncome, change, changePercent, increase, expense, basic,
                projectExpense, staff, units, statedCount, listed, t, budgetUnitInYuan);
    }

    ProseFigures withBudgetUnitInYuan() {
        return new ProseFigures(income, incomeYuan, lastIncome, change, changePercent, increase, expense, basic,
                projectExpense, staff, units, statedCount, listed, textExecuted, true);
    }
}
