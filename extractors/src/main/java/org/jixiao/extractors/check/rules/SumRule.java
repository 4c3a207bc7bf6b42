package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code sum}: a total against its parts, in tables and in prose.
 *
 * <p><b>Tables.</b> A total row is one whose label (the nearest text cell left of the column judged) ends in
 * 合计, 总计, 小计 or 总额 (年度资金总额, 支出合计 …). Its parts are the data rows next to it: above it when the
 * total closes a list (the usual 合计 line), below it when it heads one (a form's 年度资金总额 line followed by
 * its sources 其中：财政拨款 / 其他资金). Each column is judged on its own at its printed precision, and only
 * columns of amounts: a column whose header or cells speak of rates (率, %), scores (分值, 得分, 权重), serial
 * numbers (序号) or years is skipped, because a 合计 line's rate is a ratio and its score is the
 * {@code score-sum} rule's business. Nested groups: a 合计 below 小计 lines adds the 小计 lines, not the rows
 * inside them; a 总计 below a 合计 adds the 合计 and what lies between them. A 其中 line under an item is a part
 * of that item, not of the total, and is left out; a list under a heading total with more than one 其中 line is
 * nested in a way the table does not show, so only "no part exceeds the total" is asserted there. A blank part
 * cell counts as nothing; a part that is text (not a number or a dash) makes the column unreadable and it is
 * skipped. Numbered part lines (一、 （一） 1、 （1）) may be details or second breakdowns of the same total, so
 * they are also read level by level and run by run, and only when no reading adds up is there a finding. A total
 * printed as 0 above non-zero parts gets its own code: the line was not filled in. A 合计 column is checked
 * the same way against the amount columns beside it, line by line.
 *
 * <p><b>Prose</b>: see {@link ProseSums}.
 */
public final class SumRule implements CheckRule {

