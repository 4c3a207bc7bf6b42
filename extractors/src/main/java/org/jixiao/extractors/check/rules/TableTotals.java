package org.jixiao.extractors.check.rules;

import static org.jixiao.extractors.check.rules.TableCells.PART_OF_ITEM;
import static org.jixiao.extractors.check.rules.TableCells.SKIPPED_COLUMN;
import static org.jixiao.extractors.check.rules.TableCells.TOTAL_LABEL;
import static org.jixiao.extractors.check.rules.TableCells.emptyPart;
import static org.jixiao.extractors.check.rules.TableCells.header;
import static org.jixiao.extractors.check.rules.TableCells.isDataRow;
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
 * The {@code sum} rule's total lines: a row labelled 合计 (总计, 小计, 总额 …) against the data rows next to it,
 * column by column — above it when it closes a list, below it when it heads one (年度资金总额 over its sources).
 * The nesting of 小计/合计/总计 lines, 其中 lines and numbered part lines is read here; see {@link SumRule} for
 * the whole rule.
 */
final class TableTotals {

    private static final Pattern SUBTOTAL_LABEL = Pattern.compile("小计(数|金额)?$");
    private static final Pattern GRAND_LABEL = Pattern.compile("总计(数|金额)?$");
    private static final Pattern BUDGET_TOTAL_LABEL = Pattern.compile("资金总额|预算总额");
    /**
     * A form's budget block also carries 分值 and 得分 columns, whose headers a scan may garble (分值 read as
     * 分什): there only columns that name an amount are added.
     */
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("预算|执行|支出|决算|金额|资金|收入|结转|拨款|安排");
    private static final List<Pattern> NUMBERING = List.of(
            Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
            Pattern.compile("^[(（][一二三四五六七八九十]+[)）]"),
            Pattern.compile("^\\d+[、.．](?!\\d)"),
            Pattern.compile("^[(（]\\d+[)）]"));

    private TableTotals() {
    }

    /** Every total line of the table, column by column, against its parts. */
    static void check(Table t, List<Finding> out) {
        for (int c = 1; c < t.colCount(); c++) {
            for (int r = 0; r < t.rowCount(); r++) {
                Cell total = numericAt(t, r, c);
                if (total == null) {
                    continue;
                }
                String label = label(t, r, c);
                if (!TOTAL_LABEL.matcher(label).find() || PART_OF_ITEM.matcher(label).find()) {
                    continue;
                }
                checkTotal(t, r, c, label, out);
            }
        }
    }

    private static void checkTotal(Table t, int totalRow, int col, String label, List<Finding> out) {
        List<Integer> above = partsAbove(t, totalRow, col, label);
        List<Integer> parts;
        Coverage coverage = Coverage.EXHAUSTIVE;
        if (above.size() >= 2) {
            parts = above;
        } else {
            parts = partsBelow(t, totalRow, col);
            long nestedMarks = parts.stream().filter(r -> PART_OF_ITEM.matcher(label(t, r, col)).find()).count();
            if (nestedMarks > 1) {
                coverage = Coverage.PARTIAL;
            }
            if (parts.size() < 2 && !(parts.size() == 1 && coverage == Coverage.EXHAUSTIVE)) {
                return;
            }
        }
        boolean budget = BUDGET_TOTAL_LABEL.matcher(label).find();
        String column = parts.isEmpty() ? "" : header(t, Math.min(totalRow, parts.get(0)), col);
        if (parts.isEmpty() || skippedColumn(t, totalRow, parts, col)
                || budget && !AMOUNT_COLUMN.matcher(column).find()) {
            return;
        }
        Cell totalCell = numericAt(t, totalRow, col);
        BigDecimal totalValue = number(totalCell);
        String unit = moneyUnit(t, Math.min(totalRow, parts.get(0)), col);
        Added added = null;
        Comparison comparison = null;
        for (List<Integer> alternative : readings(t, parts, col)) {
            Added a = added(t, alternative, col, totalCell);
            if (a == null) {
                if (alternative == parts) {
                    return; // a part that is text: the column cannot be read
                }
                continue;
            }
            Comparison c = ArithmeticChecks.sum(a.operands(), Operand.printed(totalValue), coverage, unit);
            if (comparison == null || Comparison.BEST_FIRST.compare(c, comparison) < 0) {
                comparison = c;
                added = a;
            }
        }
        if (added == null) {
            return;
        }
        List<Provenance> at = added.at();
        BigDecimal printedSum = added.printedSum();
        boolean zeroTotal = totalValue.signum() == 0 && printedSum.signum() != 0;
        String code = zeroTotal ? "sum.zero-total" : budget ? "sum.budget-sources" : "sum.table-total";
        String where = "表" + (t.index() + 1) + "“" + label + "”行" + (column.isEmpty() ? "" : "“" + column + "”列");
        String message;
        if (zeroTotal) {
            message = where + "填为0，但其各分项合计" + printedSum.toPlainString() + unit + "，总额未填或填错";
        } else if (coverage == Coverage.PARTIAL) {
            message = where + totalValue.toPlainString() + unit + "小于其所列分项之和，不符";
        } else if (budget) {
            message = where + totalValue.toPlainString() + unit + "与各资金来源之和不符";
        } else {
            message = where + totalValue.toPlainString() + unit + "与所列分项之和不符";
        }
        Worded.finding(comparison, SumRule.RULE, code, message, totalValue.toPlainString() + unit, at)
                .ifPresent(out::add);
    }

