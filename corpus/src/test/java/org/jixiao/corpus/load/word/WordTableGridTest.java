package org.jixiao.corpus.load.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.TableDraft.RawCell;
import org.jixiao.corpus.load.word.WordTableGrid.GridCell;
import org.jixiao.corpus.load.word.WordTableGrid.VMerge;
import org.junit.jupiter.api.Test;

class WordTableGridTest {

    private static GridCell cell(int col, int span, VMerge v, String text) {
        return new GridCell(col, span, v, text);
    }

    private static RawCell at(TableDraft d, int row, int col) {
        return d.cells().stream().filter(c -> c.row() == row && c.col() == col).findFirst()
                .orElseThrow(() -> new AssertionError("no cell at r" + row + " c" + col));
    }

    @Test
    void continuationsExtendTheAnchorAndGiveNoCell() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(0, 1, VMerge.RESTART, "一级"), cell(1, 1, VMerge.NONE, "a")));
        g.addRow(List.of(cell(0, 1, VMerge.CONTINUE, ""), cell(1, 1, VMerge.NONE, "b")));
        g.addRow(List.of(cell(0, 1, VMerge.NONE, "下一个"), cell(1, 1, VMerge.NONE, "c")));
        TableDraft d = g.toDraft();
        assertEquals(5, d.cells().size());
        assertEquals(2, at(d, 0, 0).rowSpan());
        assertEquals("下一个", at(d, 2, 0).raw());
    }

    @Test
    void aContinuationWithTextAddsItToTheMergedCell() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(0, 1, VMerge.RESTART, "上")));
        g.addRow(List.of(cell(0, 1, VMerge.CONTINUE, "下")));
        assertEquals("上\n下", at(g.toDraft(), 0, 0).raw());
    }

    @Test
    void anOrphanContinuationStartsItsOwnMerge() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(0, 1, VMerge.NONE, "x")));
        g.addRow(List.of(cell(0, 1, VMerge.CONTINUE, "孤")));
        g.addRow(List.of(cell(0, 1, VMerge.CONTINUE, "")));
        TableDraft d = g.toDraft();
        assertEquals(1, at(d, 0, 0).rowSpan());
        assertEquals(2, at(d, 1, 0).rowSpan());
    }

    @Test
    void aContinuationOfADifferentWidthDoesNotMerge() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(0, 2, VMerge.RESTART, "宽")));
        g.addRow(List.of(cell(0, 1, VMerge.CONTINUE, "窄"), cell(1, 1, VMerge.NONE, "y")));
        TableDraft d = g.toDraft();
        assertEquals(1, at(d, 0, 0).rowSpan());
        assertEquals("窄", at(d, 1, 0).raw());
    }

    @Test
    void overlappingCellsOfARowAreMovedRight() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(0, 2, VMerge.NONE, "a"), cell(1, 1, VMerge.NONE, "b")));
        TableDraft d = g.toDraft();
        assertEquals(2, d.cells().size());
        assertEquals("b", at(d, 0, 1).raw(), "b starts where a ends; the grid then has two columns");
    }

    @Test
    void unusedGridBoundariesAreDropped() {
        WordTableGrid g = new WordTableGrid();
        g.addRow(List.of(cell(1, 2, VMerge.NONE, "a"), cell(3, 3, VMerge.NONE, "b")));
        g.addRow(List.of(cell(1, 2, VMerge.NONE, "c"), cell(3, 1, VMerge.NONE, "d"), cell(4, 2, VMerge.NONE, "e")));
        TableDraft d = g.toDraft();
        assertEquals(0, at(d, 0, 0).col());
        assertEquals(1, at(d, 0, 0).colSpan());
        assertEquals(2, at(d, 0, 1).colSpan());
        assertEquals("e", at(d, 1, 2).raw());
        assertEquals(1, at(d, 1, 2).colSpan());
    }
}
