package org.jixiao.corpus.load.rtf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * The rows of one RTF table as read, and their geometry turned into a grid with spans.
 *
 * <p>RTF states a table row by row: each row lists its cells' right edges ({@code \cellxN}, in twips) and
 * merge flags, then the cells' contents. There is no table-wide grid, so the grid is the union of every
 * row's cell edges: a cell spans as many grid columns as edges lie between its left and right edge. Merges
 * are stated two ways and both are read: a cell marked {@code \clmrg} (or {@code \clvmrg}) continues the
 * {@code \clmgf} (or {@code \clvmgf}) cell to its left (or above), and a wide cell simply spans the columns
 * its edges cover.
 */
final class RtfTable {

    /** One cell definition of a row: its right edge and merge flags. */
    record CellDef(int right, boolean mergeFirst, boolean mergeNext, boolean vMergeFirst, boolean vMergeNext) {
    }

    /** One row: its left edge, cell definitions and the text of each cell in order. */
    record Row(int left, List<CellDef> defs, List<String> texts) {
    }

    /** Edges closer than this (twips, 1/20 pt) are the same grid line: Word rounds edges row by row. */
    private static final int SAME_EDGE = 30;

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        if (!row.texts().isEmpty() || !row.defs().isEmpty()) {
            rows.add(row);
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A mutable cell while the grid is worked out. */
    private static final class Placed {
        final int row;
        final int col;
        int rowSpan = 1;
        int colSpan;
        final StringBuilder text;

        Placed(int row, int col, int colSpan, String text) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
        }

        void absorb(String more) {
            if (!more.isBlank()) {
                if (!text.toString().isBlank()) {
                    text.append('\n');
                }
                text.append(more);
            }
        }
    }

    /**
     * The table as a draft with spans. Should the stated geometry contradict itself (overlapping cells),
     * the table is laid out without merges instead, each cell at its position in its row, and
     * {@code warnings} says so.
     */
    TableDraft draft(List<String> warnings) {
        List<Integer> grid = gridLines();
        List<Placed> placed = new ArrayList<>();
        Map<Integer, Placed> openVertical = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Placed previous = null;
            int leftEdge = row.left();
            int nextFreeCol = 0;
            Map<Integer, Placed> stillOpen = new HashMap<>();
            for (int k = 0; k < Math.max(row.defs().size(), row.texts().size()); k++) {
                String text = k < row.texts().size() ? row.texts().get(k) : "";
                int col;
                int span;
                CellDef def = k < row.defs().size() ? row.defs().get(k) : null;
                if (def != null) {
                    col = index(grid, leftEdge);
                    span = Math.max(1, index(grid, def.right()) - col);
                    leftEdge = def.right();
                } else {
                    col = nextFreeCol; // contents without a definition: the next column
                    span = 1;
                }
                nextFreeCol = col + span;
                if (def != null && def.mergeNext() && previous != null) {
                    previous.colSpan = col + span - previous.col;
                    previous.absorb(text);
                    continue;
                }
                if (def != null && def.vMergeNext()) {
                    Placed above = openVertical.get(col);
                    if (above != null && above.colSpan == span && above.row + above.rowSpan == r) {
                        above.rowSpan++;
                        above.absorb(text);
                        stillOpen.put(col, above);
                        previous = above;
                        continue;
                    }
                }
                Placed p = new Placed(r, col, span, text);
                placed.add(p);
                if (def != null && def.vMergeFirst()) {
                    stillOpen.put(col, p);
                }
                previous = p;
            }
            openVertical = stillOpen;
        }
        if (overlaps(placed)) {
            warnings.add("an RTF table states overlapping cells; read without its merges");
            return plain();
        }
        TableDraft d = new TableDraft();
        for (Placed p : placed) {
            d.cell(p.row, p.col, p.rowSpan, p.colSpan, p.text.toString(), null, Mode.LINES);
        }
        return d;
    }

    private TableDraft plain() {
        TableDraft d = new TableDraft();
        for (int r = 0; r < rows.size(); r++) {
            List<String> texts = rows.get(r).texts();
            for (int c = 0; c < texts.size(); c++) {
                d.cell(r, c, 1, 1, texts.get(c), null, Mode.LINES);
            }
        }
        return d;
    }

    /** The distinct cell edges of all rows, near-equal edges merged, in order. */
    private List<Integer> gridLines() {
        TreeSet<Integer> all = new TreeSet<>();
        for (Row row : rows) {
            all.add(row.left());
            for (CellDef d : row.defs()) {
                all.add(d.right());
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int e : all) {
            if (lines.isEmpty() || e - lines.get(lines.size() - 1) >= SAME_EDGE) {
                lines.add(e);
            }
        }
        return lines;
    }

    /** The index of the grid line nearest to {@code edge}. */
    private static int index(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean overlaps(List<Placed> placed) {
        Set<Long> used = new HashSet<>();
        for (Placed p : placed) {
            for (int r = p.row; r < p.row + p.rowSpan; r++) {
                for (int c = p.col; c < p.col + p.colSpan; c++) {
                    if (!used.add(((long) r << 32) | c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
