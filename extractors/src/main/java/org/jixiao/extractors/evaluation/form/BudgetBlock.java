package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Unit;

/**
 * The budget block of a form: the header row naming 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
 * (in whatever order and columns the form uses) and its total line (年度资金总额, 合计 …).
 *
 * @param budget  the total line's amounts and rate
 * @param section the 预算执行率 section (the block's 分值 and 得分), or null when the block scores nothing
 */
record BudgetBlock(Budget budget, Section section) {

    static final String SECTION_NAME = "预算执行率";

    /** The weight's digits in a score header's printed text, {@code 得分（20 * 执行率）}. */
    private static final Pattern WEIGHT_IN_HEADER =
            Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*分?\\s*[*×xX]");

    /** Reads the first budget block among the parts; null when the form has none. */
    static BudgetBlock read(List<FormPart> parts) {
        for (FormPart part : parts) {
            Table t = part.table();
            for (int r = part.from(); r < part.to(); r++) {
                Map<BudgetColumn, Cell> header = header(t, r);
                if (header != null) {
                    int end = FormCells.headerEnd(t, r, BudgetBlock::namesColumn);
                    return readBlock(part, end, header);
                }
            }
        }
        return null;
    }

    /** The columns a row names, if it is a budget header (a budget column and an execution column). */
    private static Map<BudgetColumn, Cell> header(Table t, int row) {
        Map<BudgetColumn, Cell> cols = new EnumMap<>(BudgetColumn.class);
        int end = FormCells.headerEnd(t, row, BudgetBlock::namesColumn);
        for (Cell cell : FormCells.rowCells(t, row)) {
            if (cell.row() != row) {
                continue;
            }
            BudgetColumn c = BudgetColumn.of(FormCells.headerKey(t, cell, row, end));
            if (c != null) {
                cols.putIfAbsent(c, cell);
            }
        }
        boolean planned = cols.containsKey(BudgetColumn.INITIAL) || cols.containsKey(BudgetColumn.FULL_YEAR);
        return planned && cols.containsKey(BudgetColumn.EXECUTED) ? cols : null;
    }

    private static boolean namesColumn(String key) {
        return BudgetColumn.of(key) != null;
    }

    /** Reads the block whose header ends at {@code headerRow} (the last row of a header wrapped over rows). */
    private static BudgetBlock readBlock(FormPart part, int headerRow, Map<BudgetColumn, Cell> header) {
        Table t = part.table();
        int firstValueCol = header.values().stream().mapToInt(Cell::col).min().orElse(0);
        int total = totalRow(part, headerRow, header, firstValueCol);
        if (total < 0 || shifted(t, total, firstValueCol)) {
            return new BudgetBlock(Budget.NONE, null);
        }
        Unit labelUnit = labelUnit(t, headerRow, total, firstValueCol);
        Cell initial = value(t, total, headerRow, header.get(BudgetColumn.INITIAL), firstValueCol);
        Cell fullYear = value(t, total, headerRow, header.get(BudgetColumn.FULL_YEAR), firstValueCol);
        Cell executed = value(t, total, headerRow, header.get(BudgetColumn.EXECUTED), firstValueCol);
        Cell rate = value(t, total, headerRow, header.get(BudgetColumn.RATE), firstValueCol);
        Cell weight = value(t, total, headerRow, header.get(BudgetColumn.WEIGHT), firstValueCol);
        Cell score = value(t, total, headerRow, header.get(BudgetColumn.SCORE), firstValueCol);
        Budget budget = new Budget(
                FormCells.amount(initial, unitFor(header.get(BudgetColumn.INITIAL), labelUnit)),
                FormCells.amount(fullYear, unitFor(header.get(BudgetColumn.FULL_YEAR), labelUnit)),
                FormCells.amount(executed, unitFor(header.get(BudgetColumn.EXECUTED), labelUnit)),
                FormCells.rate(rate));
        BigDecimal w = FormCells.points(weight);
        BigDecimal s = FormCells.points(score);
        Provenance weightAt = weight == null ? null : weight.at();
        if (w == null && weight == null && header.get(BudgetColumn.SCORE) != null) {
            // no 分值 column: the score's header may state the weight, 得分（20*执行率）
            Cell h = header.get(BudgetColumn.SCORE);
            Matcher m = FormLabels.SCORE_HEADER_WEIGHT.matcher(FormCells.key(h));
            if (m.matches()) {
                w = new BigDecimal(m.group(1));
                weightAt = h.at();
                Matcher n = WEIGHT_IN_HEADER.matcher(weightAt.text());
                if (n.find() && n.group(1).equals(m.group(1))) {
                    weightAt = weightAt.sub(n.start(1), n.end(1)); // the number, not the whole header
                }
            }
        }
        Section section = null;
        if (w != null || s != null) {
            Provenance at = w != null ? weightAt : score.at();
            section = new Section(SECTION_NAME, w, s, at);
        }
        return new BudgetBlock(budget, section);
    }

