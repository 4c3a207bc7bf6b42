package org.jixiao.corpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

/** Provenance quotes the document: the auditor's way back from any value to the words of the file. */
public final class ProvenanceAssertions {

    private ProvenanceAssertions() {
    }

    /** The offsets of {@code at} quote its snippet in {@code text}. */
    public static void assertQuotes(String text, Provenance at) {
        assertNotNull(at, "no provenance");
        assertEquals(at.text(), text.substring(at.start(), at.end()), () -> "offsets must quote the snippet " + at);
    }

    /** The offsets of {@code at} quote its snippet in the document's text. */
    public static void assertQuotes(SourceDocument doc, Provenance at) {
        assertQuotes(doc.text().text(), at);
    }

    /** Every block and cell quotes its own snippet, and a cell's provenance names its table, row and column. */
    public static void assertProvenanceQuotes(SourceDocument doc) {
        String text = doc.text().text();
        for (Block b : doc.blocks()) {
            assertQuotes(text, b.at());
            if (b instanceof Table t) {
                for (Cell c : t.cells()) {
                    assertQuotes(text, c.at());
                    assertEquals(t.index(), c.at().table());
                    assertEquals(c.row(), c.at().row());
                    assertEquals(c.col(), c.at().col());
                }
            }
        }
    }
}
