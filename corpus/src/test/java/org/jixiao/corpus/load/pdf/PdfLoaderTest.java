package org.jixiao.corpus.load.pdf;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertProvenanceQuotes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF loader, on the real sample reports and on PDFs the tests draw themselves. */
class PdfLoaderTest {

    private static final PdfLoader LOADER = new PdfLoader();

    static SourceDocument load(Path p) throws IOException, LoadException {
        long t = System.nanoTime();
        SourceDocument doc = LOADER.load(SourceFile.of(p));
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("[timing] %s: %d pages in %.2f s (%.1f pages/s)%n", p.getFileName(), doc.pageCount(), s,
                doc.pageCount() / s);
        return doc;
    }

    private static String squash(String s) {
        return TextNormalizer.get().normalizeText(s, Mode.WRAPPED).replaceAll("\\s+", "");
    }

    @Nested
    @RequiresShared
    class YanfengSelfEvaluationForms {

        static SourceDocument doc;

        @BeforeAll
        static void read() throws Exception {
            doc = load(TestPaths.sample("yanfeng-2021.pdf"));
        }

        @Test
        void hasTheTwoFormsEachJoinedAcrossItsPageBreakIntoOneTable() {
            List<Table> tables = doc.tables();
            assertEquals(2, tables.size(), "部门整体 and 专项资金 forms, each one table despite the page break");
            Table whole = tables.get(0);
            Table project = tables.get(1);
            assertAll(
                    () -> assertEquals(27, whole.rowCount()),
                    () -> assertEquals(9, whole.colCount()),
                    () -> assertEquals(25, project.rowCount()),
                    () -> assertEquals(9, project.colCount()),
                    () -> assertEquals(1, whole.at().page()),
                    () -> assertEquals(2, project.at().page()));
        }

        @Test
        void mergedCellsCarryTheirSpans() {
            Table t = doc.tables().get(0);
            assertCell(t, 0, 1, 1, 8, "雁峰区雁峰街道办事处");
            assertCell(t, 1, 7, 1, 2, "得分");
            assertCell(t, 8, 2, 1, 7, null);
            assertTrue(t.cellAt(8, 2).text().startsWith("目标1:保障街道在编在岗41人人员经费"));
            assertCell(t, 9, 0, 17, 1, "绩效指标");
            assertCell(t, 10, 1, 9, 1, "产出指标(50分)");
            assertCell(t, 10, 2, 4, 1, "数量指标");
            assertCell(t, 16, 2, 3, 1, "成本指标");
            assertCell(t, 26, 3, 1, 6, "");
            // a filled-down grid: the merged 一级指标 is the same cell on every row it covers
            assertSame(t.cellAt(10, 1), t.cellAt(18, 1));
            assertEquals("产出指标(50分)", t.rowTexts(15).get(1));
        }

        @Test
        void cellTextIsWholeThoughWrappedInsideTheCell() {
            Table t = doc.tables().get(0);
            assertCell(t, 13, 5, 1, 1, "2485万元");
            assertCell(t, 9, 8, 1, 1, "偏差原因分析及改进措施");
            assertCell(t, 17, 3, 1, 1, "执法车辆运行维护费是否在预算范围控制内");
            assertCell(t, 2, 6, 1, 1, "148%");
        }

        @Test
        void aRowSplitByThePageBreakIsOneRowAgain() {
            Table t = doc.tables().get(0);
            // "社会效" ends page 1, "益指标" starts page 2: one cell, on the page it starts
            Cell social = t.cellAt(21, 2);
            assertEquals("社会效益指标", social.text());
            assertEquals(1, social.rowSpan());
            assertEquals(1, social.at().page());
            assertEquals(List.of("绩效指标", "效益指标(30分)", "社会效益指标", "社会秩序是否更加稳定。", "是", "基本稳定", "5",
                    "4", ""), t.rowTexts(21));
        }

        @Test
        void aMergedCellGoesOnOverThePageBreak() {
            Table t = doc.tables().get(0);
            Cell benefit = t.cellAt(19, 1);
            assertEquals("效益指标(30分)", benefit.text());
            assertEquals(6, benefit.rowSpan(), "rows 19-24, across pages 1 and 2");
            Table p = doc.tables().get(1);
            assertCell(p, 8, 0, 16, 1, "绩效指标");
            assertCell(p, 16, 1, 7, 1, "效益指标(40分)");
        }

