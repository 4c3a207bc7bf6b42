package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Mentions found in a block keep pointing into the whole document's text. */
class LocatedTest {

    @Test
    void offsetsMoveFromTheBlockIntoTheDocument() {
        String doc = TextNormalizer.get().normalizeText(
                "一、部门基本情况\n2025年财政拨款收入为１７３３．７３万元，减少5.83%。\n", TextNormalizer.Mode.LINES);
        int from = doc.indexOf("2025");
        int to = doc.indexOf('。') + 1;
        Provenance paragraph = new Provenance(3, null, null, null, from, to, doc.substring(from, to));
        List<Located> found = NumberScanner.scan(paragraph);
        assertEquals(3, found.size());
        for (Located l : found) {
            assertEquals(doc.substring(l.at().start(), l.at().end()), l.at().text(), "quotes the document");
            assertEquals(3, l.at().page());
        }
        assertEquals("1733.73万元", found.get(1).at().text(), "the normalizer folded the full-width digits");
        assertEquals(doc.indexOf("1733.73"), found.get(1).at().start());
    }

    @Test
    void aCellKeepsItsTableCoordinates() {
        String doc = "\t预算执行率\t≥95%\t=94.5%\n";
        int from = doc.indexOf('=');
        Provenance cell = new Provenance(null, 0, 4, 5, from, from + 6, "=94.5%");
        Located l = NumberScanner.scan(cell).get(0);
        assertEquals(4, l.at().row());
        assertEquals(5, l.at().col());
        assertEquals(from, l.at().start());
        assertEquals(Qualifier.EQUAL, ((Quantity) l.mention()).qualifier());
    }

    @Test
    void aProvenanceThatDoesNotQuoteTheMentionIsRefused() {
        Quantity q = ((ParseResult.Value) NumberParser.parse("41个")).quantity();
        assertThrows(IllegalArgumentException.class,
                () -> new Located(q, Provenance.ofText(null, 0, 3, "42个")));
    }
}
