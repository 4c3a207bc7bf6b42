package org.jixiao.pipeline.render;

import java.io.PrintWriter;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

/**
 * A readable outline of a document for people: headings, paragraphs, and tables drawn as grids in which a
 * merged cell shows its text once and its covered positions as {@code ↑} (merged with the cell above) or
 * {@code ←} (merged with the cell to the left).
 */
public final class DocumentOutline {

    static final int MAX_COL_WIDTH = 24;

    private DocumentOutline() {
    }

    public static void print(SourceDocument doc, PrintWriter out) {
        out.println("== " + doc.path() + "  [" + doc.format().label()
                + (doc.pageCount() > 0 ? ", " + doc.pageCount() + " pages" : "")
                + (doc.ocr() ? ", OCR" : "") + ", " + doc.tables().size() + " tables, id " + doc.id().substring(0, 12) + "]");
        for (String w : doc.warnings()) {
            out.println("!! " + w);
        }
        for (Block b : doc.blocks()) {
            switch (b) {
                case Heading h -> out.println("#".repeat(h.level()) + " " + h.text() + page(b));
                case Paragraph p -> out.println("   " + p.text().replace("\n", "\n   ") + page(b));
                case Table t -> printTable(t, out);
            }
        }
        out.println();
    }

    private static String page(Block b) {
        return b.at().page() == null ? "" : "  (p." + b.at().page() + ")";
    }

    static void printTable(Table t, PrintWriter out) {
        out.println("   [table " + t.index() + ": " + t.rowCount() + " rows x " + t.colCount() + " cols"
                + (t.at().page() != null ? ", p." + t.at().page() : "")
                + (t.caption() != null ? ", caption: " + t.caption() : "") + "]");
        String[][] shown = new String[t.rowCount()][t.colCount()];
        int[] width = new int[t.colCount()];
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.colCount(); c++) {
                Cell cell = t.cellAt(r, c);
                String s;
                if (cell == null) {
                    s = "";
                } else if (cell.row() == r && cell.col() == c) {
                    s = DisplayWidth.fit(cell.text().replace('\n', ' '), MAX_COL_WIDTH);
                } else {
                    s = cell.col() < c ? "←" : "↑";
                }
                shown[r][c] = s;
                width[c] = Math.max(width[c], DisplayWidth.of(s));
            }
        }
        StringBuilder rule = new StringBuilder("   +");
        for (int w : width) {
            rule.append("-".repeat(w + 2)).append('+');
        }
        out.println(rule);
        for (int r = 0; r < t.rowCount(); r++) {
            StringBuilder line = new StringBuilder("   |");
            for (int c = 0; c < t.colCount(); c++) {
                line.append(' ').append(DisplayWidth.pad(shown[r][c], width[c])).append(" |");
            }
            out.println(line);
        }
        out.println(rule);
    }
}
