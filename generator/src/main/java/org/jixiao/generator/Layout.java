package org.jixiao.generator;

import java.util.List;

/**
 * A report laid out independently of any file format: the title, then headings, paragraphs and tables in
 * reading order. Every renderer draws exactly this, so the formats of one report say the same thing.
 */
public record Layout(String title, List<Part> parts) {

    public Layout {
        parts = List.copyOf(parts);
    }

    /** One block of the report. */
    public sealed interface Part permits Heading, Paragraph, Grid {
    }

    /** A numbered section heading; level 1 for 一、…, level 2 for （一）…. */
    public record Heading(int level, String text) implements Part {
    }

    public record Paragraph(String text) implements Part {
    }

    /**
     * A table on a rows × cols grid. Each cell is given once, at its top-left slot, with its spans; slots a
     * merged cell covers have no cell of their own.
     *
     * @param caption shown above the table (the form's name and year)
     * @param note    shown above the table on the right, e.g. 单位：万元; may be empty
     */
    public record Grid(String caption, String note, int rows, int cols, List<GridCell> cells) implements Part {
        public Grid {
            cells = List.copyOf(cells);
        }

        /** The cell whose top-left slot is (row, col), or null if none starts there. */
        public GridCell origin(int row, int col) {
            for (GridCell c : cells) {
                if (c.row() == row && c.col() == col) {
                    return c;
                }
            }
            return null;
        }

        /** An index of the grid: for every slot, the cell covering it (null for an empty slot). */
        public GridCell[][] cover() {
            GridCell[][] out = new GridCell[rows][cols];
            for (GridCell c : cells) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                        out[r][k] = c;
                    }
                }
            }
            return out;
        }
    }

    /** A cell; {@code text} may hold line breaks (separate paragraphs inside the cell). */
    public record GridCell(int row, int col, int rowSpan, int colSpan, String text, boolean header) {
    }
}
