package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.text.LineCells.Kind;

/**
 * Tables a web page printed one cell a line, each cell ended by its pipe ({@code 总额 |}, and {@code |} alone for an
 * empty cell), the rows' ends not shown. Unlike one cell a line without pipes ({@link LineCells}), every empty cell
 * is printed, so a row's cells can be counted; what is lost is only where a row ends.
 *
 * <p>A table starts at a run of at least three cells that are known column words ({@code header-words.txt}), with
 * the block's title just before it when it states points ({@code 预算执行情况(10分)}), and ends before the next such
 * header (or its title), at a closing label (评价结论, 存在问题, 项目负责人 …), or where the run ends. Its cells are
 * cut into rows by two rules: a row is full at the header's width, and a short row label (总额, 其中:财政资金, a known
 * 一级 or 二级 indicator name) starts the next row once the current one has all but its last cell (a budget block)
 * or when it would fall under a column of numbers (an indicator block). The rows are then read as the pipe rows they
 * were ({@link PipeTables}), which puts rows under merged cells back under their header. Cells before the first
 * header and after a table stay lines of text.
 */
final class TerminatedCells {

    /** A run shorter than this is a few labelled lines, not a flattened table. */
    private static final int MIN_RUN = 12;
    private static final int MIN_HEADER = 3;
    private static final int ROW_LABEL = 20;
    private static final Pattern TITLE = Pattern.compile(".*[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]$");
    private static final Pattern CLOSING = Pattern.compile(
            "^(评价结论|存在问题|改进措施|项目负责人|财务负责人|填报人|填表人|联系电话|备注|说明)[:：]?");
    private static final Pattern NOT_A_LABEL = Pattern.compile("^[/／\\-—–=＝≥≤<>＜＞%％]+$|[。；;]");

    private TerminatedCells() {
    }

    /** One cell ended by its pipe, or a lone pipe (an empty cell). */
    static boolean cellLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || !PipeTables.isPipe(t.charAt(t.length() - 1))) {
            return false;
        }
        String body = t.substring(0, t.length() - 1);
        return !PipeTables.hasPipe(body) && body.indexOf('\t') < 0;
    }

    /** Where the run of cell lines starting at {@code i} ends; {@code i} when it is too short to be a table. */
    static int runEnd(List<String> lines, int i) {
        int j = i;
        while (j < lines.size() && cellLine(lines.get(j))) {
            j++;
        }
        return j - i >= MIN_RUN ? j : i;
    }

    /**
     * The run {@code [from, to)} as layout items: the original line (a String) where no table is, a table's draft
     * where one is. Null when the run holds no header.
     */
    static List<Object> read(List<String> lines, int from, int to) {
        List<String> cells = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String t = lines.get(k).strip();
            cells.add(t.substring(0, t.length() - 1).strip());
        }
        List<Object> items = new ArrayList<>();
        boolean any = false;
        int k = 0;
        while (k < cells.size()) {
            int h = headerAt(cells, k);
            if (h < 0) {
                items.add(lines.get(from + k));
                k++;
                continue;
            }
            int start = titled(cells, k, h) ? h - 1 : h;
            // the title, if it was printed before this point, was emitted as a line: take it back
            if (start < k) {
                start = k;
            }
            for (int p = k; p < start; p++) {
                items.add(lines.get(from + p));
            }
            int headerEnd = h;
            while (headerEnd < cells.size() && !cells.get(headerEnd).isEmpty()
                    && LineCells.header(cells.get(headerEnd)) != null) {
                headerEnd++;
            }
            int end = tableEnd(cells, headerEnd);
            List<String> rows = rows(cells, start, h, headerEnd, end);
            TextTables.Found found = rows.size() >= 2 ? PipeTables.read(rows, 0) : null;
            if (found == null) {
                for (int p = start; p < end; p++) {
                    items.add(lines.get(from + p));
                }
            } else {
                items.add(found.draft());
                any = true;
            }
            k = end;
        }
        return any ? items : null;
    }

    /** The first cell of a header run at {@code k}, or -1: three known column words in a row. */
    private static int headerAt(List<String> cells, int k) {
        for (int j = k; j < k + MIN_HEADER; j++) {
            if (j >= cells.size() || cells.get(j).isEmpty() || LineCells.header(cells.get(j)) == null) {
                return -1;
            }
        }
        return k;
    }

    /** Whether the cell before the header at {@code h} is the block's title: points stated, no column word. */
    private static boolean titled(List<String> cells, int k, int h) {
        if (h == 0) {
            return false;
        }
        String t = cells.get(h - 1);
        return !t.isEmpty() && LineCells.header(t) == null && TITLE.matcher(t).matches();
    }

    /** Where the table whose data starts at {@code from} ends: a closing label, the next header or its title. */
    private static int tableEnd(List<String> cells, int from) {
        for (int j = from; j < cells.size(); j++) {
            if (CLOSING.matcher(cells.get(j)).find() || headerAt(cells, j) >= 0
                    || j + 1 < cells.size() && headerAt(cells, j + 1) >= 0 && titled(cells, j, j + 1)) {
                return j;
            }
        }
        return cells.size();
    }

    /** The table's rows as pipe rows: the header (with its title), then the data cut into rows. */
    private static List<String> rows(List<String> cells, int start, int h, int headerEnd, int end) {
        List<String> header = cells.subList(h, headerEnd);
        int width = header.size();
        List<Kind> kinds = header.stream().map(c -> {
            Kind kind = LineCells.header(c);
            return kind == null ? Kind.ANY : kind;
        }).toList();
        boolean indicators = LevelNames.columns(header, width).contains(1);
        List<String> out = new ArrayList<>();
        out.add(pipeRow(cells.subList(start, headerEnd)));
        List<String> row = new ArrayList<>();
        for (int j = headerEnd; j < end; j++) {
            String cell = cells.get(j);
            if (!row.isEmpty() && startsRow(cell, row.size(), width, kinds, indicators)) {
                out.add(pipeRow(row));
                row = new ArrayList<>();
            }
            row.add(cell);
        }
        if (!row.isEmpty()) {
            out.add(pipeRow(row));
        }
        return out;
    }

    private static boolean startsRow(String cell, int filled, int width, List<Kind> kinds, boolean indicators) {
        if (filled >= width) {
            return true;
        }
        if (!rowLabel(cell)) {
            return false;
        }
        if (indicators) {
            return kinds.get(filled) == Kind.NUMBER || LevelNames.of(cell) > 0 && filled >= 3;
        }
        return filled >= width - 1 || kinds.get(filled) == Kind.NUMBER;
    }

    /** A short label that can open a row: text, not a number, a bound or a sentence. */
    private static boolean rowLabel(String cell) {
        return !cell.isEmpty() && cell.length() <= ROW_LABEL && !LineCells.number(cell)
                && !NOT_A_LABEL.matcher(cell).find();
    }

    private static String pipeRow(List<String> row) {
        StringBuilder b = new StringBuilder();
        for (String c : row) {
            b.append(c).append(" | ");
        }
        return b.toString().stripTrailing();
    }
}
