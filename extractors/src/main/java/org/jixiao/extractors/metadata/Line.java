package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

/**
 * A unit of text the metadata rules look at: a heading, a paragraph, or one table cell, with its provenance.
 *
 * @param headingLevel the heading level for a heading, else 0
 * @param table        the table for a cell, else null
 * @param cell         the cell, else null
 */
record Line(String text, org.jixiao.corpus.model.Provenance at, int headingLevel, Table table, Cell cell) {

    boolean isCell() {
        return cell != null;
    }

    boolean isHeading() {
        return headingLevel > 0;
    }

    /** The document flattened in reading order: headings and paragraphs as they are, tables cell by cell. */
    static List<Line> of(SourceDocument doc) {
        List<Line> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            switch (b) {
                case Heading h -> out.add(new Line(h.text(), h.at(), Math.max(1, h.level()), null, null));
                case Paragraph p -> out.add(new Line(p.text(), p.at(), 0, null, null));
                case Table t -> {
                    for (Cell c : t.cells()) {
                        out.add(new Line(c.text(), c.at(), 0, t, c));
                    }
                }
            }
        }
        return out;
    }
}
