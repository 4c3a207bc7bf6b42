package org.jixiao.extractors.check.rules;

import static org.jixiao.extractors.check.rules.TableCells.emptyPart;
import static org.jixiao.extractors.check.rules.TableCells.hasNumber;
import static org.jixiao.extractors.check.rules.TableCells.header;
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
 * The {@code sum} rule's total columns: a column headed 合计 (小计, 总计) against the amount columns beside it,
 * line by line — the columns to its right when it leads ({@code 合计 | 财政拨款 | 其他资金}), else those to its
 * left ({@code 财政拨款 | 其他资金 | 合计}). A part column headed 其中 makes the parts a selection. Columns of
 * rates, scores and the like end the run of parts.
 */
final class TotalColumns {

    private static final Pattern COLUMN_TOTAL = Pattern.compile("^(合计|小计|总计)(数|金额)?([（(](万元|元|亿元|千元)[）)])?$");

    private TotalColumns() {
    }

    /** Every total column of the table against its part columns. */
    static void check(Table t, List<Finding> out) {
        for (Cell cell : t.cells()) {
            if (COLUMN_TOTAL.matcher(key(cell)).matches() && cell.colSpan() == 1) {
                checkTotalColumn(t, cell.row(), cell.col(), out);
            }
        }
    }

    private static void checkTotalColumn(Table t, int headerRow, int col, List<Finding> out) {
        int first = headerRow + 1;
        while (first < t.rowCount() && !hasNumber(t, first)) {
            first++;
        }
        if (first >= t.rowCount()) {
            return;
        }
        List<Integer> right = partColumns(t, headerRow, first, col, 1);
        List<Integer> columns = right.size() >= 2 ? right : partColumns(t, headerRow, first, col, -1);
        if (columns.size() < 2) {
            return;
        }
        boolean partial = false;
        for (int j : columns) {
            for (int r = headerRow; r < first; r++) {
                Cell h = t.cellAt(r, j);
                partial |= h != null && key(h).startsWith("其中");
            }
        }
        String unit = moneyUnit(t, first, col);
        for (int r = first; r < t.rowCount() && hasNumber(t, r); r++) {
            Cell total = numericAt(t, r, col);
            if (total == null) {
                continue;
            }
            List<Operand> operands = new ArrayList<>();
            List<Provenance> at = new ArrayList<>(List.of(total.at()));
            boolean readable = true;
            for (int j : columns) {
                Cell cell = t.cellAt(r, j);
                if (emptyPart(cell, r)) {
                    continue;
                }
                BigDecimal v = cell.col() == j ? number(cell) : null;
                if (v == null) {
                    readable = false;
                    break;
                }
                operands.add(Operand.printed(v));
                at.add(cell.at());
            }
            if (!readable || operands.isEmpty()) {
                continue;
            }
            BigDecimal value = number(total);
            Comparison c = ArithmeticChecks.sum(operands, Operand.printed(value), partial ? Coverage.PARTIAL
                    : Coverage.EXHAUSTIVE, unit);
            String rowLabel = label(t, r, Math.min(col, columns.get(0)));
            String message = "表" + (t.index() + 1) + (rowLabel.isEmpty() ? "第" + (r + 1) + "行" : "“" + rowLabel + "”行")
                    + "的“" + key(t.cellAt(headerRow, col)) + "”列" + value.toPlainString() + unit
                    + (partial ? "小于同行“其中”各列之和，不符" : "与同行各分项列之和不符");
            Worded.finding(c, SumRule.RULE, "sum.table-total", message, value.toPlainString() + unit, at)
                    .ifPresent(out::add);
        }
    }

    /** The amount columns next to a total column in one direction, up to a label, rate or score column. */
    private static List<Integer> partColumns(Table t, int headerRow, int firstData, int col, int step) {
        List<Integer> out = new ArrayList<>();
        for (int j = col + step; j >= 0 && j < t.colCount(); j += step) {
            Cell h = t.cellAt(headerRow, j);
            String head = header(t, firstData, j);
            if (h == null || head.isEmpty() || TableCells.SKIPPED_COLUMN.matcher(head).find()
                    || COLUMN_TOTAL.matcher(head).matches() || !amountColumn(t, firstData, j)) {
                break;
            }
            out.add(j);
        }
        return out;
    }

    /** Whether the column's data lines hold numbers (or nothing), not names or percentages. */
    private static boolean amountColumn(Table t, int firstData, int col) {
        boolean any = false;
        for (int r = firstData; r < t.rowCount() && hasNumber(t, r); r++) {
            Cell cell = t.cellAt(r, col);
            if (emptyPart(cell, r)) {
                continue;
            }
            if (number(cell) == null || cell.col() != col) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
