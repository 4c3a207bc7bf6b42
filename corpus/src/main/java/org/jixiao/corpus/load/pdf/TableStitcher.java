package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Joins the pieces of one table that the page breaks cut apart into a single table.
 *
 * <p>A word processor that breaks a table across pages draws a complete border around each piece, so the
 * drawing alone cannot tell a cell that goes on over the break from two cells. Three rules read it back:
 * <ul>
 *   <li><b>Repeated header.</b> Leading rows of the continuation that repeat the table's first rows
 *       (same edges, same text) are dropped.</li>
 *   <li><b>Split row.</b> When the continuation's first row has exactly the cell edges of the last row
 *       before the break, text only where that row has text, and a one-row cell that is empty where that row
 *       has text, it is the rest of that row (a row too tall for the page): its cells are joined to the cells
 *       above. Unless a cell of it is one figure ({@code 4}, {@code 3场}, {@code ≥80%}): a figure is one
 *       line, not what the break cut off a cell, so that row is the next one (a header row, or a row whose
 *       merged cells go on over the break).</li>
 *   <li><b>Continued merge.</b> Otherwise a blank first-row cell under a non-blank cell with the same edges,
 *       when either of them is itself merged over several rows, is the same vertically merged cell.</li>
 * </ul>
 * Columns are matched by position, so a piece may lack some of the other's inner column edges. Cells keep
 * the page they start on. Not thread-safe; one per table.
 */
final class TableStitcher {

    /**
     * A table cut by the page break reaches at least this far down its page; one that ends higher was ended
     * on purpose, and a table at the top of the next page is another table.
     */
    private static final float FOOT_OF_PAGE = 0.7f;

    /** A cell that is one figure: an amount, a count with its measure word, a percentage, a bound (≥80%). */
    private static final Pattern FIGURE =
            Pattern.compile("[≥≤>＞<＜=]?\\s*[-+]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:[%％]|\\p{IsHan}{1,2})?");

    /** Edges this close (points) on two pages are the same column edge. */
    private static final float EDGE_TOLERANCE = 3f;

    private static final class Cell {
        final int row;
        int rowEnd;
        final float x0;
        final float x1;
        final StringBuilder text;
        final int page;

        Cell(int row, int rowEnd, float x0, float x1, String text, int page) {
            this.row = row;
            this.rowEnd = rowEnd;
            this.x0 = x0;
            this.x1 = x1;
            this.text = new StringBuilder(text);
            this.page = page;
        }

        boolean isBlank() {
            return text.toString().isBlank();
        }

