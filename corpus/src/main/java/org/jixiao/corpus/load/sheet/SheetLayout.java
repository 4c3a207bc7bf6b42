package org.jixiao.corpus.load.sheet;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.sheet.SheetGrid.Anchor;
import org.jixiao.corpus.load.sheet.SheetGrid.Region;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Turns one sheet into paragraphs and tables, the way a reader sees it.
 *
 * <p>Self-evaluation reports are often kept in one sheet that holds everything: the 附件 label and the
 * form's title in single cells, the form itself, and the written report below, one paragraph per cell. One
 * table per sheet would bury the prose in column A of a 200-row "table". So a sheet is cut into
 * <em>bands</em>: runs of consecutive rows with text, joined where a merged region reaches down; a fully
 * empty row ends a band. Within a band:
 * <ul>
 *   <li>leading rows that hold a single one-row cell (a title typed in A1, or merged across the table) are
 *       paragraphs before the table; a band made only of such rows — a column of text — is all
 *       paragraphs;</li>
 *   <li>trailing rows whose single cell is merged across the whole table width (a {@code 注：} note) are
 *       paragraphs after it;</li>
 *   <li>the rest is a table over the band's occupied columns: empty leading and trailing columns are
 *       trimmed, interior empty positions are empty cells (the grid stays rectangular, as in Word), a merged
 *       region is one cell with spans at its top-left position and nothing at the positions it covers.</li>
 * </ul>
 * A table's caption is the short paragraph just above it in the same sheet (the builder's rule, as for
 * Word); a table that opens its sheet is captioned with the sheet's name.
 */
final class SheetLayout {

    private final SheetGrid grid;
    private final String sheetName;
    private final DocumentBuilder builder;
    private boolean emittedInSheet;

    private SheetLayout(SheetGrid grid, String sheetName, DocumentBuilder builder) {
        this.grid = grid;
        this.sheetName = sheetName;
        this.builder = builder;
    }

    /** Emits the sheet's blocks into {@code builder}, top to bottom. */
    static void emit(SheetGrid grid, String sheetName, DocumentBuilder builder) {
        if (!grid.isEmpty()) {
            new SheetLayout(grid, sheetName, builder).emitAll();
        }
    }

    /** The bands of a grid as {top, bottom} row pairs, inclusive. */
    static List<int[]> bands(SheetGrid grid) {
        List<int[]> bands = new ArrayList<>();
        int top = -1;
        int bottom = -1;
        for (int row : grid.textRows()) {
            if (!grid.rowHasText(row)) {
                continue;
            }
            if (top >= 0 && row <= bottom + 1) {
                bottom = Math.max(bottom, grid.reach(row));
            } else {
                if (top >= 0) {
                    bands.add(new int[] {top, bottom});
                }
                top = row;
                bottom = grid.reach(row);
            }
        }
        if (top >= 0) {
            bands.add(new int[] {top, bottom});
        }
        return bands;
    }

    private void emitAll() {
        for (int[] band : bands(grid)) {
            emitBand(band[0], band[1]);
        }
    }

    private void emitBand(int top, int bottom) {
        while (top <= bottom) {
            Anchor single = singleLineCell(top);
            if (single == null) {
                break;
            }
            paragraph(single.text());
            top++;
        }
        if (top > bottom) {
            return;
        }
        List<String> after = new ArrayList<>();
        while (bottom > top) {
            int[] cols = grid.columnRange(top, bottom - 1);
            Anchor single = singleLineCell(bottom);
            if (single == null || single.col() > cols[0] || single.lastCol() < cols[1] || single.region() == null) {
                break;
            }
            after.add(0, single.text());
            bottom--;
        }
        table(top, bottom);
        after.forEach(this::paragraph);
    }

    /** The row's only cell when it is a one-row cell with text and nothing else is anchored in the row. */
    private Anchor singleLineCell(int row) {
        int[] cols = grid.columnRange(row, row);
        if (cols[1] < 0) {
            return null;
        }
        List<Anchor> items = grid.anchors(row, cols[0], cols[1]);
        if (items.size() != 1) {
            return null;
        }
        Anchor a = items.get(0);
        return a.hasText() && a.lastRow() == row ? a : null;
    }

    private void paragraph(String raw) {
        builder.text(raw, null, Mode.LINES);
        emittedInSheet = true;
    }

    private void table(int top, int bottom) {
        int[] cols = grid.columnRange(top, bottom);
        TableDraft draft = new TableDraft();
        if (!emittedInSheet) {
            draft.caption(sheetName);
        }
        for (int r = top; r <= bottom; r++) {
            for (int c = cols[0]; c <= cols[1]; c++) {
                Region covering = grid.coveredBy(r, c);
                if (covering != null && inBox(covering, top, bottom, cols)) {
                    continue; // part of a merged cell anchored in this table
                }
                Region anchored = grid.regionAt(r, c);
                int rowSpan = anchored == null ? 1 : Math.min(anchored.lastRow(), bottom) - r + 1;
                int colSpan = anchored == null ? 1 : Math.min(anchored.lastCol(), cols[1]) - c + 1;
                draft.cell(r - top, c - cols[0], rowSpan, colSpan, grid.textAt(r, c));
            }
        }
        builder.table(draft);
        emittedInSheet = true;
    }

    private static boolean inBox(Region g, int top, int bottom, int[] cols) {
        return g.firstRow() >= top && g.firstRow() <= bottom && g.firstCol() >= cols[0] && g.firstCol() <= cols[1];
    }
}
