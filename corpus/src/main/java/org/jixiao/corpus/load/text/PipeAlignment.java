package org.jixiao.corpus.load.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.text.LineCells.Kind;
import org.jixiao.corpus.text.AnswerWords;
import org.jixiao.corpus.text.Simplified;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Puts the rows of a pipe table back under their header where a flattened web table left out the cells of
 * vertically merged positions. An HTML row under a merged cell prints only its own cells and the page pads it
 * at the end ({@code 数量指标 | 带动农户数(户) | 120 | 98 | 8.2 | ||}), so read left-aligned its values sit one
 * or two columns to the left of their header ({@code 三级指标} over 120).
 *
 * <p>A row is moved only where the header proves where it goes. The header row names at least three columns
 * with known header words ({@code header-words.txt}), among them a label column (一级指标 …) and either a
 * column of numbers (分值, 得分) or both 一级指标 and 二级指标; the kind of each column says what its cells may
 * hold, and a known indicator name ({@code level-names.txt}: 产出指标, 数量指标) which level column it belongs
 * under. A row is moved right by {@code s} when, read as printed, a cell does not fit its column (a number
 * under 三级指标, 数量指标 under 一级指标) or the row starts under the header's title column, and {@code s} is
 * the only move into the room its trailing empty cells leave under which every cell fits its column, the row
 * starts in a label column, and a number lands in a number column, or a known name under its level, or the row is
 * an indicator's own (its name under the last label column, a value right after it). A row that
 * fits as printed, or fits under two moves, or under none, stays as printed. Under a header that opens with 序号,
 * a row's own number is no merged cell: it stays in the first column and the rest of the row is moved.
 *
 * <p>The moved rows are <em>guessed</em> ({@link TableDraft#guessedRows()}): their columns were inferred, so
 * no check may call a difference over them an error. A label cell just above the positions a moved row left
 * out spans down over them, as the merged cell it was. Cells keep their exact text, so offsets still quote
 * the file.
 */
final class PipeAlignment {

    private static final int MIN_HEADER_WORDS = 3;
    /** A row's own number under 序号: 1, 12, 3. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,3}[.、]?");

    private PipeAlignment() {
    }

    /** The draft of a pipe table's rows (cells as printed), with moved rows re-aligned and marked guessed. */
    static TableDraft draft(List<List<String>> rows) {
        List<List<Kind>> blocks = new ArrayList<>(); // per row: the kinds of the header above it, or null
        boolean[] aligned = new boolean[rows.size()]; // rows whose columns are known: moved, or fitting as printed
        boolean[] serial = new boolean[rows.size()]; // rows whose 序号 cell stays in the first column when moved
        int[] shifts = shifts(rows, blocks, aligned, serial);
        // per row, per printed cell: {column, row span}; a move drops the trailing empty cells it needs
        List<List<int[]>> placed = new ArrayList<>();
        Set<Integer> guessed = new TreeSet<>();
        for (int r = 0; r < rows.size(); r++) {
            List<int[]> total = blocks.get(r) == null ? null
                    : totalRow(blocks.get(r), rows.get(r), filledNumberColumns(rows, blocks, placed, r));
            if (total != null) {
                placed.add(total);
                guessed.add(r);
                continue;
            }
            List<int[]> cells = new ArrayList<>();
            // a move drops only the empty padding it pushes past the table's width
            int limit = shifts[r] == 0 || blocks.get(r) == null ? rows.get(r).size()
                    : Math.max(rows.get(r).size(), blocks.get(r).size());
            for (int c = 0; c < rows.get(r).size() && c + shifts[r] < limit; c++) {
                cells.add(new int[] {serial[r] && c == 0 ? 0 : c + shifts[r], 1});
            }
            placed.add(cells);
            if (shifts[r] > 0) {
                guessed.add(r);
                if (blocks.get(r) == null) {
                    titleDown(placed, r);
                } else {
                    spanDown(rows, blocks, aligned, placed, r, serial[r] ? 1 : 0);
                }
            }
        }
        TableDraft d = new TableDraft();
        for (int r = 0; r < rows.size(); r++) {
            List<int[]> cells = placed.get(r);
            for (int k = 0; k < cells.size(); k++) {
                d.cell(r, cells.get(k)[0], cells.get(k)[1], 1, rows.get(r).get(k), null, Mode.LINES);
            }
        }
        return d.guessedRows(guessed);
    }

    /**
     * A moved row left out the positions before its first cell: the label cell above each of them, in a label
     * column of the same header's rows (not the header itself), spans down over it, as the merged cell it was.
     */
    private static void spanDown(List<List<String>> rows, List<List<Kind>> blocks, boolean[] aligned,
            List<List<int[]>> placed, int r, int first) {
        List<Kind> kinds = blocks.get(r);
        if (placed.get(r).size() <= first) {
            return;
        }
        for (int col = first; col < placed.get(r).get(first)[0]; col++) {
            if (kinds.get(col) != Kind.LABEL) {
                continue;
            }
            for (int a = r - 1; a >= 0 && blocks.get(a) == kinds; a--) {
                int k = anchoredAt(placed.get(a), col);
                if (k >= 0) {
                    String text = rows.get(a).get(k);
                    // only a cell whose own row's columns are known was the merged label: a row left as
                    // printed because no move fitted it has a value there as often as a name
                    if (aligned[a] && a + placed.get(a).get(k)[1] == r && !text.isBlank() && !LineCells.number(text)) {
                        placed.get(a).get(k)[1]++;
                    }
                    break;
                }
            }
        }
    }

    /** A budget row moved right under its block's title: the title cell of the header above spans down over it. */
    private static void titleDown(List<List<int[]>> placed, int r) {
        for (int h = r - 1; h >= 0; h--) {
            List<int[]> cells = placed.get(h);
            int k = anchoredAt(cells, 0);
            if (k >= 0 && h + cells.get(k)[1] == r) {
                cells.get(k)[1]++;
                return;
            }
            if (k >= 0) {
                return;
            }
        }
    }

    /** The columns of the block above row {@code r} (same header) where some row holds a number, as placed. */
    private static Set<Integer> filledNumberColumns(List<List<String>> rows, List<List<Kind>> blocks,
            List<List<int[]>> placed, int r) {
        Set<Integer> out = new TreeSet<>();
        for (int a = r - 1; a >= 0 && blocks.get(a) == blocks.get(r); a--) {
            List<int[]> cells = placed.get(a);
            for (int k = 0; k < cells.size(); k++) {
                if (LineCells.number(LineCells.points(rows.get(a).get(k)))) {
                    out.add(cells.get(k)[0]);
                }
            }
        }
        return out;
    }

    /**
     * The closing row of an indicator table printed short ({@code 总分 | 100 | 96 |}, {@code 自评总分 | 96 |}): its label
     * in the first column, its one or two numbers where {@link LineCells#totalColumns} puts them, a grade in the column
     * after them. Null when the row is not that, or its numbers already sit where they belong.
     */
    private static List<int[]> totalRow(List<Kind> kinds, List<String> row, Set<Integer> numbersAbove) {
        if (row.isEmpty() || !total(row.get(0))) {
            return null;
        }
        List<Integer> filled = new ArrayList<>();
        for (int c = 1; c < row.size(); c++) {
            if (!row.get(c).isBlank()) {
                filled.add(c);
            }
        }
        int n = 0;
        while (n < filled.size() && n < 2 && LineCells.number(LineCells.points(row.get(filled.get(n))))) {
            n++;
        }
        boolean graded = filled.size() == n + 1
                && LineCells.GRADE.matcher(Simplified.of(row.get(filled.get(n)).strip())).matches();
        if (n == 0 || filled.size() != n && !graded) {
            return null;
        }
        for (int i = 0; i < filled.size(); i++) {
            if (filled.get(i) != i + 1) {
                return null; // cells printed apart: placed as printed
            }
        }
        List<Integer> target = LineCells.totalColumns(kinds, n, numbersAbove);
        if (target == null || filled.subList(0, n).equals(target)) {
            return null; // printed in place
        }
        int after = target.get(n - 1) + 1;
        if (graded && after >= kinds.size()) {
            return null;
        }
        List<int[]> out = new ArrayList<>();
        int k = 0;
        for (int c = 0; c < row.size(); c++) {
            int col;
            if (c == 0) {
                col = 0;
            } else if (k < n && c == filled.get(k)) {
                col = target.get(k++);
            } else if (graded && c == filled.get(n)) {
                col = after;
            } else {
                break; // the empty padding after the row's cells
            }
            out.add(new int[] {col, 1});
        }
        return out;
    }

    /** The closing row's label (总分, 合计; 總分 as a traditional-character mirror prints it). */
    private static boolean total(String cell) {
        return LineCells.TOTAL_ROW.matcher(Simplified.of(cell.strip())).matches();
    }

    private static int anchoredAt(List<int[]> cells, int col) {
        for (int k = 0; k < cells.size(); k++) {
            if (cells.get(k)[0] == col) {
                return k;
            }
        }
        return -1;
    }

    /**
     * How far right each row moves: 0 for every row the layout does not prove misplaced. Under a header whose first
     * column is 序号, a row that opens with its number keeps it there and the rest of the row moves
     * ({@code serial}): the cells left out are the merged ones after the number ({@code 2 | 目标合理性 | 4 | … | ||}).
     */
    static int[] shifts(List<List<String>> rows, List<List<Kind>> blocks, boolean[] aligned, boolean[] serial) {
        int[] out = new int[rows.size()];
        List<Kind> kinds = null;
        List<Integer> levels = null;
        boolean numbered = false; // the header's first column is 序号
        List<String> titledBudget = null; // a budget header row opening with its block's title, while its rows run
        List<Integer> budgetRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Kind> header = header(rows.get(r));
            if (header != null || otherHeader(rows.get(r))) {
                shiftBudgetRows(titledBudget, rows, budgetRows, out);
                kinds = header;
                levels = header == null ? null : LevelNames.columns(rows.get(r), header.size());
                numbered = header != null && header.size() > 2 && LineCells.serialHeader(rows.get(r).get(0));
                titledBudget = header == null && titledBudget(rows.get(r)) ? rows.get(r) : null;
                budgetRows = new ArrayList<>();
                blocks.add(null);
            } else if (numbered && rows.get(r).size() > 1 && SERIAL.matcher(
                    Normalizer.normalize(rows.get(r).get(0).strip(), Normalizer.Form.NFKC)).matches()) {
                List<Kind> k = kinds.subList(1, kinds.size());
                List<Integer> lv = levels.subList(1, levels.size());
                List<String> rest = rows.get(r).subList(1, rows.get(r).size());
                out[r] = shift(k, lv, rest);
                serial[r] = out[r] > 0;
                aligned[r] = out[r] > 0 || fits(k, lv, rest, 0) && !titled(k, rest);
                blocks.add(kinds);
                budgetRows.add(r);
            } else {
                out[r] = kinds == null ? 0 : shift(kinds, levels, rows.get(r));
                aligned[r] = kinds != null && (out[r] > 0
                        || fits(kinds, levels, rows.get(r), 0) && !titled(kinds, rows.get(r)));
                blocks.add(kinds);
                budgetRows.add(r);
            }
        }
        shiftBudgetRows(titledBudget, rows, budgetRows, out);
        return out;
    }

    /**
     * A budget block's header that opens with the block's title ({@code 预算执行情况(10分) | 年度预算数(万元) | 年初预算 |
     * … | 预算执行率 | 权重 | 得分}): the title was a cell merged down the block's left edge, which the rows under it
     * do not print, so each row reads one column to the left of its header.
     */
    private static boolean titledBudget(List<String> row) {
        return row.size() > MIN_HEADER_WORDS && !row.get(0).isBlank() && LineCells.header(row.get(0)) == null
                && !row.get(1).isBlank() && LineCells.header(row.get(1)) != null;
    }

    /**
     * Moves the rows under a titled budget header one column right when the rates prove it: read as printed, a
     * rate ({@code 100.00%}) sits under a column that is no rate (预算执行数); moved, every rate of every row sits
     * under a rate column (预算执行率) and every row starts with its label under the header's first column. Then
     * all rows of the block move, each starting with a label; otherwise none does.
     */
    private static void shiftBudgetRows(List<String> header, List<List<String>> rows, List<Integer> block, int[] out) {
        if (header == null || block.isEmpty()) {
            return;
        }
        boolean misplaced = false;
        int width = lastFilled(header) + 1;
        for (int r : block) {
            List<String> row = rows.get(r);
            if (row.get(0).isBlank() || LineCells.number(row.get(0)) || lastFilled(row) + 1 >= width) {
                return;
            }
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).strip().endsWith("%") || !LineCells.number(row.get(c))) {
                    continue;
                }
                if (c + 1 >= width || !header.get(c + 1).contains("率")) {
                    return;
                }
                misplaced |= !header.get(c).contains("率");
            }
        }
        if (misplaced) {
            block.forEach(r -> out[r] = 1);
        }
    }

    /**
     * The column kinds named by a header row (null for a cell naming no known column), up to its last named
     * column, or null when the row is not an indicator header: at least three known words, a label column and
     * a number column.
     */
    static List<Kind> header(List<String> row) {
        List<Kind> kinds = new ArrayList<>();
        int known = 0;
        int last = -1;
        for (String cell : row) {
            Kind k = cell.isBlank() ? null : LineCells.header(cell);
            if (k != null) {
                known++;
                last = kinds.size();
            }
            kinds.add(k);
        }
        if (known < MIN_HEADER_WORDS || !kinds.contains(Kind.LABEL)) {
            return null;
        }
        List<Integer> levels = LevelNames.columns(row, kinds.size());
        // without a column of numbers, only the level names (数量指标 under 二级指标) can prove a move
        boolean provable = kinds.contains(Kind.NUMBER) || levels.contains(1) && levels.contains(2);
        return provable ? kinds.subList(0, last + 1) : null;
    }

    /** A row of known column words that is not an indicator header (a budget block's) ends the block. */
    private static boolean otherHeader(List<String> row) {
        return row.stream().filter(c -> !c.isBlank() && LineCells.header(c) != null).count() >= MIN_HEADER_WORDS;
    }

    /** The one move that makes the row fit its header, or 0. */
    static int shift(List<Kind> kinds, List<Integer> levels, List<String> row) {
        int filled = lastFilled(row);
        if (filled < 0 || fits(kinds, levels, row, 0) && !titled(kinds, row)) {
            return 0;
        }
        int room = kinds.size() - 1 - filled;
        int found = 0;
        for (int s = 1; s <= room; s++) {
            if (fits(kinds, levels, row, s) && starts(kinds, row, s)
                    && (numbered(kinds, row, s) || LevelNames.placed(levels, row, s) || leafThenValue(kinds, row, s))) {
                if (found > 0) {
                    return 0; // two moves fit: nothing proves either
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * The row starts, as printed, under an unnamed column left of every label column: the header's title
     * ({@code 年度绩效目标(80分)}), merged down the form's left edge, which the rows under it do not print.
     */
    private static boolean titled(List<Kind> kinds, List<String> row) {
        int first = 0;
        while (first < row.size() && row.get(first).isBlank()) {
            first++;
        }
        int label = kinds.indexOf(Kind.LABEL);
        return first < label && kinds.get(first) == null;
    }

    private static int lastFilled(List<String> row) {
        for (int c = row.size() - 1; c >= 0; c--) {
            if (!row.get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Every filled cell, moved right by {@code s}, holds what its column holds (an unnamed column anything), and
     * no known indicator name lands under the other level's column (数量指标 under 一级指标).
     */
    private static boolean fits(List<Kind> kinds, List<Integer> levels, List<String> row, int s) {
        if (LevelNames.misplaced(levels, row, s)) {
            return false;
        }
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (cell.isBlank()) {
                continue;
            }
            if (c + s >= kinds.size()) {
                return false;
            }
            Kind k = kinds.get(c + s);
            if (k == Kind.NUMBER && !LineCells.number(cell) || k == Kind.LABEL && value(cell)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value, never an indicator's name: a bare number, a bound ({@code ≥200}, {@code <=0%}), a quantity that
     * starts with its number ({@code 98户}, {@code 11月前}; a numbered name, {@code 1.产出指标} or {@code 2、质量},
     * does not count), or an answer word ({@code 是}, {@code 达到预期}: {@link AnswerWords}).
     */
    private static boolean value(String cell) {
        String t = cell.strip();
        return LineCells.number(t) || !t.isEmpty() && "≥≤<>＜＞=≧≦".indexOf(t.charAt(0)) >= 0
                || QUANTITY.matcher(t).matches() || AnswerWords.is(Simplified.of(t));
    }

    private static final Pattern QUANTITY = Pattern.compile("\\d+(?:\\.\\d+)?[^\\d.．、,，)）:：\\s].*");

    /** The row's first filled cell, moved, is under a label column: a moved row starts with its name. */
    private static boolean starts(List<Kind> kinds, List<String> row, int s) {
        for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).isBlank()) {
                return kinds.get(c + s) == Kind.LABEL;
            }
        }
        return false;
    }

    /**
     * The row, moved, is an indicator's own row: its name under the last label column (三级指标) and a value right
     * after it ({@code 指标2:施工安全事故数 | <=0起 | 0起 |}, a header without a column of numbers).
     */
    private static boolean leafThenValue(List<Kind> kinds, List<String> row, int s) {
        int first = 0;
        while (first < row.size() && row.get(first).isBlank()) {
            first++;
        }
        if (first + 1 >= row.size() || first + s != kinds.lastIndexOf(Kind.LABEL) || total(row.get(first))) {
            return false;
        }
        return !value(row.get(first)) && value(row.get(first + 1));
    }

    /** A number lands in a column of numbers: the evidence the move is about values, not only names. */
    private static boolean numbered(List<Kind> kinds, List<String> row, int s) {
        for (int c = 0; c < row.size() && c + s < kinds.size(); c++) {
            if (kinds.get(c + s) == Kind.NUMBER && LineCells.number(row.get(c))) {
                return true;
            }
        }
        return false;
    }
}
