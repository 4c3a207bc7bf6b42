package org.jixiao.corpus.load.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Turns Word table rows — cells already placed on the column grid, each saying whether it starts, continues
 * or stays out of a vertical merge — into a {@link TableDraft} with row spans.
 *
 * <p>Both Word formats describe a vertical merge the same way: the top cell is marked "first merged"
 * ({@code w:vMerge w:val="restart"}, {@code fFirstMerged}) and each cell below it at the same grid position
 * is marked "merged" with (normally) no text of its own. Word shows one cell; so do we: the top cell gets
 * the row span, the continuations give no cell. Sharing this step is what makes a {@code .doc} and its
 * {@code .docx} produce identical grids.
 *
 * <p>Rules for odd input, as Word renders it: a continuation that has no open merge above it at the same
 * column and width starts a merge itself; a continuation's text (which Word hides only in theory) is
 * appended to the merged cell so nothing is lost. Rows must be given top to bottom, cells left to right.
 */
final class WordTableGrid {

    /** How a cell takes part in a vertical merge. */
    enum VMerge {
        NONE, RESTART, CONTINUE
    }

    /** One cell of a row as read: its first grid column, how many it spans, its merge role and raw text. */
    record GridCell(int col, int colSpan, VMerge vMerge, String text) {
        GridCell {
            if (col < 0 || colSpan < 1) {
                throw new IllegalArgumentException("bad cell position c" + col + " span " + colSpan);
            }
        }
    }

    private static final class Anchor {
        final int row;
        final int col;
        final int colSpan;
        int rowSpan = 1;
        final StringBuilder text;

        Anchor(int row, int col, int colSpan, String text) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
        }
    }

    private final List<Anchor> anchors = new ArrayList<>();
    /** Vertical merges still open after the last row, by grid column. */
    private Map<Integer, Anchor> open = new HashMap<>();
    private int rows;

    /** Adds the next row. Cells that would overlap an earlier cell of the same row are moved right. */
    void addRow(List<GridCell> cells) {
        Map<Integer, Anchor> nextOpen = new HashMap<>();
        int free = 0;
        for (GridCell c : cells) {
            int col = Math.max(c.col(), free);
            free = col + c.colSpan();
            Anchor above = open.get(col);
            if (c.vMerge() == VMerge.CONTINUE && above != null && above.colSpan == c.colSpan()) {
                above.rowSpan++;
                if (!c.text().isBlank()) {
                    if (!above.text.isEmpty()) {
                        above.text.append('\n');
                    }
                    above.text.append(c.text());
                }
                nextOpen.put(col, above);
                continue;
            }
            Anchor a = new Anchor(rows, col, c.colSpan(), c.text());
            anchors.add(a);
            if (c.vMerge() != VMerge.NONE) {
                nextOpen.put(col, a);
            }
        }
        open = nextOpen;
        rows++;
    }

    /**
     * The rows so far as a draft; word-processor cells keep their line breaks ({@link Mode#LINES}).
     *
     * <p>Grid columns that no cell starts or ends on are dropped first. A {@code .docx} often keeps stale
     * {@code w:gridCol}s after editing (a boundary no row uses any more), while a {@code .doc} only knows
     * the boundaries its cells have; keeping just the boundaries in use gives both the same, smallest grid.
     */
    TableDraft toDraft() {
        int width = 0;
        for (Anchor a : anchors) {
            width = Math.max(width, a.col + a.colSpan);
        }
        boolean[] used = new boolean[width + 1];
        for (Anchor a : anchors) {
            used[a.col] = true;
            used[a.col + a.colSpan] = true;
        }
        int[] compact = new int[width + 1];
        int next = 0;
        for (int b = 0; b <= width; b++) {
            compact[b] = next;
            if (used[b]) {
                next++;
            }
        }
        TableDraft draft = new TableDraft();
        for (Anchor a : anchors) {
            int col = compact[a.col];
            int span = compact[a.col + a.colSpan] - col;
            draft.cell(a.row, col, a.rowSpan, span, a.text.toString(), null, Mode.LINES);
        }
        return draft;
    }

    int rowCount() {
        return rows;
    }
}
