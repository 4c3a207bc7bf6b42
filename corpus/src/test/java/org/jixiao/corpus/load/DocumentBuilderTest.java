package org.jixiao.corpus.load;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    private static final SourceFile FILE = new SourceFile(Path.of("r.docx"), "ab".repeat(32), 10, Format.DOCX);

    /** A self-evaluation form fragment: 一级指标 merged over two rows, a header merged over two columns. */
    private static SourceDocument sample() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("一、部门 基本情况", 1, Mode.LINES);
        b.text("２０２１年 收入 １７３３．７３ 万元", 1, Mode.LINES);
        b.text("单位：万元", 2, Mode.LINES);
        TableDraft t = new TableDraft().page(2);
        t.cell(0, 0, 1, 1, "一级指标");
        t.cell(0, 1, 1, 2, "指标值");
        t.cell(1, 0, 2, 1, "产出指标");
        t.cell(1, 1, 1, 1, "162户");
        t.cell(1, 2, 1, 1, "154 户");
        t.cell(2, 1, 1, 1, "第一段\n第二段");
        t.cell(2, 2, 1, 1, "");
        b.table(t);
        b.text("   ", 3, Mode.LINES); // blank: dropped
        return b.build();
    }

    @Test
    void blocksComeInOrderWithDetectedHeadings() {
        SourceDocument d = sample();
        assertEquals(4, d.blocks().size());
        Heading h = assertInstanceOf(Heading.class, d.blocks().get(0));
        assertEquals(1, h.level());
        assertEquals("一、部门基本情况", h.text());
        assertEquals("2021年收入1733.73万元", assertInstanceOf(Paragraph.class, d.blocks().get(1)).text());
    }

    @Test
    void everyBlockAndCellQuotesItsSnippet() {
        SourceDocument d = sample();
        String text = d.text().text();
        for (Block b : d.blocks()) {
            assertQuotes(text, b.at());
            if (b instanceof Table t) {
                for (Cell c : t.cells()) {
                    assertQuotes(text, c.at());
                }
            }
        }
    }

    @Test
    void tableKeepsSpansAndFillsDown() {
        Table t = sample().tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(7, t.cells().size());
        Cell merged = t.cellAt(1, 0);
        assertEquals("产出指标", merged.text());
        assertEquals(2, merged.rowSpan());
        assertSame(merged, t.cellAt(2, 0), "the vertically merged cell covers the row below");
        assertSame(t.cellAt(0, 1), t.cellAt(0, 2), "the horizontally merged header covers two columns");
        assertEquals(java.util.List.of("产出指标", "第一段\n第二段", ""), t.rowTexts(2));
        assertEquals("154户", t.cellAt(1, 2).text());
    }

    @Test
    void cellProvenanceHasTableRowColAndPage() {
        Table t = sample().tables().get(0);
        Cell c = t.cellAt(1, 2);
        assertEquals(0, c.at().table());
        assertEquals(1, c.at().row());
        assertEquals(2, c.at().col());
        assertEquals(2, c.at().page());
        assertEquals(2, t.at().page());
    }

    @Test
    void captionIsTheShortParagraphAboveTheTable() {
        assertEquals("单位:万元", sample().tables().get(0).caption());
    }

    @Test
    void tableTextIsRowsOfTabSeparatedCells() {
        Table t = sample().tables().get(0);
        assertEquals("一级指标\t指标值\n产出指标\t162户\t154户\n第一段\n第二段\t", t.text());
    }

    @Test
    void offsetsMapBackToRawText() {
        SourceDocument d = sample();
        String text = d.text().text();
        int at = text.indexOf("1733.73");
        assertEquals("１７３３．７３", d.text().rawSnippet(at, at + 7));
        int hu = text.indexOf("154户");
        assertEquals("154 户", d.text().rawSnippet(hu, hu + 4));
    }

    @Test
    void overlappingCellsAreRejected() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 2, 1, "a");
        t.cell(1, 0, 1, 1, "b");
        assertThrows(IllegalArgumentException.class, () -> b.table(t));
    }

    @Test
    void emptyDocumentIsValid() {
        SourceDocument d = new DocumentBuilder(FILE).build();
        assertEquals(0, d.blocks().size());
        assertEquals("", d.text().text());
        assertNull(d.metadata().get("title"));
    }
}
