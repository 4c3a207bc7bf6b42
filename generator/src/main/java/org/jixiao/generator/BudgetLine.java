package org.jixiao.generator;

import java.math.BigDecimal;

/**
 * One row of a self-evaluation form's budget block, as printed (万元 with 2 decimals; rate in % with 1 or 2).
 * The first line of a form is the total (年度资金总额); it alone carries a weight and a score.
 *
 * @param weight null on a by-source line
 * @param score  null on a by-source line
 */
public record BudgetLine(String name, BigDecimal initial, BigDecimal fullYear, BigDecimal executed, BigDecimal rate,
                         BigDecimal weight, BigDecimal score) {

    BudgetLine withExecuted(BigDecimal newExecuted, BigDecimal newRate) {
        return new BudgetLine(name, initial, fullYear, newExecuted, newRate, weight, score);
    }

    BudgetLine withRate(BigDecimal newRate) {
        return new BudgetLine(name, initial, fullYear, executed, newRate, weight, score);
    }
}