        @Test
        void cellsKeepTheirOwnPage() {
            Table t = doc.tables().get(0);
            Table p = doc.tables().get(1);
            assertAll(
                    () -> assertEquals(1, t.cellAt(0, 0).at().page()),
                    () -> assertEquals(2, t.cellAt(22, 2).at().page()),
                    () -> assertEquals("生态效益指标", t.cellAt(22, 2).text()),
                    () -> assertEquals(2, t.cellAt(26, 0).at().page()),
                    () -> assertEquals("总分", t.cellAt(26, 0).text()),
                    () -> assertEquals(2, p.cellAt(19, 3).at().page()),
                    () -> assertEquals(3, p.cellAt(20, 2).at().page()),
                    () -> assertEquals("生态效益指标", p.cellAt(20, 2).text()),
                    () -> assertEquals("81", p.cellAt(24, 2).text()),
                    () -> assertEquals(3, p.cellAt(24, 2).at().page()));
        }

        /**
         * The .docx twin's grids, read from its XML (src/test/resources): the same cells, spans and text
         * (compared without whitespace). The PDF knows only lines; this checks that spans read from missing
         * borders and the page-break rules give back exactly the Word structure.
         */
        @Test
        void gridsAreTheSameAsTheDocxTwins() throws IOException {
            List<String[]> expected = new ArrayList<>();
            try (InputStream in = PdfLoaderTest.class.getResourceAsStream("yanfeng-2021-docx-grids.tsv")) {
                assertNotNull(in);
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        expected.add(line.split("\t", -1));
                    }
                }
            }
            int cells = 0;
            for (String[] e : expected) {
                if (e[0].equals("table")) {
                    Table t = doc.tables().get(Integer.parseInt(e[1]));
                    assertEquals(Integer.parseInt(e[2]), t.rowCount(), "rows of table " + e[1]);
                    assertEquals(Integer.parseInt(e[3]), t.colCount(), "cols of table " + e[1]);
                    continue;
                }
                Table t = doc.tables().get(Integer.parseInt(e[0]));
                int row = Integer.parseInt(e[1]);
                int col = Integer.parseInt(e[2]);
                Cell c = t.cellAt(row, col);
                String where = "table " + e[0] + " r" + row + " c" + col;
                assertNotNull(c, where);
                assertEquals(row, c.row(), where + " anchor row");
                assertEquals(col, c.col(), where + " anchor col");
                assertEquals(Integer.parseInt(e[3]), c.rowSpan(), where + " rowSpan");
                assertEquals(Integer.parseInt(e[4]), c.colSpan(), where + " colSpan");
                assertEquals(squash(e[5]), squash(c.text()), where + " text");
                cells++;
            }
            int pdfCells = doc.tables().stream().mapToInt(t -> t.cells().size()).sum();
            assertEquals(cells, pdfCells, "no extra cells");
        }

        @Test
        void textAroundTheTablesIsParagraphsAndHeadings() {
            List<String> texts = doc.blocks().stream().filter(b -> !(b instanceof Table)).map(Block::text).toList();
            assertTrue(texts.contains("部门整体支出绩效自评表"));
            assertTrue(texts.contains("专项资金绩效自评表"));
            assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.level() == 1
                    && h.text().equals("一、基本情况") && h.at().page() == 3));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("根据《中华人民共和国预算法》")
                    && t.endsWith("现报告如下:")), "a paragraph wrapped over two lines is one paragraph");
            assertEquals("部门整体支出绩效自评表", blockBefore(doc.tables().get(0), 2));
        }

        private String blockBefore(Table t, int back) {
            int i = doc.blocks().indexOf(t);
            return doc.blocks().get(i - back).text();
        }

        @Test
        void metadataAndPages() {
            assertEquals(6, doc.pageCount());
            assertEquals(Format.PDF, doc.format());
            assertEquals("LibreOffice 7.4", doc.metadata().get(MetadataKeys.PRODUCER));
            assertTrue(doc.metadata().get(MetadataKeys.CREATED).startsWith("2026-"));
            assertFalse(doc.ocr());
        }

        @Test
        void provenanceQuotesTheSnippet() {
            assertProvenanceQuotes(doc);
            Cell c = doc.tables().get(1).cellAt(3, 6);
            assertEquals("133.86%", doc.text().text().substring(c.at().start(), c.at().end()));
        }

        private static void assertCell(Table t, int row, int col, int rowSpan, int colSpan, String text) {
            Cell c = t.cellAt(row, col);
            assertNotNull(c, "cell r" + row + " c" + col);
            assertAll("cell r" + row + " c" + col,
                    () -> assertEquals(row, c.row(), "anchor row"),
                    () -> assertEquals(col, c.col(), "anchor col"),
                    () -> assertEquals(rowSpan, c.rowSpan(), "rowSpan"),
                    () -> assertEquals(colSpan, c.colSpan(), "colSpan"),
                    () -> {
                        if (text != null) {
                            assertEquals(text, c.text());
                        }
                    });
        }
    }

    @Nested
    @RequiresShared
    class DonghuaProse {

        static SourceDocument doc;

        @BeforeAll
        static void read() throws Exception {
            doc = load(TestPaths.sample("donghua-2024.pdf"));
        }

        @Test
        void hasNoTables() {
            assertTrue(doc.tables().isEmpty());
            assertEquals(6, doc.pageCount());
        }

        @Test
        void wrappedLinesAreJoinedIntoWholeParagraphs() {
            List<String> paragraphs = doc.blocks().stream().map(Block::text).toList();
            // "…协调办事处与辖区单" | "位的工作关系…" at a line end
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("1、贯彻党的路线")
                    && p.contains("协调办事处与辖区单位的工作关系") && p.endsWith("保证党和政府各项任务顺利完成。")));
            // a figure moved whole to the next line: "基金预算收入" | "8.33 万元", "共计 1745.78" | "万元。"
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("部门预算情况:")
                    && p.contains("基金预算收入8.33万元") && p.endsWith("共计1745.78万元。")));
        }

        @Test
        void numberedHeadingsAreDetected() {
            assertTrue(hasHeading(1, "一、部门基本情况"));
            assertTrue(hasHeading(2, "(一)部门概况"));
            assertTrue(hasHeading(2, "(二)部门收支预决算情况"));
            assertTrue(hasHeading(1, "五、存在的问题及改进措施"));
        }

        private boolean hasHeading(int level, String text) {
            return doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.level() == level
                    && h.text().equals(text));
        }

        @Test
        void noPageFurnitureInTheText() {
            Pattern pageNumber = Pattern.compile("(?m)^\\s*(?:[-—]\\s*\\d+\\s*[-—]|第\\s*\\d+\\s*页.*|\\d{1,3})\\s*$");
            for (Block b : doc.blocks()) {
                assertFalse(pageNumber.matcher(b.text()).find(), "page furniture: " + b.text());
            }
            assertEquals(1, doc.blocks().stream().filter(b -> b.text().equals("桥西区东华街道办事处2024年度整体支出绩效自评报告"))
                    .count(), "the title once, not as a running header");
        }

        @Test
        void provenanceQuotesTheSnippet() {
            assertProvenanceQuotes(doc);
        }
    }

    @Nested
    @RequiresShared
    class ShangjieLongTable {

        static SourceDocument doc;

        @BeforeAll
        static void read() throws Exception {
            doc = load(TestPaths.sample("shangjie-2021.pdf"));
        }

        @Test
        void theSelfEvaluationTableIsOneTableFromPage4ToPage7() {
            assertEquals(1, doc.tables().size());
            Table t = doc.tables().getFirst();
            assertEquals(38, t.rowCount(), "as many rows as the report's table");
            assertEquals(4, t.at().page());
            assertEquals(Set.of(4, 5, 6, 7), pages(t));
            assertEquals("单位:万元", t.caption());
        }

        @Test
        void cellsFromEveryPage() {
            Table t = doc.tables().getFirst();
            assertTrue(t.rowTexts(0).containsAll(List.of("部门(单位)名称", "自评得分", "99.34")));
            assertTrue(t.rowTexts(8).containsAll(List.of("部门预算总额", "477.48", "451.06", "94.50%", "9.45")));
            assertTrue(t.rowTexts(37).containsAll(List.of("满意度", "服务对象满意度", "≥80%")));
            Cell achieved = t.rowCells(28).stream().filter(c -> c.text().equals("1.89")).findFirst().orElseThrow();
            assertEquals(7, achieved.at().page());
        }

        @Test
        void theTallTargetRowSplitOverPages4And5IsOneRow() {
            Table t = doc.tables().getFirst();
            assertEquals("年度总体目标", t.cellAt(2, 0).text());
            Cell done = t.rowCells(2).stream().filter(c -> c.text().startsWith("<p>本年度我单位机构正常运转")).findFirst()
                    .orElseThrow();
            assertEquals(4, done.at().page());
            assertTrue(done.text().contains("成立65支成员数量在50人以上的社区社会组织"), "the part printed on page 5");
            assertEquals("年度主要任务", t.cellAt(3, 0).text());
        }

        @Test
        void provenanceQuotesTheSnippet() {
            assertProvenanceQuotes(doc);
        }

        private static Set<Integer> pages(Table t) {
            return Set.copyOf(t.cells().stream().map(c -> c.at().page()).toList());
        }
    }

    @Nested
    class BadAndUnusualFiles {

        @TempDir
        Path dir;

        @Test
        void anEncryptedPdfIsRefusedWithOneLine() throws Exception {
            Path p = dir.resolve("locked.pdf");
            try (PDDocument d = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                write(d, page, 72, 760, "secret budget");
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                d.protect(policy);
                d.save(p.toFile());
            }
            LoadException e = assertThrows(LoadException.class, () -> LOADER.load(SourceFile.of(p)));
            assertEquals("the PDF is encrypted (password protected)", e.getMessage());
        }

        @Test
        void garbageNamedPdfIsRefusedWithOneLine() throws Exception {
            Path p = dir.resolve("garbage.pdf");
            byte[] bytes = new byte[4096];
            new Random(7).nextBytes(bytes);
            Files.write(p, bytes);
            LoadException e = assertThrows(LoadException.class, () -> LOADER.load(SourceFile.of(p)));
            assertTrue(e.getMessage().startsWith("not a readable PDF: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }

        @Test
        void aScanWithoutTextLayerNeedsOcr() throws Exception {
            SourceFile scan = SourceFile.of(TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf"));
            LoadException e = assertThrows(LoadException.class, () -> LOADER.load(scan));
            assertEquals("scanned PDF without a text layer; OCR needs tesseract "
                    + "(apt-get install tesseract-ocr tesseract-ocr-chi-sim)", e.getMessage());
        }

        @Test
        void aScanIsHandedToTheOcrLoaderWhenThereIsOne() throws Exception {
            SourceFile scan = SourceFile.of(TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf"));
            List<SourceFile> asked = new ArrayList<>();
            DocumentLoader ocr = new DocumentLoader() {
                @Override
                public Set<Format> formats() {
                    return Set.of(Format.PDF);
                }

                @Override
                public SourceDocument load(SourceFile file) {
                    asked.add(file);
                    return new DocumentBuilder(file).ocr(true).pageCount(2).text("OCR text", 1, Mode.WRAPPED).build();
                }
            };
            SourceDocument doc = new PdfLoader(ocr).load(scan);
            assertEquals(List.of(scan), asked);
            assertTrue(doc.ocr());
            // a PDF with text is not sent to OCR
            new PdfLoader(ocr).load(SourceFile.of(TestPaths.sample("donghua-2024.pdf")));
            assertEquals(1, asked.size());
        }

        /**
         * 300 pages with a running header and a page number: all pages read, through a temporary-file cache,
         * and the furniture is gone while the body stays.
         */
        @Test
        void aLongPdfLoadsAndLosesItsRunningHeadersAndPageNumbers() throws Exception {
            Path p = dir.resolve("long.pdf");
            int pages = 300;
            try (PDDocument d = new PDDocument()) {
                for (int i = 1; i <= pages; i++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    d.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                        text(cs, 72, 800, "Annual performance self-evaluation report");
                        for (int line = 0; line < 30; line++) {
                            text(cs, 72, 720 - line * 20, "Section " + i + " paragraph " + line + " reports figure " + (i * 100 + line) + ".");
                        }
                        text(cs, 290, 40, "- " + i + " -");
                    }
                }
                d.save(p.toFile());
            }
            Runtime rt = Runtime.getRuntime();
            SourceDocument doc = load(p);
            long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("[memory] after 300 pages: %d MB used of %d MB max%n", usedMb, rt.maxMemory() / (1024 * 1024));
            assertEquals(pages, doc.pageCount());
            String text = doc.text().text();
            assertFalse(text.contains("Annual performance"), "running header removed");
            assertFalse(Pattern.compile("(?m)^- \\d+ -$").matcher(text).find(), "page numbers removed");
            assertTrue(text.contains("Section 300 paragraph 29 reports figure 30029."));
            assertTrue(text.contains("Section 1 paragraph 0 reports figure 100."));
            assertProvenanceQuotes(doc);
        }

        /**
         * A ruled table drawn by the test down to the foot of page 1 and on over page 2, its header row repeated
         * there, every group label merged over two rows: one table, header once, spans from the missing borders.
         */
        @Test
        void aDrawnTableContinuedWithARepeatedHeaderIsOneTable() throws Exception {
            Path p = dir.resolve("table.pdf");
            float[] xs = {72, 172, 322, 472};
            try (PDDocument d = new PDDocument()) {
                int next = 1;
                for (int pageNo = 0; pageNo < 2; pageNo++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    d.addPage(page);
                    int rows = pageNo == 0 ? 28 : 4;
                    try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                        float top = 780;
                        float h = 24;
                        // header row
                        text(cs, 76, top - 16, "Group");
                        text(cs, 176, top - 16, "Indicator");
                        text(cs, 326, top - 16, "Score");
                        for (int r = 1; r <= rows; r++) {
                            float y = top - r * h - 16;
                            if (r % 2 == 1) {
                                text(cs, 76, y, "G" + next);
                            }
                            text(cs, 176, y, "Item " + next);
                            text(cs, 326, y, String.valueOf(next * 5));
                            next++;
                        }
                        cs.setLineWidth(0.5f);
                        float bottom = top - (rows + 1) * h;
                        for (int r = 0; r <= rows + 1; r++) {
                            float y = top - r * h;
                            // inside a group (after an odd data row) the first column has no border
                            float from = r >= 2 && r <= rows && (r - 1) % 2 == 1 ? xs[1] : xs[0];
                            line(cs, from, y, xs[3], y);
                        }
                        for (float x : xs) {
                            line(cs, x, top, x, bottom);
                        }
                    }
                }
                d.save(p.toFile());
            }
            SourceDocument doc = LOADER.load(SourceFile.of(p));
            assertEquals(1, doc.tables().size());
            Table t = doc.tables().getFirst();
            assertEquals(33, t.rowCount(), "header once + 32 data rows");
            assertEquals(3, t.colCount());
            assertEquals(List.of("Group", "Indicator", "Score"), t.rowTexts(0));
            assertEquals(List.of("G1", "Item 1", "5"), t.rowTexts(1));
            assertEquals(List.of("G1", "Item 2", "10"), t.rowTexts(2));
            assertEquals(2, t.cellAt(1, 0).rowSpan());
            assertEquals(List.of("G27", "Item 28", "140"), t.rowTexts(28));
            assertEquals(1, t.cellAt(28, 2).at().page());
            assertEquals(List.of("G29", "Item 29", "145"), t.rowTexts(29));
            assertEquals(2, t.cellAt(29, 2).at().page());
            assertEquals(List.of("G31", "Item 32", "160"), t.rowTexts(32));
            assertProvenanceQuotes(doc);
        }

        /**
         * A table whose page 1 ends with a row of column names (an indicator block's header) and whose page 2 starts
         * with a row that leaves its note empty: it has the edges and the text placement of a row the break split,
         * but its cells hold figures, and a figure is not the rest of a cut cell. Two rows, not one.
         */
        @Test
        void aRowOfFiguresAfterThePageBreakIsTheNextRowNotTheRestOfTheLastOne() throws Exception {
            Path p = dir.resolve("header-at-foot.pdf");
            float[] xs = {72, 222, 302, 382, 532};
            try (PDDocument d = new PDDocument()) {
                for (int pageNo = 0; pageNo < 2; pageNo++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    d.addPage(page);
                    List<String[]> rows = new java.util.ArrayList<>();
                    if (pageNo == 0) {
                        for (int r = 1; r <= 27; r++) {
                            rows.add(new String[] {"Budget line " + r, String.valueOf(r), "2", "on plan"});
                        }
                        rows.add(new String[] {"Indicator", "Target", "Weight", "Deviation note"});
                    } else {
                        rows.add(new String[] {"Training sessions", "3", "20", ""});
                        rows.add(new String[] {"Site visits", "5", "10", ""});
                    }
                    try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                        float top = 780;
                        float h = 24;
                        for (int r = 0; r < rows.size(); r++) {
                            for (int c = 0; c < 4; c++) {
                                if (!rows.get(r)[c].isEmpty()) {
                                    text(cs, xs[c] + 4, top - r * h - 16, rows.get(r)[c]);
                                }
                            }
                        }
                        cs.setLineWidth(0.5f);
                        for (int r = 0; r <= rows.size(); r++) {
                            line(cs, xs[0], top - r * h, xs[4], top - r * h);
                        }
                        for (float x : xs) {
                            line(cs, x, top, x, top - rows.size() * h);
                        }
                    }
                }
                d.save(p.toFile());
            }
            SourceDocument doc = LOADER.load(SourceFile.of(p));
            assertEquals(1, doc.tables().size(), "one table over the break");
            Table t = doc.tables().getFirst();
            assertEquals(30, t.rowCount());
            assertEquals(List.of("Indicator", "Target", "Weight", "Deviation note"), t.rowTexts(27));
            assertEquals(List.of("Training sessions", "3", "20", ""), t.rowTexts(28));
            assertEquals(2, t.cellAt(28, 1).at().page());
            assertEquals(List.of("Site visits", "5", "10", ""), t.rowTexts(29));
            assertProvenanceQuotes(doc);
        }

        /** Underlines, a boxed note and a page frame crossed by a rule are drawing, not tables. */
        @Test
        void linesThatAreNotTablesLeaveTheTextAsParagraphs() throws Exception {
            Path p = dir.resolve("decorated.pdf");
            try (PDDocument d = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    text(cs, 72, 760, "Performance report");
                    line(cs, 72, 756, 200, 756);
                    text(cs, 80, 700, "Note: figures in ten thousand yuan.");
                    cs.addRect(72, 690, 300, 24);
                    cs.stroke();
                    // a frame around the page with a rule under the header, touching the frame
                    cs.addRect(40, 40, 515, 760);
                    cs.stroke();
                    line(cs, 40, 740, 555, 740);
                    text(cs, 72, 600, "Body text inside the frame.");
                }
                d.save(p.toFile());
            }
            SourceDocument doc = LOADER.load(SourceFile.of(p));
            assertTrue(doc.tables().isEmpty(), doc.tables().toString());
            assertEquals(List.of("Performance report", "Note: figures in ten thousand yuan.", "Body text inside the frame."),
                    doc.blocks().stream().map(Block::text).toList());
        }

        /**
         * A figure the layout broke at a line end ("88.5" | "0%") comes out whole; a word too long for the space
         * left does not end the paragraph, a short line does.
         */
        @Test
        void aNumberBrokenAtALineEndIsWhole() throws Exception {
            Path p = dir.resolve("wrapped.pdf");
            try (PDDocument d = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    text(cs, 72, 700, "In the year the department spent its budget and execution reached 88.5");
                    text(cs, 72, 686, "0% of the plan, with 5 of 6 projects rated by the review panel as");
                    text(cs, 72, 672, "excellent.");
                    text(cs, 72, 658, "Next paragraph.");
                }
                d.save(p.toFile());
            }
            SourceDocument doc = LOADER.load(SourceFile.of(p));
            assertEquals(List.of("In the year the department spent its budget and execution reached 88.50% of the plan, with 5 of 6"
                    + " projects rated by the review panel as excellent.", "Next paragraph."),
                    doc.blocks().stream().map(Block::text).toList());
        }

        /** A table that ends halfway down its page was ended there: the table on the next page is another one. */
        @Test
        void aTableEndingMidPageIsNotJoinedToTheNextPagesTable() throws Exception {
            Path p = dir.resolve("two-tables.pdf");
            try (PDDocument d = new PDDocument()) {
                for (int n = 1; n <= 2; n++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    d.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                        float top = 780;
                        for (int r = 0; r < 3; r++) {
                            text(cs, 76, top - r * 24 - 16, "Table " + n + " row " + r);
                            text(cs, 276, top - r * 24 - 16, String.valueOf(r));
                        }
                        for (int r = 0; r <= 3; r++) {
                            line(cs, 72, top - r * 24, 472, top - r * 24);
                        }
                        for (float x : new float[] {72, 272, 472}) {
                            line(cs, x, top, x, top - 72);
                        }
                    }
                }
                d.save(p.toFile());
            }
            SourceDocument doc = LOADER.load(SourceFile.of(p));
            assertEquals(2, doc.tables().size());
            assertEquals("Table 2 row 0", doc.tables().get(1).cellAt(0, 0).text());
            assertEquals(2, doc.tables().get(1).at().page());
        }

        private static void write(PDDocument d, PDPage page, float x, float y, String s) throws IOException {
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                text(cs, x, y, s);
            }
        }

        private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
            cs.moveTo(x0, y0);
            cs.lineTo(x1, y1);
            cs.stroke();
        }
    }
}