    /**
     * Whether the total line's figures start left of the header's value columns: a figure in its label
     * columns. Its cells then do not sit under the header cells that name them (a grid rebuilt from flat text
     * with the header joined to another row, or a row missing a cell), and reading them by column would take
     * one column's figure for another's: nothing is read rather than a wrong budget.
     */
    private static boolean shifted(Table t, int total, int firstValueCol) {
        for (Cell cell : FormCells.rowCells(t, total)) {
            if (cell.row() == total && cell.col() < firstValueCol && FormCells.quantity(cell).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The total line: labelled 年度资金总额/合计 …, else the first line with an amount. */
    private static int totalRow(FormPart part, int headerRow, Map<BudgetColumn, Cell> header, int firstValueCol) {
        Table t = part.table();
        int firstWithAmount = -1;
        for (int r = headerRow + 1; r < part.to(); r++) {
            StringBuilder label = new StringBuilder();
            for (Cell cell : FormCells.rowCells(t, r)) {
                if (cell.col() < firstValueCol && cell.row() == r) {
                    label.append(FormCells.key(cell));
                }
            }
            if (FormLabels.BUDGET_TOTAL.matcher(label).find()) {
                return r;
            }
            if (firstWithAmount < 0) {
                for (BudgetColumn c : List.of(BudgetColumn.INITIAL, BudgetColumn.FULL_YEAR, BudgetColumn.EXECUTED)) {
                    Cell v = value(t, r, headerRow, header.get(c), firstValueCol);
                    if (FormCells.quantity(v).isPresent()) {
                        firstWithAmount = r;
                        break;
                    }
                }
            }
        }
        return firstWithAmount;
    }

    /** The cell of the total line under a header cell; not a cell reaching into the label columns. */
    private static Cell value(Table t, int row, int headerRow, Cell headerCell, int firstValueCol) {
        if (headerCell == null) {
            return null;
        }
        Cell cell = t.cellAt(row, headerCell.col());
        if (cell == null || cell.row() <= headerRow || cell.col() < firstValueCol) {
            return null;
        }
        return cell;
    }

    /** The header cell's own unit ({@code 全年执行数(万元)}) before the block's. */
    private static Unit unitFor(Cell headerCell, Unit labelUnit) {
        return headerCell == null ? labelUnit
                : FormCells.moneyUnit(headerCell.text()).orElse(labelUnit);
    }

    /**
     * The unit the block's labels or the table caption name: {@code 年度预算申请(万元)}, {@code 单位：万元}.
     * Label cells are those left of the value columns on the header and total lines, then the caption, then
     * anything above the header in the table (a {@code 单位：万元} line printed inside the form).
     */
    private static Unit labelUnit(Table t, int headerRow, int totalRow, int firstValueCol) {
        List<String> texts = new ArrayList<>();
        for (int r : new int[] {headerRow, totalRow}) {
            for (Cell cell : FormCells.rowCells(t, r)) {
                if (cell.col() < firstValueCol) {
                    texts.add(cell.text());
                }
            }
        }
        texts.add(t.caption());
        for (int r = 0; r < headerRow; r++) {
            for (Cell cell : FormCells.rowCells(t, r)) {
                if (cell.row() == r) {
                    texts.add(cell.text());
                }
            }
        }
        for (String s : texts) {
            Unit u = FormCells.moneyUnit(s).orElse(null);
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
