package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;

/**
 * How the {@code sum} rule reads a table's cells: a cell's number as printed, a row's label, a column's header
 * and money unit, and which lines are lines of figures. Shared by {@link TableTotals} (total lines) and
 * {@link TotalColumns} (total columns), so both read a layout the same way.
 */
final class TableCells {

    /** A row label that makes the row a total: 合计, 总计, 小计, 总额 … at its end. */
    static final Pattern TOTAL_LABEL = Pattern.compile("(合计|总计|小计|总额|资金总计)(数|金额)?$");
    /** A 其中 line: a part of the item above it, not of the total. */
    static final Pattern PART_OF_ITEM = Pattern.compile("^其中");
    /** Column headers of rates, scores, serial numbers, years and changes: never added as amounts. */
    static final Pattern SKIPPED_COLUMN = Pattern.compile("率|%|％|比例|比重|占比|分值|得分|权重|分数|序号|编号|年度|年份|增减|变动|差额");
    private static final Pattern NUMBER = Pattern.compile("^[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Pattern DASH = Pattern.compile("^[-—–－/／]+$|^无$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("[(（]\\s*(万元|元|亿元|千元)\\s*[)）]$");
    private static final Pattern MONEY_UNIT = Pattern.compile("(?:单位[:：]?\\s*|[（(]\\s*)(亿元|万元|千元|元)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TableCells() {
    }

    /** Whether the cell, anchored in row {@code r}, adds nothing: missing, blank, a dash or 无. */
    static boolean emptyPart(Cell cell, int r) {
        return cell == null || cell.row() != r || cell.isBlank() || DASH.matcher(key(cell)).matches();
    }

    /** A row with a label left of {@code col} and, in {@code col}, a number, a dash or nothing. */
    static boolean isDataRow(Table t, int r, int col) {
        Cell cell = t.cellAt(r, col);
        if (label(t, r, col).isEmpty()) {
            return false;
        }
        if (emptyPart(cell, r)) {
            // an empty cell is a part with nothing in it only on a line of figures (not a goal or a heading)
            return (cell == null || cell.isBlank() || cell.row() == r) && hasNumber(t, r);
        }
        return number(cell) != null;
    }

    static boolean hasNumber(Table t, int r) {
        for (int c = 0; c < t.colCount(); c++) {
            Cell cell = t.cellAt(r, c);
            if (cell != null && cell.row() == r && cell.col() == c && number(cell) != null) {
                return true;
            }
        }
        return false;
    }

    /** The column's header: the nearest text cell above {@code firstRow} in the column. */
    static String header(Table t, int firstRow, int col) {
        for (int r = firstRow - 1; r >= 0; r--) {
            Cell cell = t.cellAt(r, col);
            if (cell != null && !cell.isBlank() && number(cell) == null) {
                return key(cell);
            }
        }
        return "";
    }

    /** The label of a row for column {@code col}: the nearest text cell to its left anchored in the row. */
    static String label(Table t, int r, int col) {
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
    static String moneyUnit(Table t, int firstRow, int col) {
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

    /** The cell anchored at {@code (r, c)} when it holds a plain number, else null. */
    static Cell numericAt(Table t, int r, int c) {
        Cell cell = t.cellAt(r, c);
        return cell != null && cell.row() == r && cell.col() == c && number(cell) != null ? cell : null;
    }

    /** The cell's text without white space (a PDF's 合 计 is 合计). */
    static String key(Cell cell) {
        String text = cell.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** The cell's number as printed, or null when the cell is not a plain number. */
    static BigDecimal number(Cell cell) {
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
