package org.jixiao.corpus.load.rtf;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the text {@link RtfReader} decodes into paragraphs and tables: a character goes to the open cell when
 * the paragraph is in a table ({@code \intbl}) or a row is open, else to the paragraph; {@code \cell}, {@code \row}
 * and the row definition ({@code \trowd}, {@code \trleft}, {@code \cellx}, merge flags) build {@link RtfTable}s.
 * The outline level of the paragraph being ended is passed in: it is formatting state the reader keeps.
 */
final class RtfLayout {

    private final RtfReader.Sink sink;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private final List<String> rowTexts = new ArrayList<>();
    private List<RtfTable.CellDef> rowDefs = new ArrayList<>();
    private int rowLeft;
    private boolean mergeFirst;
    private boolean mergeNext;
    private boolean vMergeFirst;
    private boolean vMergeNext;
    private RtfTable table = new RtfTable();
    /** Between {@code \trowd} and {@code \row}: text belongs to a cell even where a writer omits {@code \intbl}. */
    private boolean rowOpen;

    RtfLayout(RtfReader.Sink sink) {
        this.sink = sink;
    }

    /** One character of body text. Non-blank text after a table, outside any row, ends the table. */
    void append(char c, boolean inTable, int outline) {
        if (inTable || rowOpen) {
            cell.append(c);
        } else {
            if (!table.isEmpty() && !Character.isWhitespace(c)) {
                endTable(outline);
            }
            paragraph.append(c);
        }
    }

    /** {@code \par}: a line break inside a cell, else the end of the paragraph (and of any table before it). */
    void paragraphMark(boolean inTable, int outline) {
        if (inTable || rowOpen) {
            cell.append('\n');
        } else {
            endTable(outline);
            endParagraph(outline);
        }
    }

    /** A nested table's cell or row end: flattened into the outer cell. */
    void nested(char separator) {
        cell.append(separator);
    }

    void endParagraph(int outline) {
        if (!paragraph.isEmpty()) {
            sink.paragraph(paragraph.toString(), outline);
            paragraph.setLength(0);
        }
    }

    void endCell() {
        String t = cell.toString();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '\n') {
            end--;
        }
        rowTexts.add(t.substring(0, end));
        cell.setLength(0);
    }

    void endRow(int outline) {
        rowOpen = false;
        if (!cell.toString().isBlank()) {
            endCell();
        }
        cell.setLength(0);
        if (!paragraph.toString().isBlank()) {
            endParagraph(outline); // text that stood before the table's first row
        }
        paragraph.setLength(0);
        table.add(new RtfTable.Row(rowLeft, List.copyOf(rowDefs), List.copyOf(rowTexts)));
        rowTexts.clear();
    }

    void endTable(int outline) {
        if (!rowTexts.isEmpty() || !cell.toString().isBlank()) {
            endRow(outline); // a row the file did not close with \row
        }
        if (!table.isEmpty()) {
            sink.table(table);
            table = new RtfTable();
        }
    }

    /** {@code \trowd}: a new row definition. */
    void startRow() {
        rowOpen = true;
        rowDefs = new ArrayList<>();
        rowLeft = 0;
        clearMergeFlags();
    }

    /** {@code \trleft}: the row's left edge. */
    void rowLeft(int twips) {
        rowLeft = twips;
    }

    /** {@code \clmgf}, {@code \clmrg}, {@code \clvmgf} or {@code \clvmrg}, for the next {@code \cellx}. */
    void mergeFlag(String word) {
        switch (word) {
            case "clmgf" -> mergeFirst = true;
            case "clmrg" -> mergeNext = true;
            case "clvmgf" -> vMergeFirst = true;
            case "clvmrg" -> vMergeNext = true;
            default -> throw new IllegalArgumentException(word);
        }
    }

    /** {@code \cellx}: a cell's right edge closes its definition. */
    void cellx(int right) {
        rowDefs.add(new RtfTable.CellDef(right, mergeFirst, mergeNext, vMergeFirst, vMergeNext));
        clearMergeFlags();
    }

    private void clearMergeFlags() {
        mergeFirst = false;
        mergeNext = false;
        vMergeFirst = false;
        vMergeNext = false;
    }
}
