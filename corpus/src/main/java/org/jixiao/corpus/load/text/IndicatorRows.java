package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.text.LineCells.Kind;
import org.jixiao.corpus.load.text.LineCells.Row;

/**
 * The rows of an indicator table flattened one cell per line (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
 * 分值 | 得分 | 偏差原因…). Two things make a row shorter than the header: a vertically merged cell prints only in
 * its first row, so a row is a <em>suffix</em> of the header's columns; and an empty cell prints nothing, which
 * matters for the trailing text column (the note, mostly empty), whose absence makes the next row's first cell
 * look like this row's note.
 *
 * <p>Every way to cut the cells into such rows is weighed at once (dynamic programming over the cells): the
 * reading that places the most cells wins, and among those the least unlikely: a note left empty costs 1, a row
 * whose 三级指标 is merged from above 2, a known indicator name ({@code level-names.txt}) under another level's
 * column, or taken for a note (成本指标 and 满意度指标 too, whichever their level), 5 (a 二级 name under 三级指标 only 1: a 三级指标 is often named like its 二级), a
 * percentage under 分值 or 得分 5. A template's empty row ({@code 指标2}, {@code ……}) is a row of its own, at 三级指标. A total
 * row (总分, 合计) ends the table.
 */
final class IndicatorRows {

    private static final Pattern TOTAL = Pattern.compile("^(?:合\\s*计|总\\s*计|小\\s*计|总\\s*分)[:：]?$");
    private static final int EMPTY_NOTE = 1;
    private static final int MERGED_NAME = 2;
    private static final int MISPLACED_NAME = 5;
    private static final int WEAK = 1;

    private IndicatorRows() {
    }

    /** The rows, each with the positions in {@code values} of its cells and its first column; empty when none fit. */
    static List<Row> read(List<Kind> kinds, List<String> header, List<String> values) {
        int h = kinds.size();
        List<Integer> levels = LevelNames.columns(header, h);
        int lastNumber = kinds.lastIndexOf(Kind.NUMBER);
        if (lastNumber < 0) {
            return List.of();
        }
        boolean optionalLast = lastNumber < h - 1 && kinds.get(h - 1) == Kind.ANY;
        int nameColumn = levels.indexOf(3);
        int n = values.size();
        int end = 0;
        while (end < n && !TOTAL.matcher(values.get(end).strip()).matches()) {
            end++;
        }
        int[] cells = new int[end + 1];
        int[] cost = new int[end + 1];
        int[] first = new int[end + 1];
        int[] width = new int[end + 1];
        for (int pos = end - 1; pos >= 0; pos--) {
            width[pos] = 0;
            if (nameColumn >= 0 && placeholder(values.get(pos))) {
                // a template's empty row, 指标2 or ……: its one cell, under 三级指标; nothing else can place it
                cells[pos] = 1 + cells[pos + 1];
                cost[pos] = cost[pos + 1];
                first[pos] = nameColumn;
                width[pos] = 1;
                continue;
            }
            for (int s = 0; s < h; s++) {
                for (int dropLast = 0; dropLast <= (optionalLast ? 1 : 0); dropLast++) {
                    int w = h - s - dropLast;
                    if (w <= 0 || pos + w > end || !fits(kinds, s, w, values, pos)) {
                        continue;
                    }
                    int c = dropLast * EMPTY_NOTE + (nameColumn >= 0 && s > nameColumn ? MERGED_NAME : 0)
                            + misplaced(kinds, levels, s, w, values, pos, optionalLast && dropLast == 0 ? h - 1 : -1,
                                    nameColumn);
                    int total = w + cells[pos + w];
                    int totalCost = c + cost[pos + w];
                    if (total > cells[pos] || total == cells[pos] && width[pos] > 0 && totalCost < cost[pos]) {
                        cells[pos] = total;
                        cost[pos] = totalCost;
                        first[pos] = s;
                        width[pos] = w;
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int pos = 0;
        while (pos < end && width[pos] > 0) {
            List<Integer> row = new ArrayList<>();
            for (int k = 0; k < width[pos]; k++) {
                row.add(pos + k);
            }
            rows.add(new Row(row, first[pos]));
            pos += width[pos];
        }
        return rows;
    }

    private static final Pattern NUMBERED_NAME = Pattern.compile("^指标\\s*\\d{1,2}[:：]?$");
    private static final Pattern DOTS = Pattern.compile("^[…．.]+$");
    private static final Pattern NUMBERED_START = Pattern.compile("^指标\\s*\\d{1,2}(?!\\d)");

    /** An empty template row's one cell: a numbered indicator with no name ({@code 指标2}), or dots ({@code ……}). */
    private static boolean placeholder(String cell) {
        String t = cell.strip();
        return NUMBERED_NAME.matcher(t).matches() || DOTS.matcher(t).matches();
    }

    private static boolean fits(List<Kind> kinds, int s, int w, List<String> values, int pos) {
        for (int k = 0; k < w; k++) {
            if (!LineCells.fits(kinds.get(s + k), values.get(pos + k))) {
                return false;
            }
        }
        return true;
    }

    /** The cost of known indicator names the row puts under another level's column, or in the note column. */
    private static int misplaced(List<Kind> kinds, List<Integer> levels, int s, int w, List<String> values, int pos,
                                 int noteColumn, int nameColumn) {
        int c = 0;
        for (int k = 0; k < w; k++) {
            int named = LevelNames.of(values.get(pos + k));
            int col = s + k;
            if (col != nameColumn && NUMBERED_START.matcher(values.get(pos + k).strip()).lookingAt()) {
                c += MISPLACED_NAME; // 指标1工程完工率, 指标2: a template's numbered 三级指标, in its own column only
            } else if (col == noteColumn && (LevelNames.levelName(values.get(pos + k)) || placeholder(values.get(pos + k)))) {
                c += MISPLACED_NAME;
            } else if (named > 0 && levels.get(col) > 0 && levels.get(col) != named) {
                // a 三级指标 is often named like the 二级 above it (服务对象满意度): weak evidence only
                c += named == 2 && levels.get(col) == 3 ? WEAK : MISPLACED_NAME;
            }
            if (kinds.get(col) == Kind.NUMBER && values.get(pos + k).contains("%")) {
                c += MISPLACED_NAME; // 分值 and 得分 are points, never a percentage
            }
        }
        return c;
    }
}
