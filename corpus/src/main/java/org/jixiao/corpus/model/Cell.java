package org.jixiao.corpus.model;

/**
 * One cell of a {@link Table}, anchored at its top-left grid position.
 *
 * <p>A merged cell is one {@code Cell} with {@code rowSpan}/{@code colSpan} greater than one, never copies:
 * copies are what general converters produce and what makes totals count twice. A cell whose content is
 * several paragraphs stays one cell, its paragraphs separated by newlines.
 */
public record Cell(int row, int col, int rowSpan, int colSpan, Provenance at) {

    public Cell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry r" + row + " c" + col + " " + rowSpan + "x" + colSpan);
        }
    }

    /** The cell's normalized text. */
    public String text() {
        return at.text();
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }

    public boolean isMerged() {
        return rowSpan > 1 || colSpan > 1;
    }

    public boolean isBlank() {
        return at.text().isBlank();
    }
}
