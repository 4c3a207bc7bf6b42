package org.jixiao.corpus.load.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;

/** How a sheet is cut into paragraphs and tables, on small hand-made grids. */
class SheetLayoutTest {

    private static final SourceFile FILE = new SourceFile(Path.of("x.xlsx"), "cd".repeat(32), 10, Format.XLSX);

    private static SourceDocument layout(SheetGrid g) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        SheetLayout.emit(g, "Sheet1", b);
        return b.build();
    }

    @Test
    void anEmptyRowEndsABandButAMergedCellReachingDownJoinsRows() {
        SheetGrid g = new SheetGrid();
        g.text(0, 0, "标题");
        g.text(2, 0, "一级指标");
        g.text(2, 1, "指标值");
        g.text(4, 1, "162户"); // row 3 is empty but A3:A5 reaches over it
        g.text(7, 0, "说明");
        g.merge(2, 0, 4, 0);
        List<int[]> bands = SheetLayout.bands(g);
        assertEquals(3, bands.size());
        assertArrayEquals(new int[] {0, 0}, bands.get(0));
        assertArrayEquals(new int[] {2, 4}, bands.get(1));
        assertArrayEquals(new int[] {7, 7}, bands.get(2));
    }

    @Test
    void aColumnOfSingleCellsIsProseAndAGridIsATable() {
        SheetGrid g = new SheetGrid();
        g.text(0, 0, "一、基本情况");
        g.text(1, 0, "街道实有人员41人。");
        g.text(2, 0, "单位：万元");
        g.text(3, 0, "项目");
        g.text(3, 1, "金额");
        g.text(4, 0, "合计");
        g.text(4, 2, "418");
        SourceDocument d = layout(g);
        List<Block> blocks = d.blocks();
        assertEquals(4, blocks.size());
        assertEquals("一、基本情况", blocks.get(0).text());
        assertInstanceOf(Paragraph.class, blocks.get(1));
        Table t = assertInstanceOf(Table.class, blocks.get(3));
        assertEquals("单位:万元", t.caption(), "the short line above names the table");
        assertEquals(List.of("项目", "金额", ""), t.rowTexts(0));
        assertEquals(List.of("合计", "", "418"), t.rowTexts(1));
    }

    @Test
    void aTrailingCellThatDoesNotSpanTheTableStaysInIt() {
        SheetGrid g = new SheetGrid();
        g.text(0, 0, "项目");
        g.text(0, 1, "金额");
        g.text(1, 0, "合计");
        SourceDocument d = layout(g);
        Table t = assertInstanceOf(Table.class, d.blocks().get(0));
        assertEquals("Sheet1", t.caption());
        assertEquals(2, t.rowCount());
        assertEquals(List.of("合计", ""), t.rowTexts(1));
    }
}
