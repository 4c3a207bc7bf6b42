package org.jixiao.corpus.load.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cell text from glyph geometry, with words handed over in the order PDFBox gets wrong: lines by baseline then
 * x, a word's end glyph over a border kept with its word, and no space at a join next to CJK or a bracket.
 * The geometry is drawn here (no font needed): a 2×3 grid, columns at x 100 | 200 | 300 | 400, rows at
 * y 100 | 140 | 180.
 */
class CellReadingOrderTest {

    private static final float SIZE = 10;

    private static final List<Ruling> GRID = List.of(
            new Ruling(true, 100, 100, 400), new Ruling(true, 140, 100, 400), new Ruling(true, 180, 100, 400),
            new Ruling(false, 100, 100, 180), new Ruling(false, 200, 100, 180), new Ruling(false, 300, 100, 180),
            new Ruling(false, 400, 100, 180));

    /** A word whose glyphs start at {@code x}: CJK glyphs a font size wide, others a little over half. */
    private static Word word(String s, float x, float baseline) {
        List<Glyph> gs = new ArrayList<>();
        float at = x;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            float w = c < 0x80 ? 0.55f * SIZE : SIZE;
            gs.add(new Glyph(String.valueOf(c), at, at + w, baseline, 0.8f * SIZE, SIZE));
            at += w;
        }
        return new Word(s, gs);
    }

    private static PageTable table(Word... words) {
        PageLayout p = PageLayout.of(1, 842, List.of(words), GRID);
        return p.items().stream().filter(i -> i instanceof PageLayout.TableItem)
                .map(i -> ((PageLayout.TableItem) i).table()).findFirst().orElseThrow();
    }

    private static String cell(PageTable t, int row, int col) {
        return t.cells().stream().filter(c -> c.row() == row && c.col() == col).findFirst().orElseThrow().text();
    }

    private static List<String> outside(Word... words) {
        PageLayout p = PageLayout.of(1, 842, List.of(words), GRID);
        return p.items().stream().filter(i -> i instanceof PageLayout.LineItem)
                .map(i -> ((PageLayout.LineItem) i).line().text()).toList();
    }

    @Test
    void aGlyphHandedOverLastStillLeadsItsLine() {
        // "项" of "项目资金(万元)" comes after the rest of its line and after the wrapped "元)"
        PageTable t = table(
                word("目资金(万", 212, 115),
                word("元)", 202, 130),
                word("项", 202, 115.4f));
        assertEquals("项目资金(万元)", cell(t, 0, 1));
    }

    @Test
    void aNumberWhoseFirstDigitCrossesTheLeftRulingStaysWhole() {
        // the "8" of 89.97 sits 5 pt left of the border at x 300: its centre is in the label's cell
        PageTable t = table(word("执行数", 205, 155), word("89.97", 295, 155));
        assertEquals("89.97", cell(t, 1, 2));
        assertEquals("执行数", cell(t, 1, 1));
    }

    @Test
    void aLabelStartingOverTheTableEdgeIsNotLostToTheTextOutside() {
        PageTable t = table(word("项目资金", 96, 120), word("123.45", 205, 120));
        assertEquals("项目资金", cell(t, 0, 0));
        assertEquals("123.45", cell(t, 0, 1));
        assertEquals(List.of(), outside(word("项目资金", 96, 120)));
    }

    @Test
    void twoCellsRunTogetherAtABorderAreSplitByTheGlyphCentres() {
        // "5" ends right at the border and "4" starts right after it: two cells' texts in one PDFBox word
        Word w = new Word("54", List.of(
                new Glyph("5", 194.6f, 200.1f, 155, 8, SIZE),
                new Glyph("4", 200.4f, 205.9f, 155, 8, SIZE)));
        PageTable t = table(w);
        assertEquals("5", cell(t, 1, 0));
        assertEquals("4", cell(t, 1, 1));
    }

    @Test
    void aWrappedCellJoinsWithoutASpaceNextToCjkOrABracket() {
        PageTable t = table(
                word("预算数(", 105, 115), word("A)", 105, 130),
                word("执行数", 205, 115), word("B", 205, 130),
                word("Item", 305, 115), word("one", 305, 130));
        assertEquals("预算数(A)", cell(t, 0, 0));
        assertEquals("执行数B", cell(t, 0, 1));
        // between Latin words the line break stays, and the normalizer makes it a space
        assertEquals("Item\none", cell(t, 0, 2));
    }

    @Test
    void wordsOnOneLineAreSpacedOnlyWhereAWordGapIsNoDebris() {
        PageTable t = table(
                word("(", 105, 115), word("2021年度)", 112, 115),
                word("Item", 205, 115), word("1", 230, 115),
                word("-", 305, 115), word("一、", 315, 115));
        assertEquals("(2021年度)", cell(t, 0, 0));
        assertEquals("Item 1", cell(t, 0, 1));
        assertEquals("- 一、", cell(t, 0, 2), "a bullet keeps its gap");
    }

    @Test
    void aRaisedGlyphStaysOnItsLineAndLinesComeTopDown() {
        PageTable t = table(word("第二行", 105, 131), word("面积m", 105, 116), word("2", 130.5f, 113));
        assertEquals("面积m2第二行", cell(t, 0, 0));
    }
}