        boolean sameEdges(float a0, float a1) {
            return Math.abs(x0 - a0) <= EDGE_TOLERANCE && Math.abs(x1 - a1) <= EDGE_TOLERANCE;
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<PageTable> pieces = new ArrayList<>();
    private final PageTable first;
    private PageTable last;
    private int rows;

    TableStitcher(PageTable table) {
        this.first = table;
        this.last = table;
        pieces.add(table);
        for (PageTable.PageCell c : table.cells()) {
            cells.add(new Cell(c.row(), c.rowEnd(), table.xs()[c.col()], table.xs()[c.col() + c.colSpan()], c.text(),
                    table.page()));
        }
        rows = table.rowCount();
    }

    /** The pieces as found, one per page, for when they cannot be joined after all. */
    List<TableDraft> pieceDrafts() {
        List<TableDraft> out = new ArrayList<>();
        for (PageTable t : pieces) {
            TableDraft d = new TableDraft().page(t.page());
            for (PageTable.PageCell c : t.cells()) {
                d.cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), t.page(), Mode.WRAPPED);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * Whether {@code next} is the continuation of this table: this table runs to the foot of its page, and
     * {@code next} is on the following page with the same outer edges and mostly the same inner column edges.
     * (That it comes right after this table, with nothing but page furniture between, the caller knows.)
     */
    boolean continuesWith(PageTable next) {
        if (next.page() != last.page() + 1
                || last.bottom() < FOOT_OF_PAGE * last.pageHeight()
                || Math.abs(next.left() - last.left()) > EDGE_TOLERANCE
                || Math.abs(next.right() - last.right()) > EDGE_TOLERANCE) {
            return false;
        }
        int inner = Math.min(next.xs().length, last.xs().length) - 2;
        if (inner <= 0) {
            return true;
        }
        int shared = 0;
        for (int i = 1; i < next.xs().length - 1; i++) {
            if (hasEdge(last.xs(), next.xs()[i])) {
                shared++;
            }
        }
        return shared * 2 >= inner;
    }

    private static boolean hasEdge(float[] xs, float x) {
        for (float e : xs) {
            if (Math.abs(e - x) <= EDGE_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** Appends the continuation {@code next} (see {@link #continuesWith}). */
    void add(PageTable next) {
        int from = repeatedHeaderRows(next);
        List<PageTable.PageCell> firstRow = next.cells().stream().filter(c -> c.row() == from).toList();
        List<Cell> lastRow = cells.stream().filter(c -> c.rowEnd == rows).toList();
        Cell[] match = new Cell[firstRow.size()];
        boolean allMatched = true;
        boolean anyText = false;
        boolean textOnlyUnderText = true;
        boolean blankUnderText = false;
        boolean figure = false;
        for (int i = 0; i < firstRow.size(); i++) {
            PageTable.PageCell c = firstRow.get(i);
            float x0 = next.xs()[c.col()];
            float x1 = next.xs()[c.col() + c.colSpan()];
            for (Cell above : lastRow) {
                if (above.sameEdges(x0, x1)) {
                    match[i] = above;
                }
            }
            if (match[i] == null) {
                allMatched = false;
                continue;
            }
            if (!c.isBlank()) {
                anyText = true;
                textOnlyUnderText &= !match[i].isBlank();
                // a figure is one line, so it is not what a page break cut off a cell: 4 under 6, or 3场 under
                // 年度目标值, starts the next row
                figure |= FIGURE.matcher(c.text().strip()).matches();
            } else if (!match[i].isBlank() && c.rowSpan() == 1) {
                // a one-row blank under text: that cell's text ended before the break (a merged blank cell
                // going on down is a continued merge, no evidence of a split)
                blankUnderText = true;
            }
        }
        boolean splitRow = allMatched && anyText && textOnlyUnderText && blankUnderText && !figure;
        int offset = splitRow ? rows - 1 - from : rows - from;
        Set<PageTable.PageCell> merged = new HashSet<>();
        for (int i = 0; i < firstRow.size(); i++) {
            PageTable.PageCell c = firstRow.get(i);
            Cell above = match[i];
            if (above == null) {
                continue;
            }
            boolean continuedMerge = c.isBlank() && !above.isBlank()
                    && (c.rowSpan() > 1 || above.rowEnd - above.row > 1);
            if (splitRow || continuedMerge) {
                above.rowEnd = c.rowEnd() + offset;
                if (!c.isBlank()) {
                    above.text.append('\n').append(c.text());
                }
                merged.add(c);
            }
        }
        for (PageTable.PageCell c : next.cells()) {
            if (c.row() >= from && !merged.contains(c)) {
                cells.add(new Cell(c.row() + offset, c.rowEnd() + offset, next.xs()[c.col()],
                        next.xs()[c.col() + c.colSpan()], c.text(), next.page()));
            }
        }
        rows = Math.max(rows, next.rowCount() + offset);
        last = next;
        pieces.add(next);
    }

    /** How many leading rows of {@code next} repeat the first rows of this table (0 when none do). */
    private int repeatedHeaderRows(PageTable next) {
        for (int k = 1; k <= Math.min(3, Math.min(next.rowCount() - 1, first.rowCount() - 1)); k++) {
            List<String> a = band(first, k);
            List<String> b = band(next, k);
            if (a != null && a.equals(b)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The first {@code k} rows of {@code t} as comparable strings (position and text of each cell), or null when
     * a cell crosses row {@code k} or all are blank.
     */
    private static List<String> band(PageTable t, int k) {
        List<String> out = new ArrayList<>();
        boolean text = false;
        for (PageTable.PageCell c : t.cells()) {
            if (c.row() >= k) {
                continue;
            }
            if (c.rowEnd() > k) {
                return null;
            }
            String s = c.text().replaceAll("\\s+", "");
            text |= !s.isEmpty();
            out.add(c.row() + ":" + c.rowSpan() + ":" + Math.round(t.xs()[c.col()] / EDGE_TOLERANCE) + ":"
                    + Math.round(t.xs()[c.col() + c.colSpan()] / EDGE_TOLERANCE) + ":" + s);
        }
        return text ? out : null;
    }

    /** The joined table, its columns the union of every piece's column edges. */
    TableDraft toDraft() {
        float[] edges = new float[cells.size() * 2];
        int n = 0;
        for (Cell c : cells) {
            edges[n++] = c.x0;
            edges[n++] = c.x1;
        }
        Arrays.sort(edges, 0, n);
        float[] xs = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || edges[i] - xs[m - 1] > EDGE_TOLERANCE) {
                xs[m++] = edges[i];
            }
        }
        float[] cols = Arrays.copyOf(xs, m);
        TableDraft draft = new TableDraft().page(first.page());
        for (Cell c : cells) {
            int c0 = nearest(cols, c.x0);
            int c1 = nearest(cols, c.x1);
            draft.cell(c.row, c0, c.rowEnd - c.row, Math.max(1, c1 - c0), c.text.toString(), c.page, Mode.WRAPPED);
        }
        return draft;
    }

    private static int nearest(float[] xs, float x) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
                best = i;
            }
        }
        return best;
    }
}