    private static final Pattern TOTAL_LABEL = Pattern.compile("(合计|总计|小计|总额|资金总计)(数|金额)?$");
    private static final Pattern COLUMN_TOTAL = Pattern.compile("^(合计|小计|总计)(数|金额)?([（(](万元|元|亿元|千元)[）)])?$");
    private static final Pattern SUBTOTAL_LABEL = Pattern.compile("小计(数|金额)?$");
    private static final Pattern GRAND_LABEL = Pattern.compile("总计(数|金额)?$");
    private static final Pattern BUDGET_TOTAL_LABEL = Pattern.compile("资金总额|预算总额");
    /**
     * A form's budget block also carries 分值 and 得分 columns, whose headers a scan may garble (分值 read as
     * 分什): there only columns that name an amount are added.
     */
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("预算|执行|支出|决算|金额|资金|收入|结转|拨款|安排");
    private static final Pattern PART_OF_ITEM = Pattern.compile("^其中");
    private static final Pattern SKIPPED_COLUMN = Pattern.compile("率|%|％|比例|比重|占比|分值|得分|权重|分数|序号|编号|年度|年份|增减|变动|差额");
    private static final Pattern NUMBER = Pattern.compile("^[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Pattern DASH = Pattern.compile("^[-—–－/／]+$|^无$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("[(（]\\s*(万元|元|亿元|千元)\\s*[)）]$");
    private static final Pattern MONEY_UNIT = Pattern.compile("(?:单位[:：]?\\s*|[（(]\\s*)(亿元|万元|千元|元)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What may stand between two parts of a 其中 list: a separator and the next part's name. */
    private static final Pattern NEXT_PART = Pattern.compile("^[、，,；;]?[^。；;]{0,16}$");

    @Override
    public String rule() {
        return "sum";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Block block : report.source().blocks()) {
            if (block instanceof Table t) {
                checkTable(t, out);
            }
        }
        ProseSums.check(report, out);
        return out;
    }

    // --- tables ---------------------------------------------------------------------------------------------

    private void checkTable(Table t, List<Finding> out) {
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
        for (Cell cell : t.cells()) {
            if (COLUMN_TOTAL.matcher(key(cell)).matches() && cell.colSpan() == 1) {
                checkTotalColumn(t, cell.row(), cell.col(), out);
            }
        }
    }

    /**
     * A 合计 column against the amount columns beside it, line by line: the columns to its right when it leads
     * ({@code 合计 | 财政拨款 | 其他资金}), else those to its left ({@code 财政拨款 | 其他资金 | 合计}). A part column
     * headed 其中 makes the parts a selection. Columns of rates, scores and the like end the run of parts.
     */
    private void checkTotalColumn(Table t, int headerRow, int col, List<Finding> out) {
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
                if (cell == null || cell.row() != r || cell.isBlank() || DASH.matcher(key(cell)).matches()) {
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
            Worded.finding(c, rule(), "sum.table-total", message, value.toPlainString() + unit, at)
                    .ifPresent(out::add);
        }
    }

    /** The amount columns next to a total column in one direction, up to a label, rate or score column. */
    private static List<Integer> partColumns(Table t, int headerRow, int firstData, int col, int step) {
        List<Integer> out = new ArrayList<>();
        for (int j = col + step; j >= 0 && j < t.colCount(); j += step) {
            Cell h = t.cellAt(headerRow, j);
            String head = header(t, firstData, j);
            if (h == null || head.isEmpty() || SKIPPED_COLUMN.matcher(head).find()
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
            if (cell == null || cell.row() != r || cell.isBlank() || DASH.matcher(key(cell)).matches()) {
                continue;
            }
            if (number(cell) == null || cell.col() != col) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private void checkTotal(Table t, int totalRow, int col, String label, List<Finding> out) {
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
        Worded.finding(comparison, rule(), code, message, totalValue.toPlainString() + unit, at).ifPresent(out::add);
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
            if (cell == null || cell.row() != r || cell.isBlank() || DASH.matcher(key(cell)).matches()) {
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

    private static final List<Pattern> NUMBERING = List.of(
            Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
            Pattern.compile("^[(（][一二三四五六七八九十]+[)）]"),
            Pattern.compile("^\\d+[、.．](?!\\d)"),
            Pattern.compile("^[(（]\\d+[)）]"));

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

    /** A row with a label left of {@code col} and, in {@code col}, a number, a dash or nothing. */
    private static boolean isDataRow(Table t, int r, int col) {
        Cell cell = t.cellAt(r, col);
        if (label(t, r, col).isEmpty()) {
            return false;
        }
        if (cell == null || cell.row() != r || cell.isBlank() || DASH.matcher(key(cell)).matches()) {
            // an empty cell is a part with nothing in it only on a line of figures (not a goal or a heading)
            return (cell == null || cell.isBlank() || cell.row() == r) && hasNumber(t, r);
        }
        return number(cell) != null;
    }

    private static boolean hasNumber(Table t, int r) {
        for (int c = 0; c < t.colCount(); c++) {
            Cell cell = t.cellAt(r, c);
            if (cell != null && cell.row() == r && cell.col() == c && number(cell) != null) {
                return true;
            }
        }
        return false;
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

    /** The column's header: the nearest text cell above {@code firstRow} in the column. */
    private static String header(Table t, int firstRow, int col) {
        for (int r = firstRow - 1; r >= 0; r--) {
            Cell cell = t.cellAt(r, col);
            if (cell != null && !cell.isBlank() && number(cell) == null) {
                return key(cell);
            }
        }
        return "";
    }

    /** The label of a row for column {@code col}: the nearest text cell to its left anchored in the row. */
    private static String label(Table t, int r, int col) {
        for (int c = col - 1; c >= 0; c--) {
            Cell cell = t.cellAt(r, c);
            if (cell == null || cell.row() != r || cell.isBlank()) {
                continue;
            }
            if (number(cell) != null || DASH.matcher(key(cell)).matches()
                    || cell.text().contains("%") || cell.text().contains("％")) {
                continue;
            }
            return UNIT_SUFFIX.matcher(key(cell)).replaceAll("");
        }
        return "";
    }

    /**
     * The money unit the column is printed in, for the finding's words: the column's header ({@code 全年执行数(万元)}),
     * then the caption ({@code 单位：万元}), then any header line of the table; "" when the table names none.
     */
    private static String moneyUnit(Table t, int firstRow, int col) {
        List<String> texts = new ArrayList<>();
        for (int r = firstRow - 1; r >= 0; r--) {
            Cell cell = t.cellAt(r, col);
            if (cell != null) {
                texts.add(cell.text());
            }
        }
        texts.add(t.caption() == null ? "" : t.caption());
        for (Cell cell : t.cells()) { // row-major: stop at the first data line
            if (cell.row() > firstRow) {
                break;
            }
            texts.add(cell.text());
        }
        for (String text : texts) {
            Matcher m = MONEY_UNIT.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    private static Cell numericAt(Table t, int r, int c) {
        Cell cell = t.cellAt(r, c);
        return cell != null && cell.row() == r && cell.col() == c && number(cell) != null ? cell : null;
    }

    private static String key(Cell cell) {
        String text = cell.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** The cell's number as printed, or null when the cell is not a plain number. */
    private static BigDecimal number(Cell cell) {
        String k = key(cell);
        if (k.isEmpty() || !startsLikeANumber(k.charAt(0)) || !NUMBER.matcher(k).matches()) {
            return null;
        }
        return new BigDecimal(k.replace(",", "").replace('−', '-'));
    }

    private static boolean startsLikeANumber(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '−';
    }
}
