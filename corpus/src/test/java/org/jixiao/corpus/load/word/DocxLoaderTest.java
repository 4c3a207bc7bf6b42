package org.jixiao.corpus.load.word;

import static org.jixiao.corpus.load.word.WordTestFiles.anchor;
import static org.jixiao.corpus.load.word.WordTestFiles.anchored;
import static org.jixiao.corpus.load.word.WordTestFiles.p;
import static org.jixiao.corpus.load.word.WordTestFiles.sample;
import static org.jixiao.corpus.load.word.WordTestFiles.source;
import static org.jixiao.corpus.load.word.WordTestFiles.squeeze;
import static org.jixiao.corpus.load.word.WordTestFiles.tbl;
import static org.jixiao.corpus.load.word.WordTestFiles.tc;
import static org.jixiao.corpus.load.word.WordTestFiles.tr;
import static org.jixiao.corpus.load.word.WordTestFiles.writeDocx;
import static org.jixiao.corpus.testing.ProvenanceAssertions.assertProvenanceQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxLoaderTest {

    private final DocxLoader loader = new DocxLoader();

    @TempDir
    Path tmp;

    private SourceDocument load(Path p) throws Exception {
        return loader.load(source(p));
    }

    // ---- the real reports -----------------------------------------------------------------------------

    @Test
    void yanfengSelfEvaluationFormKeepsTheVerticallyMergedIndicatorCells() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.docx"));
        assertEquals(Format.DOCX, doc.format());
        assertEquals(2, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(27, t.rowCount());
        assertEquals(9, t.colCount());

        Cell performance = anchor(t, 9, 0);
        assertEquals("绩效指标", squeeze(performance.text()));
        assertEquals(17, performance.rowSpan(), "绩效指标 covers rows 9..25");
        Cell output = anchor(t, 10, 1);
        assertEquals("产出指标(50分)", squeeze(output.text()));
        assertEquals(9, output.rowSpan());
        assertEquals(1, output.colSpan());
        Cell quantity = anchor(t, 10, 2);
        assertEquals("数量指标", squeeze(quantity.text()));
        assertEquals(4, quantity.rowSpan());
        Cell benefit = anchor(t, 19, 1);
        assertEquals("效益指标(30分)", squeeze(benefit.text()));
        assertEquals(6, benefit.rowSpan());
        assertEquals(1, anchor(t, 25, 1).rowSpan(), "满意度指标 is not merged");

        // continuation positions have no cell of their own; the filled grid shows the anchor there
        assertFalse(anchored(t, 11, 0));
        assertFalse(anchored(t, 18, 1));
        assertSame(performance, t.cellAt(25, 0));
        assertSame(output, t.cellAt(18, 1));
        assertEquals(List.of("绩效指标", "产出指标(50分)", "数量指标", "经济建设投资总金额", "10亿元", "7.6亿元", "5", "4", ""),
                t.rowTexts(11).stream().map(WordTestFiles::squeeze).toList());
    }

    @Test
    void yanfengHeaderCellsSpanTheColumnsTheyCover() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.docx"));
        Table t = doc.tables().get(0);
        Cell name = anchor(t, 0, 1);
        assertEquals("雁峰区雁峰街道办事处", name.text());
        assertEquals(8, name.colSpan());
        assertEquals(2, anchor(t, 1, 7).colSpan(), "得分 spans the last two grid columns");
        assertEquals("得分", anchor(t, 1, 7).text());
        assertEquals(7, anchor(t, 3, 2).colSpan());
        assertEquals(6, anchor(t, 26, 3).colSpan(), "the blank tail of the 总分 row");
        assertEquals("86", anchor(t, 26, 2).text());

        Table special = doc.tables().get(1);
        assertEquals(25, special.rowCount());
        assertEquals(9, special.colCount());
        assertEquals("基层政权建设和社区治理", anchor(special, 0, 1).text());
        assertEquals(8, anchor(special, 0, 1).colSpan());
        assertEquals(6, anchor(special, 1, 3).colSpan());
        assertEquals(16, anchor(special, 8, 0).rowSpan());
        assertEquals(7, anchor(special, 16, 1).rowSpan());
        assertEquals("81", anchor(special, 24, 2).text());
    }

    @Test
    void multiLineCellsStayOneCellWithTheirLineBreaks() throws Exception {
        SourceDocument doc = load(sample("yanfeng-2021.docx"));
        Cell budget = anchor(doc.tables().get(0), 1, 0);
        assertEquals("年度预算申请\n(万元)", budget.text());
    }

    @Test
    void provenanceOfEveryBlockAndCellQuotesTheDocumentText() throws Exception {
        for (String name : List.of("yanfeng-2021.docx", "qingyuan-2020.docx", "gexin-2025.docx")) {
            SourceDocument doc = load(sample(name));
            assertProvenanceQuotes(doc);
            Cell c = anchor(doc.tables().get(0), 0, 0);
            assertEquals(c.text(), doc.text().text().substring(c.at().start(), c.at().end()));
        }
    }

    @Test
    void paragraphsAndTablesComeInDocumentOrder() throws Exception {
        SourceDocument doc = load(sample("gexin-2025.docx"));
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(2, t.rowCount());
        assertEquals(4, t.colCount());
        assertEquals(List.of("革新街道办事处(本级)", "行政", "正科级", "财政拨款"), t.rowTexts(1));
        int tableAt = doc.blocks().indexOf(t);
        assertEquals("部门机构设置情况", doc.blocks().get(tableAt - 1).text());
        assertTrue(doc.blocks().get(tableAt + 1).text().startsWith("人员情况"));
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.level() == 1
                && h.text().equals("一、部门基本情况")), "numbered headings are recognized by the builder");
    }

    @Test
    void qingyuanBudgetTables() throws Exception {
        SourceDocument doc = load(sample("qingyuan-2020.docx"));
        assertEquals(2, doc.tables().size());
        assertEquals(List.of("自评项目名称", "项目预算金额", "项目执行金额"), doc.tables().get(0).rowTexts(0));
        Table amounts = doc.tables().get(1);
        assertEquals(5, amounts.rowCount());
        assertEquals(List.of("社区办公", "29.03", "23.99"), amounts.rowTexts(0));
        assertEquals(List.of("信访经费", "7", "7"), amounts.rowTexts(4));
    }

    @Test
    void theDocumentReaderDispatchesDocxHere() {
        ReadResult r = new DocumentReader().read(sample("yanfeng-2021.docx"));
        SourceDocument doc = assertInstanceOf(ReadResult.Loaded.class, r).document();
        assertEquals(17, anchor(doc.tables().get(0), 9, 0).rowSpan(), "Tika would have lost this merge");
    }

    // ---- structure the samples do not have: hand-made packages --------------------------------------

    @Test
    void vMergeWithoutAValueContinuesTheMergeAbove() throws Exception {
        String body = tbl(2,
                tr(tc("<w:vMerge w:val=\"restart\"/>", "一级指标"), tc("", "a")),
                tr(tc("<w:vMerge/>"), tc("", "b")),
                tr(tc("<w:vMerge w:val=\"continue\"/>"), tc("", "c")),
                tr(tc("", "新的"), tc("", "d")));
        Table t = load(writeDocx(tmp, "v.docx", body, "")).tables().get(0);
        assertEquals(3, anchor(t, 0, 0).rowSpan());
        assertEquals("新的", anchor(t, 3, 0).text());
        assertEquals(6, t.cells().size(), "one merged cell, the new cell below it, four on the right");
    }

    @Test
    void gridBeforeSkipsColumnsAndGridSpanWidensCells() throws Exception {
        String body = tbl(3,
                tr(tc("", "a"), tc("", "b"), tc("", "c")),
                "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:gridSpan w:val=\"2\"/>", "右二") + "</w:tr>",
                tr(tc("<w:gridSpan w:val=\"2\"/>", "左二"), tc("", "z")));
        Table t = load(writeDocx(tmp, "g.docx", body, "")).tables().get(0);
        assertEquals(3, t.colCount());
        assertEquals("右二", anchor(t, 1, 1).text());
        assertEquals(2, anchor(t, 1, 1).colSpan());
        assertFalse(anchored(t, 1, 0), "the skipped grid column has no cell");
        assertEquals(2, anchor(t, 2, 0).colSpan());
        assertEquals("z", anchor(t, 2, 2).text());
    }

    @Test
    void legacyHorizontalMergeWidensTheCellOnTheLeft() throws Exception {
        String body = tbl(3,
                tr(tc("<w:hMerge w:val=\"restart\"/>", "合并表头"), tc("<w:hMerge/>"), tc("", "c")),
                tr(tc("", "a"), tc("", "b"), tc("", "c2")));
        Table t = load(writeDocx(tmp, "hmerge.docx", body, "")).tables().get(0);
        assertEquals(2, anchor(t, 0, 0).colSpan());
        assertEquals("合并表头", anchor(t, 0, 0).text());
        assertFalse(anchored(t, 0, 1));
        assertEquals("c", anchor(t, 0, 2).text());
    }

    @Test
    void gridColumnsNoCellBoundaryUsesAreDropped() throws Exception {
        // four grid columns, but every row spans the middle two together: the table has three columns
        String body = tbl(4,
                tr(tc("", "a"), tc("<w:gridSpan w:val=\"2\"/>", "b"), tc("", "c")),
                tr(tc("", "d"), tc("<w:gridSpan w:val=\"2\"/>", "e"), tc("", "f")));
        Table t = load(writeDocx(tmp, "stale.docx", body, "")).tables().get(0);
        assertEquals(3, t.colCount());
        assertEquals(1, anchor(t, 1, 1).colSpan());
        assertEquals(List.of("d", "e", "f"), t.rowTexts(1));
    }

    @Test
    void contentControlsAreOpenedAtEveryLevel() throws Exception {
        String body = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("控件里的段落")
                + tbl(2, "<w:sdt><w:sdtContent>" + tr(tc("", "行控件"), tc("", "1")) + "</w:sdtContent></w:sdt>",
                tr("<w:sdt><w:sdtContent>" + tc("", "单元格控件") + "</w:sdtContent></w:sdt>", tc("", "2")))
                + "</w:sdtContent></w:sdt>"
                + "<w:p><w:sdt><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        SourceDocument doc = load(writeDocx(tmp, "sdt.docx", body, ""));
        assertEquals("控件里的段落", doc.blocks().get(0).text());
        Table t = doc.tables().get(0);
        assertEquals(List.of("行控件", "1"), t.rowTexts(0));
        assertEquals(List.of("单元格控件", "2"), t.rowTexts(1));
        assertEquals("行内控件", doc.blocks().get(2).text());
    }

    @Test
    void aContentControlStillShowingItsPromptContributesNothing() throws Exception {
        String body = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + p("单击或点击此处输入文字。")
                + "</w:sdtContent></w:sdt>" + p("正文")
                + "<w:p><w:r><w:t>金额：</w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                + "<w:r><w:t>输入金额</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        List<String> texts = load(writeDocx(tmp, "prompt.docx", body, "")).blocks().stream().map(Block::text).toList();
        assertEquals(List.of("正文", "金额:"), texts);
    }

    @Test
    void anEmbeddedObjectIsReportedAsNotRead() throws Exception {
        String body = p("如下表：") + "<w:p><w:r><w:object><shape/></w:object></w:r></w:p>";
        SourceDocument doc = load(writeDocx(tmp, "ole.docx", body, ""));
        assertEquals(1, doc.warnings().size());
        assertTrue(doc.warnings().get(0).contains("embedded object"), doc.warnings().get(0));
    }

    @Test
    void aNestedTableStaysInsideItsCellOneRowPerLine() throws Exception {
        String inner = tbl(2, tr(tc("", "甲"), tc("", "1")), tr(tc("", "乙"), tc("", "2")));
        String body = tbl(2, tr("<w:tc>" + p("明细") + inner + "</w:tc>", tc("", "x")));
        Table t = load(writeDocx(tmp, "nested.docx", body, "")).tables().get(0);
        assertEquals(1, t.rowCount());
        assertEquals(2, t.colCount());
        assertEquals("明细\n甲 | 1\n乙 | 2", anchor(t, 0, 0).text());
    }

    @Test
    void headingsComeFromStylesAndOutlineLevels() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"标题 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"mine\"><w:name w:val=\"我的标题\"/><w:basedOn w:val=\"a5\"/></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"a5\"/></w:pPr><w:r><w:t>预算执行</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"mine\"/></w:pPr><w:r><w:t>派生样式</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>大纲级别</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>误用标题样式的正文。这一段很长，是一句完整的话，并不是标题。</w:t></w:r></w:p>"
                + p("普通段落");
        List<Block> blocks = load(writeDocx(tmp, "h.docx", body, styles)).blocks();
        assertEquals(new Heading(1, blocks.get(0).at()), blocks.get(0));
        assertEquals(2, assertInstanceOf(Heading.class, blocks.get(1)).level());
        assertEquals(2, assertInstanceOf(Heading.class, blocks.get(2)).level(), "a style based on 标题 2");
        assertEquals(3, assertInstanceOf(Heading.class, blocks.get(3)).level());
        assertInstanceOf(Paragraph.class, blocks.get(4));
        assertInstanceOf(Paragraph.class, blocks.get(5));
    }

    @Test
    void automaticListNumbersAreWrittenOutSoNumberedHeadingsKeepTheirNumbers() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"h1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"h1\"/></w:pPr><w:r><w:t>基本情况</w:t></w:r></w:p>"
                + numbered(1, 1, "部门职责") + numbered(1, 2, "第一项") + numbered(1, 2, "第二项")
                + numbered(1, 1, "机构设置")
                + "<w:p><w:pPr><w:pStyle w:val=\"h1\"/></w:pPr><w:r><w:t>绩效情况</w:t></w:r></w:p>"
                + numbered(2, 0, "要点");
        List<Block> blocks = load(writeDocx(tmp, "lists.docx", body, styles, numbering)).blocks();
        assertEquals(List.of("一、基本情况", "(一)部门职责", "1.第一项", "2.第二项", "(二)机构设置", "二、绩效情况", "要点"),
                blocks.stream().map(Block::text).toList());
        assertEquals(1, assertInstanceOf(Heading.class, blocks.get(0)).level());
        assertEquals(2, assertInstanceOf(Heading.class, blocks.get(1)).level(), "（一） is recognized once it is written out");
    }

    private static String numbered(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void runTextKeepsWhatWordShowsAndDropsTheRest() throws Exception {
        String body = "<w:p>"
                + "<w:r><w:t>合计</w:t></w:r>"
                + "<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>12</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
                + "<w:r><w:br/><w:t>第二行</w:t></w:r>"
                + "</w:p>";
        SourceDocument doc = load(writeDocx(tmp, "runs.docx", body, ""));
        assertEquals("合计插入的12链接\n第二行", doc.blocks().get(0).text());
    }

    @Test
    void textBoxParagraphsFollowTheirAnchorOnceOnly() throws Exception {
        String box = "<w:txbxContent>" + p("文本框内容") + "</w:txbxContent>";
        String body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wrap>" + box + "</wrap></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><shape>" + box + "</shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        List<String> texts = load(writeDocx(tmp, "box.docx", body, "")).blocks().stream().map(Block::text).toList();
        assertEquals(List.of("正文", "文本框内容"), texts);
    }

    @Test
    void metadataComesFromTheCoreProperties() throws Exception {
        Path p = tmp.resolve("meta.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("正文");
            var core = doc.getProperties().getCoreProperties();
            core.setTitle("绩效自评报告");
            core.setCreator("财政所");
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(7);
            try (OutputStream os = Files.newOutputStream(p)) {
                doc.write(os);
            }
        }
        SourceDocument doc = load(p);
        assertEquals("绩效自评报告", doc.metadata().get("title"));
        assertEquals("财政所", doc.metadata().get("author"));
        assertTrue(doc.metadata().containsKey("created"));
        assertEquals(7, doc.pageCount());
    }

    // ---- files that are not readable .docx ------------------------------------------------------------

    @Test
    void aTruncatedDocxIsReportedAsDamaged() throws Exception {
        byte[] all = Files.readAllBytes(sample("yanfeng-2021.docx"));
        Path half = tmp.resolve("half.docx");
        Files.write(half, Arrays.copyOf(all, all.length / 2));
        LoadException e = assertThrows(LoadException.class, () -> load(half));
        assertOneLine(e);
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    @Test
    void theDocumentReaderGivesTheSameReasonForATruncatedDocx() throws Exception {
        byte[] all = Files.readAllBytes(sample("qingyuan-2020.docx"));
        Path half = tmp.resolve("half-download.docx");
        Files.write(half, Arrays.copyOf(all, all.length / 2));
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, new DocumentReader().read(half));
        assertTrue(failed.reason().contains("truncated or corrupt"), failed.reason());
        assertFalse(failed.reason().contains("\n"));
    }

    @Test
    void malformedWordXmlIsReportedAsDamaged() throws Exception {
        Path broken = writeDocx(tmp, "broken.docx", "<w:p><w:r><w:t>未闭合</w:r>", "");
        LoadException e = assertThrows(LoadException.class, () -> load(broken));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("damaged Word (.docx) file"), e.getMessage());
    }

    @Test
    void textNamedDocxIsNotADocx() throws Exception {
        Path fake = tmp.resolve("fake.docx");
        Files.writeString(fake, "这不是Word文件，只是文本。", StandardCharsets.UTF_8);
        LoadException e = assertThrows(LoadException.class, () -> load(fake));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("not a .docx"), e.getMessage());
    }

    @Test
    void aZipWithoutWordPartsIsNotADocx() throws Exception {
        Path zip = tmp.resolve("other.docx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        LoadException e = assertThrows(LoadException.class, () -> load(zip));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("not a .docx"), e.getMessage());
    }

    @Test
    void anEncryptedDocxSaysSo() throws Exception {
        Path enc = tmp.resolve("secret.docx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("密码");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (InputStream in = Files.newInputStream(sample("qingyuan-2020.docx"));
                 OutputStream os = encryptor.getDataStream(fs)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        LoadException e = assertThrows(LoadException.class, () -> load(enc));
        assertOneLine(e);
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    static void assertOneLine(LoadException e) {
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "a reason, not a class name: " + e.getMessage());
    }

    @Test
    void loadsInReasonableTime() throws IOException, Exception {
        long t0 = System.nanoTime();
        SourceDocument doc = load(sample("yanfeng-2021.docx"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(doc.text().length() > 5000);
        assertTrue(ms < 10_000, "took " + ms + " ms");
    }
}
