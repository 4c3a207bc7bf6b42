package org.jixiao.corpus.load.pdf;

import java.util.List;

/**
 * A ruled table as found on one page: its grid lines and its cells with spans and text.
 *
 * @param xs         column edges, left to right (colCount + 1 values)
 * @param ys         row edges, top to bottom (rowCount + 1 values)
 * @param pageHeight the height of its page, to tell whether the table runs to the foot of the page
 */
record PageTable(int page, float[] xs, float[] ys, List<PageCell> cells, float pageHeight) {

    /** A cell of a page table: its anchor and spans in the page grid and its raw text (lines separated by \n). */
    record PageCell(int row, int col, int rowSpan, int colSpan, String text) {

        int rowEnd() {
            return row + rowSpan;
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    int rowCount() {
        return ys.length - 1;
    }

    int colCount() {
        return xs.length - 1;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }
}
