package org.jixiao.corpus.load.rtf;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.tika.TikaLoader;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfLoaderTest {

    @TempDir
    Path tmp;

    private static SourceDocument load(Path p) throws Exception {
        return new RtfLoader().load(SourceFile.of(p));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<List<String>> grid(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(t.rowTexts(r).stream().map(RtfLoaderTest::squeeze).toList());
        }
        return out;
    }

    // ---- the real report ------------------------------------------------------------------------------

    @Test
    void gexinTableIsRecoveredWithTheCellsOfTheWordOriginal() throws Exception {
        SourceDocument rtf = load(TestPaths.sample("gexin-2025.rtf"));
        assertEquals(1, rtf.tables().size(), "Tika's RTF parser gives no table at all; this loader does");
        Table t = rtf.tables().get(0);
        // the truth, from word/document.xml of gexin-2025.docx: one 2x4 table, no merges
        assertEquals(List.of(List.of("单位名称", "单位性质", "单位规格", "经费保障形式"),
                List.of("革新街道办事处(本级)", "行政", "正科级", "财政拨款")), grid(t));
        for (Cell c : t.cells()) {
            assertEquals(1, c.rowSpan());
            assertEquals(1, c.colSpan());
            assertQuotes(rtf, c.at());
        }
        assertEquals("部门机构设置情况", t.caption());

        // the same grid as the .docx of the same report
        SourceDocument docx = new TikaLoader().load(SourceFile.of(TestPaths.sample("gexin-2025.docx")));
        assertEquals(docx.tables().size(), rtf.tables().size());
        assertEquals(grid(docx.tables().get(0)), grid(t));
    }

    @Test
    void gexinParagraphsComeOutWholeAndInOrder() throws Exception {
        SourceDocument rtf = load(TestPaths.sample("gexin-2025.rtf"));
        List<String> texts = rtf.blocks().stream().map(Block::text).toList();
        String yoy = "2025年财政拨款收入为1733.73万元，上年实际收入为1841.01万元，本年收入较上年收入减少107.28万元，"
                + "减少5.83%，与上年相比减少的主要原因为项目经费有所减少。";
        assertTrue(texts.contains(yoy), "the year-on-year sentence is one paragraph");
        assertTrue(texts.stream().anyMatch(s -> s.startsWith("2025年总支出合计为1733.73万元，其中基本支出为1607.83万元，"
                + "项目支出为125.90万元。上年度总支出为1858.29万元")));

        int heading = texts.indexOf("2、组织机构及人员");
        assertInstanceOf(Heading.class, rtf.blocks().get(heading));
        assertEquals("部门机构设置情况", texts.get(heading + 1));
        assertInstanceOf(Table.class, rtf.blocks().get(heading + 2));
        assertTrue(texts.get(heading + 3).startsWith("人员情况:我街道现有在职公务员"));

        // every paragraph Tika finds outside the table is found here, in the same order
        SourceDocument tika = new TikaLoader().load(SourceFile.of(TestPaths.sample("gexin-2025.rtf")));
        List<String> cellTexts = rtf.tables().get(0).cells().stream().map(c -> squeeze(c.text())).toList();
        List<String> tikaTexts = tika.blocks().stream().map(b -> squeeze(b.text()))
                .filter(s -> !cellTexts.contains(s)).toList();
        List<String> ours = rtf.blocks().stream().filter(b -> !(b instanceof Table)).map(b -> squeeze(b.text())).toList();
        assertEquals(tikaTexts, ours);
        rtf.blocks().forEach(b -> assertQuotes(rtf, b.at()));
    }

    @Test
    void theStandardLoadersReadRtfWithTables() throws Exception {
        ReadResult r = new DocumentReader().read(TestPaths.sample("gexin-2025.rtf"));
        assertEquals(1, assertInstanceOf(ReadResult.Loaded.class, r).document().tables().size());
    }

    // ---- merges and encodings -------------------------------------------------------------------------

    private static String hex(String s, Charset cs) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(cs)) {
            out.append(String.format("\\'%02x", b & 0xFF));
        }
        return out.toString();
    }

    /**
     * A 3-row table with a horizontal merge by flags (A over two definitions), a vertical merge (D down two
     * rows), and a row whose extra edge at 3000 splits the grid so that wide cells span two columns.
     */
    @Test
    void mergesAndCellEdgesBecomeSpans() throws Exception {
        Charset gbk = Charset.forName("GBK");
        String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n"
                + "{\\*\\generator Test;}{\\info{\\title Budget " + hex("报告", gbk) + "}{\\author \\u24352?}{\\creatim\\yr2025}}\n"
                + "\\pard\\plain " + hex("一、部门概况", gbk) + "\\par\n"
                + "\\trowd\\trleft0\\clmgf\\cellx2000\\clmrg\\cellx4000\\cellx6000\n"
                + "\\pard\\intbl " + hex("一级指标", gbk) + "\\cell\\cell C\\cell\\row\n"
                + "\\trowd\\clvmgf\\cellx2000\\cellx4000\\cellx6000\n"
                + "\\pard\\intbl " + hex("产出指标", gbk) + "\\cell E\\cell F\\cell\\row\n"
                + "\\trowd\\clvmrg\\cellx2000\\cellx3000\\cellx4000\\cellx6000\n"
                + "\\pard\\intbl\\cell G\\cell H\\par second line\\cell 29.03\\cell\\row\n"
                + "\\pard\\plain {\\uc1\\u25910?\\u20837?}{\\uc2\\u20013\\'d6\\'d0}" + hex("结束。", gbk) + "\\par}\n";
        Path p = tmp.resolve("merged.rtf");
        Files.writeString(p, rtf, StandardCharsets.US_ASCII);
        SourceDocument doc = load(p);

        assertEquals("一、部门概况", doc.blocks().get(0).text());
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(4, t.colCount(), "edges 0, 2000, 3000, 4000, 6000");
        Cell a = t.cellAt(0, 0);
        assertEquals("一级指标", a.text());
        assertEquals(3, a.colSpan(), "A with its \\clmrg neighbour covers 0..4000: three grid columns");
        assertEquals("C", t.cellAt(0, 3).text());
        Cell d = t.cellAt(1, 0);
        assertEquals("产出指标", d.text());
        assertEquals(2, d.rowSpan());
        assertSame(d, t.cellAt(2, 0));
        assertEquals(2, t.cellAt(1, 1).colSpan(), "E spans the two columns the edge at 3000 makes");
        assertEquals(List.of("G", "H\nsecond line", "29.03"),
                List.of(t.cellAt(2, 1).text(), t.cellAt(2, 2).text(), t.cellAt(2, 3).text()));
        t.cells().forEach(c -> assertQuotes(doc, c.at()));

        assertEquals("收入中结束。", doc.blocks().get(doc.blocks().size() - 1).text(),
                "\\uN fallbacks skipped per \\ucN, GBK bytes decoded, destinations not text");
        assertTrue(doc.text().text().indexOf("Budget") < 0, "document properties are not body text");
        assertEquals("Budget 报告", doc.metadata().get(MetadataKeys.TITLE));
        assertEquals("张", doc.metadata().get(MetadataKeys.AUTHOR));
    }

    /** Minimal writers leave out {@code \intbl}; the row definition alone says the text is in a cell. */
    @Test
    void rowsWithoutIntblAreStillTables() throws Exception {
        Path p = tmp.resolve("nointbl.rtf");
        Files.writeString(p, "{\\rtf1\\trowd\\clvmgf\\cellx1000 Vertical\\cell\\cellx2000 A\\cell\\row"
                + "\\trowd\\clvmrg\\cellx1000\\cell\\cellx2000 B\\cell\\row\\pard After.\\par}", StandardCharsets.US_ASCII);
        SourceDocument doc = load(p);
        Table t = doc.tables().get(0);
        assertEquals(2, t.rowCount());
        assertEquals(2, t.cellAt(0, 0).rowSpan());
        assertEquals(List.of("Vertical", "B"), t.rowTexts(1));
        assertEquals("After.", doc.blocks().get(doc.blocks().size() - 1).text());
    }

    @Test
    void outlineLevelMakesAHeading() throws Exception {
        Path p = tmp.resolve("outline.rtf");
        Files.writeString(p, "{\\rtf1\\ansi\\pard\\outlinelevel1 Overview\\par\\pard Body text.\\par}", StandardCharsets.US_ASCII);
        SourceDocument doc = load(p);
        Heading h = assertInstanceOf(Heading.class, doc.blocks().get(0));
        assertEquals(2, h.level());
        assertEquals("Body text.", doc.blocks().get(1).text());
    }

    @Test
    void notRtfIsRefusedWithOneLine() throws Exception {
        Path p = tmp.resolve("fake.rtf");
        Files.writeString(p, "just text");
        LoadException e = assertThrows(LoadException.class, () -> load(p));
        assertTrue(e.getMessage().startsWith("not an RTF file"), e.getMessage());
    }

    @Test
    void truncatedFileStillGivesWhatWasRead() throws Exception {
        Path p = tmp.resolve("cut.rtf");
        Files.writeString(p, "{\\rtf1\\ansi\\pard First paragraph.\\par\\trowd\\cellx1000\\cellx2000\\pard\\intbl a\\cell b",
                StandardCharsets.US_ASCII);
        SourceDocument doc = load(p);
        assertEquals("First paragraph.", doc.blocks().get(0).text());
        assertEquals(List.of("a", "b"), doc.tables().get(0).rowTexts(0));
        assertNull(doc.tables().get(0).cellAt(1, 0));
    }
}
