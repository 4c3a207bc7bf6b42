package org.jixiao.extractors.check.rules;

import static org.jixiao.extractors.check.rules.TableCells.hasNumber;
import static org.jixiao.extractors.check.rules.TableCells.key;
import static org.jixiao.extractors.check.rules.TableCells.label;
import static org.jixiao.extractors.check.rules.TableCells.moneyUnit;
import static org.jixiao.extractors.check.rules.TableCells.number;
import static org.jixiao.extractors.check.rules.TableCells.numericAt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Finding;

/**
 * The {@code sum} rule's balance columns: a 结余 column holds what the funds that arrived (实际到位资金) — or, in a
 * table without them, the funds planned (计划安排资金, 预算数) — leave after spending (实际支出, 执行数), line by
 * line: 到位 = 支出 + 结余.
 *
 * <p>Which base the 结余 is taken from, the table does not always say, so every base it prints is a reading and
 * only a line no reading makes hold is a finding. A table with a carry-over column (上年结转, 结转) is left alone:
 * the balance may include it. Only tables whose header names exactly one balance and one spending column are
 * judged; each figure at its printed precision.
 */
final class BalanceColumns {

    static final String CODE = "sum.balance";

    static final String UNIT = "([（(](万元|元|亿元|千元)[）)])?";
    static final Pattern BALANCE = Pattern.compile("^(资金)?(结余|结存|余额)(资金|数|金额)?" + UNIT + "$");
    static final Pattern ARRIVED = Pattern.compile("到位");
    static final Pattern SPENT = Pattern.compile("支出|执行数|执行金额|使用数|支付数|已使用|已支付");
    static final Pattern PLANNED = Pattern.compile("计划|预算|安排");
    static final Pattern CARRY_OVER = Pattern.compile("结转|上年");
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile("率|%|％|比例|占比|分值|得分|权重");

    private BalanceColumns() {
    }

    /** Every balance column of the table against the columns it is the difference of. */
    static void check(Table t, List<Finding> out) {
        for (Cell cell : t.cells()) {
            if (cell.colSpan() == 1 && BALANCE.matcher(key(cell)).matches()) {
                checkBalance(t, cell, out);
            }
        }
    }

    private static void checkBalance(Table t, Cell balanceHeader, List<Finding> out) {
        int headerRow = balanceHeader.row();
        int spent = -1;
        int arrived = -1;
        int planned = -1;
        int balances = 0;
        int spending = 0;
        for (Cell h : t.cells()) {
            if (h.row() != headerRow || h.colSpan() != 1) {
                continue;
            }
            String k = key(h);
            if (CARRY_OVER.matcher(k).find()) {
                return; // the balance may carry last year's funds: no reading is sure
            }
            if (NOT_AN_AMOUNT.matcher(k).find()) {
                continue;
            }
            if (BALANCE.matcher(k).matches()) {
                balances++;
            } else if (ARRIVED.matcher(k).find()) {
                arrived = h.col();
            } else if (SPENT.matcher(k).find()) {
                spent = h.col();
                spending++;
            } else if (PLANNED.matcher(k).find()) {
                planned = h.col();
            }
        }
        if (balances != 1 || spending != 1 || arrived < 0 && planned < 0) {
            return;
        }
        int first = headerRow + 1;
        while (first < t.rowCount() && !hasNumber(t, first)) {
            first++;
        }
        int col = balanceHeader.col();
        String unit = moneyUnit(t, first, col);
        for (int r = first; r < t.rowCount() && hasNumber(t, r); r++) {
            Cell balance = numericAt(t, r, col);
            Cell spending1 = numericAt(t, r, spent);
            if (balance == null || spending1 == null) {
                continue;
            }
            Cell arrivedCell = arrived < 0 ? null : numericAt(t, r, arrived);
            Cell plannedCell = planned < 0 ? null : numericAt(t, r, planned);
            Comparison worst = unexplained(number(spending1), number(balance),
                    arrivedCell == null ? null : number(arrivedCell), plannedCell == null ? null : number(plannedCell), unit);
            if (worst == null) {
                continue;
            }
            Cell base = arrivedCell != null ? arrivedCell : plannedCell;
            String rowLabel = label(t, r, Math.min(col, Math.min(spent, base.col())));
            String message = "表" + (t.index() + 1) + (rowLabel.isEmpty() ? "第" + (r + 1) + "行" : "“" + rowLabel + "”行")
                    + "的“" + key(balanceHeader) + "”" + number(balance).toPlainString() + unit + "与“"
                    + key(t.cellAt(headerRow, base.col())) + "”减“" + key(t.cellAt(headerRow, spent)) + "”之差不符";
            List<Provenance> at = new ArrayList<>(List.of(base.at(), spending1.at(), balance.at()));
            Worded.finding(worst, SumRule.RULE, CODE, message, number(base).toPlainString() + unit, at)
                    .ifPresent(out::add);
        }
    }

    /**
     * Spent + balance against each base printed (the arrived funds, then the planned ones): null when one makes the
     * balance hold, or when neither is printed; else the comparison with the first, the base the balance is
     * usually taken from.
     */
    static Comparison unexplained(BigDecimal spent, BigDecimal balance, BigDecimal arrived, BigDecimal planned,
                                  String unit) {
        List<Operand> parts = List.of(Operand.printed(spent), Operand.printed(balance));
        Comparison first = null;
        for (BigDecimal base : new BigDecimal[] {arrived, planned}) {
            if (base == null) {
                continue;
            }
            Comparison cmp = ArithmeticChecks.sum(parts, Operand.printed(base), Coverage.EXHAUSTIVE, unit);
            if (cmp.consistent()) {
                return null;
            }
            first = first == null ? cmp : first;
        }
        return first;
    }
}