    /** The parts of a total as read: operands, evidence (the total first) and the sum at the printed values. */
    private record Added(List<Operand> operands, List<Provenance> at, BigDecimal printedSum) {
    }

    /** The numbers of the rows in the column; null when a part is text, or when no row has a number. */
    private static Added added(Table t, List<Integer> rows, int col, Cell totalCell) {
        List<Operand> operands = new ArrayList<>();
        List<Provenance> at = new ArrayList<>(List.of(totalCell.at()));
        BigDecimal printedSum = BigDecimal.ZERO;
        for (int r : rows) {
            Cell cell = t.cellAt(r, col);
            if (emptyPart(cell, r)) {
                continue;
            }
            BigDecimal v = number(cell);
            if (v == null) {
                return null;
            }
            operands.add(Operand.printed(v));
            printedSum = printedSum.add(v);
            at.add(cell.at());
        }
        return operands.isEmpty() ? null : new Added(operands, at, printedSum);
    }

    /**
     * The ways the part lines can be read. All of them, first; and when their labels are numbered (一、 （一） 1、
     * （1）), the lines of each numbering level alone (一、工资福利支出 over its 基本工资 and 津贴补贴), and each run
     * under a line of the outermost level on its own (1、资金来源 … 2、资金结构 …: two breakdowns of the same
     * total). The best-explained reading is judged, so an error means no reading of the layout adds up.
     */
    private static List<List<Integer>> readings(Table t, List<Integer> parts, int col) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(parts);
        int[] levels = new int[parts.size()];
        int outermost = Integer.MAX_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            levels[i] = numberingLevel(label(t, parts.get(i), col));
            if (levels[i] >= 0) {
                outermost = Math.min(outermost, levels[i]);
            }
        }
        if (outermost == Integer.MAX_VALUE) {
            return out;
        }
        for (int level = 0; level < NUMBERING.size(); level++) {
            List<Integer> same = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (levels[i] == level) {
                    same.add(parts.get(i));
                }
            }
            if (!same.isEmpty()) {
                out.add(same);
            }
        }
        List<Integer> run = null;
        for (int i = 0; i < parts.size(); i++) {
            if (levels[i] == outermost || run == null) {
                run = new ArrayList<>();
                out.add(run);
            }
            run.add(parts.get(i));
        }
        return out;
    }

    private static int numberingLevel(String label) {
        for (int i = 0; i < NUMBERING.size(); i++) {
            if (NUMBERING.get(i).matcher(label).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rows a closing total adds: data rows directly above, up to a header or a total of the same or higher
     * level. Below 小计 lines, a 合计 adds the 小计 lines and the rows after the last group; a 总计 adds a 合计 it
     * meets and stops there.
     */
    private static List<Integer> partsAbove(Table t, int totalRow, int col, String totalLabel) {
        boolean subtotal = SUBTOTAL_LABEL.matcher(totalLabel).find();
        boolean grand = GRAND_LABEL.matcher(totalLabel).find();
        List<Integer> rows = new ArrayList<>();
        boolean insideGroup = false;
        for (int r = totalRow - 1; r >= 0; r--) {
            if (!isDataRow(t, r, col)) {
                break;
            }
            String label = label(t, r, col);
            boolean isTotal = TOTAL_LABEL.matcher(label).find() && !PART_OF_ITEM.matcher(label).find();
            if (isTotal) {
                boolean isSubtotal = SUBTOTAL_LABEL.matcher(label).find();
                if (subtotal || !isSubtotal && !grand) {
                    break;
                }
                rows.add(0, r);
                if (!isSubtotal) {
                    break;
                }
                insideGroup = true;
                continue;
            }
            if (insideGroup || PART_OF_ITEM.matcher(label).find()) {
                continue;
            }
            rows.add(0, r);
        }
        return rows;
    }

    /** The rows a heading total (年度资金总额 over its sources) adds: data rows directly below it. */
    private static List<Integer> partsBelow(Table t, int totalRow, int col) {
        List<Integer> rows = new ArrayList<>();
        for (int r = totalRow + 1; r < t.rowCount(); r++) {
            if (!isDataRow(t, r, col)) {
                break;
            }
            String label = label(t, r, col);
            if (label.isEmpty() || TOTAL_LABEL.matcher(label).find() && !PART_OF_ITEM.matcher(label).find()) {
                break;
            }
            rows.add(r);
        }
        return rows;
    }

    /**
     * Whether the column holds rates, scores, serial numbers or years rather than amounts: by its header, or by a
     * percentage in the total or one of its parts (other rows of the table may be another block's).
     */
    private static boolean skippedColumn(Table t, int totalRow, List<Integer> parts, int col) {
        if (SKIPPED_COLUMN.matcher(header(t, Math.min(totalRow, parts.get(0)), col)).find()) {
            return true;
        }
        List<Integer> rows = new ArrayList<>(parts);
        rows.add(totalRow);
        for (int r : rows) {
            Cell cell = t.cellAt(r, col);
            if (cell != null && (cell.text().contains("%") || cell.text().contains("％"))) {
                return true;
            }
        }
        return false;
    }
}
