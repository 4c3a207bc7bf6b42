package org.jixiao.corpus.load.word;

import static org.jixiao.corpus.load.word.DocxLoaderTest.assertOneLine;
import static org.jixiao.corpus.load.word.WordTestFiles.anchor;
import static org.jixiao.corpus.load.word.WordTestFiles.anchored;
import static org.jixiao.corpus.load.word.WordTestFiles.sample;
import static org.jixiao.corpus.load.word.WordTestFiles.source;
import static org.jixiao.corpus.load.word.WordTestFiles.squeeze;
import static org.jixiao.corpus.testing.ProvenanceAssertions.assertProvenanceQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocLoaderTest {

    private final DocLoader loader = new DocLoader();

    @TempDir
    Path tmp;

    private SourceDocument load(Path p) throws Exception {
        return loader.load(source(p));
    }

    @Test
    void yanfengFormRebuildsTheGridFromCellEdgesAndKeepsVerticalMerges() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.doc"));
        assertEquals(Format.DOC, doc.format());
        assertEquals(2, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(27, t.rowCount());
        assertEquals(9, t.colCount());

        Cell performance = anchor(t, 9, 0);
        assertEquals("绩效指标", squeeze(performance.text()));
        assertEquals(17, performance.rowSpan());
        Cell output = anchor(t, 10, 1);
        assertEquals("产出指标(50分)", squeeze(output.text()));
        assertEquals(9, output.rowSpan());
        assertEquals(3, anchor(t, 16, 2).rowSpan(), "成本指标 covers its three indicators");
        assertEquals("成本指标", squeeze(anchor(t, 16, 2).text()));
        assertFalse(anchored(t, 17, 2));
        assertSame(output, t.cellAt(14, 1));
    }

    @Test
    void horizontallyMergedCellsSpanTheColumnsBetweenTheirEdges() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.doc"));
        Table t = doc.tables().get(0);
        assertEquals(8, anchor(t, 0, 1).colSpan(), "雁峰区雁峰街道办事处 spans edge 828 to the right border");
        assertEquals("雁峰区雁峰街道办事处", anchor(t, 0, 1).text());
        assertEquals(2, anchor(t, 1, 7).colSpan(), "得分 spans the 得分 and 偏差原因 columns of the rows below");
        assertEquals(6, anchor(t, 26, 3).colSpan());
        assertEquals(List.of("总分", "100", "86", "", "", "", "", "", ""), t.rowTexts(26));

        Table special = doc.tables().get(1);
        assertEquals(25, special.rowCount());
        assertEquals(6, anchor(special, 1, 3).colSpan());
        assertEquals("所属社区", anchor(special, 1, 3).text());
        assertEquals(16, anchor(special, 8, 0).rowSpan());
    }

    @Test
    void cellTextHasNoCellMarksAndKeepsItsLineBreaks() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.doc"));
        for (Table t : doc.tables()) {
            for (Cell c : t.cells()) {
                assertFalse(c.text().chars().anyMatch(ch -> ch < 0x20 && ch != '\n'), "control char in " + c);
            }
        }
        assertEquals("年度预算申请\n(万元)", anchor(doc.tables().get(0), 1, 0).text());
    }

    @Test
    void provenanceQuotesTheDocumentText() throws Exception {
        for (String name : List.of("yanfeng-2021.doc", "qingyuan-2020.doc")) {
            assertProvenanceQuotes(load(sample(name)));
        }
    }

    @Test
    void qingyuanTablesAndHeadings() throws Exception {
        SourceDocument doc = load(sample("qingyuan-2020.doc"));
        assertEquals(2, doc.tables().size());
        assertEquals(List.of("社区办公", "29.03", "23.99"), doc.tables().get(1).rowTexts(0));
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.level() == 1
                && h.text().equals("一、绩效自评工作组织开展情况")));
        int first = doc.blocks().indexOf(doc.tables().get(0));
        assertTrue(doc.blocks().get(first - 1).text().contains("部门项目预算安排"), "the table follows its title");
    }

    @Test
    void binaryListFormatCodesNameTheSameFormatsAsDocx() {
        assertEquals("chineseCounting", DocLoader.formatName(37));
        assertEquals("decimalEnclosedCircle", DocLoader.formatName(18));
        assertEquals("bullet", DocLoader.formatName(23));
        assertEquals("decimal", DocLoader.formatName(0));
        assertEquals("none", DocLoader.formatName(255));
    }

    @Test
    void wpsFilesInWordFormatAreReadAsWps() throws Exception {
        Path wps = tmp.resolve("qingyuan.wps");
        Files.copy(sample("qingyuan-2020.doc"), wps);
        SourceDocument doc = load(wps);
        assertEquals(Format.WPS, doc.format());
        assertEquals(2, doc.tables().size());
    }

    @Test
    void theDocumentReaderDispatchesDocHere() {
        ReadResult r = new DocumentReader().read(sample("yanfeng-2021.doc"));
        SourceDocument doc = assertInstanceOf(ReadResult.Loaded.class, r).document();
        assertEquals(9, anchor(doc.tables().get(0), 10, 1).rowSpan());
    }

    @Test
    void aDocxNamedDocIsRefusedWithAPlainReason() throws Exception {
        Path p = tmp.resolve("really-docx.doc");
        Files.copy(sample("gexin-2025.docx"), p);
        LoadException e = assertThrows(LoadException.class, () -> loader.load(SourceFile.of(p)));
        assertOneLine(e);
        assertTrue(e.getMessage().contains(".docx (ZIP) package"), e.getMessage());
    }

    @Test
    void textNamedDocIsNotAWordFile() throws Exception {
        Path p = tmp.resolve("fake.doc");
        Files.writeString(p, "纯文本，不是Word文件。".repeat(50), StandardCharsets.UTF_8);
        LoadException e = assertThrows(LoadException.class, () -> load(p));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("not a Word (.doc) file"), e.getMessage());
    }

    @Test
    void aTruncatedDocIsReportedAsDamaged() throws Exception {
        byte[] all = Files.readAllBytes(sample("yanfeng-2021.doc"));
        Path half = tmp.resolve("half.doc");
        Files.write(half, Arrays.copyOf(all, all.length / 2));
        LoadException e = assertThrows(LoadException.class, () -> load(half));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("damaged Word (.doc) file"), e.getMessage());
    }
}
