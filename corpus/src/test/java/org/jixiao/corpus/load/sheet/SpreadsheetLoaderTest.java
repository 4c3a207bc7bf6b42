package org.jixiao.corpus.load.sheet;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a workbook reads as: text as displayed, merged regions as spans, a report sheet as prose and forms. */
class SpreadsheetLoaderTest {

    private static final Pattern FLOAT_ARTIFACT = Pattern.compile("\\d\\.\\d*(0000000|9999999)\\d");

    private static SourceDocument yanfeng;

    @TempDir
    Path dir;

    private final SpreadsheetLoader loader = new SpreadsheetLoader();

    @BeforeAll
    static void readSample() throws Exception {
        if (TestPaths.sharedIfPresent().isEmpty()) {
            return; // the tests of the real workbook are skipped (@RequiresShared)
        }
        yanfeng = new SpreadsheetLoader().load(SourceFile.of(TestPaths.sample("yanfeng-2021.xlsx")).withFormat(Format.XLSX));
    }

    private static void assertCell(Table t, int row, int col, int rowSpan, int colSpan, String text) {
        Cell c = t.cellAt(row, col);
        assertNotNull(c, () -> "no cell at r" + row + " c" + col);
        assertEquals(row, c.row(), () -> "anchor row of " + text);
        assertEquals(col, c.col(), () -> "anchor col of " + text);
        assertEquals(rowSpan, c.rowSpan(), () -> "rowSpan of " + text);
        assertEquals(colSpan, c.colSpan(), () -> "colSpan of " + text);
        assertEquals(text, c.text());
    }

    // ---- the sample report: one sheet holding the two forms and the written report -------------------

    @Test
    @RequiresShared
    void theReportSheetSplitsIntoTitlesTwoFormsAndProse() {
        assertEquals(2, yanfeng.tables().size());
        List<Block> blocks = yanfeng.blocks();
        assertEquals("附件1", blocks.get(0).text());
        assertEquals("部门整体支出绩效自评表", blocks.get(1).text());
        assertInstanceOf(Table.class, blocks.get(3));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Heading h && h.text().equals("一、基本情况")));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Paragraph p && p.text().startsWith("2021年街道总收入决算数2991.61万元")));
        assertEquals(0, yanfeng.pageCount());
        assertFalse(yanfeng.ocr());
        assertTrue(yanfeng.warnings().isEmpty(), yanfeng.warnings().toString());
    }

    @Test
    @RequiresShared
    void theDepartmentFormKeepsItsMergedCells() {
        Table t = yanfeng.tables().get(0);
        assertEquals(40, t.rowCount());
        assertEquals(9, t.colCount());
        assertTrue(t.caption().contains("2021年度"), t.caption());
        assertCell(t, 0, 0, 1, 1, "预算部门名称");
        assertCell(t, 0, 1, 1, 8, "雁峰区雁峰街道办事处");
        assertCell(t, 1, 7, 2, 2, "得分");
        assertCell(t, 3, 2, 1, 1, "2021.29");
        assertCell(t, 3, 4, 1, 1, "2991.61");
        assertCell(t, 3, 6, 1, 1, "148%");
        assertCell(t, 9, 0, 6, 1, ""); // the empty merged cell beside the six 目标 rows
        assertCell(t, 39, 0, 1, 1, "总分");
        assertCell(t, 39, 2, 1, 1, "86");
        assertCell(t, 39, 3, 1, 6, "");
        // covered positions have no cell of their own: the merged cell is found there
        assertSame(t.cellAt(1, 7), t.cellAt(2, 8));
        assertTrue(t.cells().stream().noneMatch(c -> c.row() == 2 && c.col() == 8));
        // interior empty positions are empty cells, so every position is covered exactly once
        int area = t.cells().stream().mapToInt(c -> c.rowSpan() * c.colSpan()).sum();
        assertEquals(t.rowCount() * t.colCount(), area);
    }

    @Test
    @RequiresShared
    void theProjectFormReadsItsFiguresAsPrinted() {
        Table t = yanfeng.tables().get(1);
        assertEquals(9, t.colCount());
        assertCell(t, 0, 1, 2, 8, "基层政权建设和社区治理");
        List<String> total = t.rowTexts(5);
        assertEquals(List.of("", "年度资金总额", "1461.6", "1461.6", "1956.56", "10", "133.86%", "9", "9"), total);
    }

    @Test
    @RequiresShared
    void everyBlockAndCellQuotesItsSnippetAndNoFloatArtifactsAppear() {
        for (Block b : yanfeng.blocks()) {
            assertQuotes(yanfeng, b.at());
            assertNull(b.at().page(), "spreadsheets have no pages");
        }
        for (Table t : yanfeng.tables()) {
            for (Cell c : t.cells()) {
                assertQuotes(yanfeng, c.at());
                assertEquals(t.index(), c.at().table());
            }
        }
        assertFalse(FLOAT_ARTIFACT.matcher(yanfeng.text().text()).find());
    }

    @Test
    void theReaderDispatchesWorkbooksHere() {
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class,
                new DocumentReader().read(TestPaths.sample("yanfeng-2021.xlsx"))).document();
        assertEquals(Format.XLSX, d.format());
        assertEquals(2, d.tables().size());
        assertEquals(40, d.tables().get(0).rowCount());
    }

    // ---- an XLS written here and read back ----------------------------------------------------------

    /**
     * Sheet 自评表: column A empty; B1:E1 a merged title; a header row; B3:B4 merged; numbers in several
     * formats, a formula, an empty interior cell; a note merged across the table at the bottom.
     */
    private Path writeXls() throws IOException {
        Path p = dir.resolve("form.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("自评表");
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            s.createRow(0).createCell(1).setCellValue("部门整体支出绩效自评表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 4));
            Row h = s.createRow(1);
            String[] head = {"项目", "预算数", "执行数", "执行率"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(1 + i).setCellValue(head[i]);
            }
            Row r2 = s.createRow(2);
            r2.createCell(1).setCellValue("年度资金总额");
            r2.createCell(2).setCellValue(0.1 + 0.2); // 0.30000000000000004, General format
            r2.createCell(3).setCellValue(2021.29);
            r2.getCell(3).setCellStyle(twoDecimals);
            r2.createCell(4).setCellValue(0.945);
            r2.getCell(4).setCellStyle(percent);
            Row r3 = s.createRow(3);
            r3.createCell(2).setCellFormula("C3*10");
            r3.getCell(2).setCellStyle(twoDecimals);
            // D4 left empty; E4 a number
            r3.createCell(4).setCellValue(12);
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            s.createRow(4).createCell(1).setCellValue("注：执行率=执行数/预算数");
            s.addMergedRegion(new CellRangeAddress(4, 4, 1, 4));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // caches the formula's value

            Sheet hidden = wb.createSheet("草稿");
            hidden.createRow(0).createCell(0).setCellValue("不应读出");
            wb.setSheetHidden(1, true);

            Sheet data = wb.createSheet("明细");
            data.createRow(0).createCell(0).setCellValue("单位");
            data.getRow(0).createCell(1).setCellValue("金额");
            data.createRow(1).createCell(0).setCellValue("社区");
            data.getRow(1).createCell(1).setCellValue(418);
            CellStyle chineseDate = wb.createCellStyle();
            chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row r2d = data.createRow(2);
            r2d.createCell(0).setCellValue(java.time.LocalDate.of(2021, 12, 31));
            r2d.getCell(0).setCellStyle(chineseDate);
            r2d.createCell(1).setCellValue(4774760.72);
            r2d.getCell(1).setCellStyle(thousands);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    @Test
    void anXlsRoundTripKeepsSpansAndDisplayedNumbers() throws Exception {
        SourceDocument d = loader.load(SourceFile.of(writeXls()).withFormat(Format.XLS));
        List<Block> blocks = d.blocks();
        assertEquals("部门整体支出绩效自评表", blocks.get(0).text(), "a title merged across the table is a paragraph");
        Table t = assertInstanceOf(Table.class, blocks.get(1));
        assertEquals("部门整体支出绩效自评表", t.caption());
        assertEquals(3, t.rowCount());
        assertEquals(4, t.colCount(), "the empty column A is trimmed");
        assertEquals(List.of("项目", "预算数", "执行数", "执行率"), t.rowTexts(0));
        assertCell(t, 1, 0, 2, 1, "年度资金总额");
        assertCell(t, 1, 1, 1, 1, "0.3");
        assertCell(t, 1, 2, 1, 1, "2021.29");
        assertCell(t, 1, 3, 1, 1, "94.5%");
        assertCell(t, 2, 1, 1, 1, "3.00"); // the formula's cached value, in its cell's format
        assertCell(t, 2, 2, 1, 1, "");     // interior empty cell kept
        assertCell(t, 2, 3, 1, 1, "12");
        assertEquals("注:执行率=执行数/预算数", blocks.get(2).text(), "a note merged across the table follows it");

        Table second = assertInstanceOf(Table.class, blocks.get(3));
        assertEquals("明细", second.caption(), "a table opening its sheet is captioned with the sheet's name");
        assertEquals(List.of("社区", "418"), second.rowTexts(1));
        assertEquals(List.of("2021年12月31日", "4,774,760.72"), second.rowTexts(2));
        assertEquals(4, blocks.size());
        assertFalse(d.text().text().contains("不应读出"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("草稿")), d.warnings().toString());
        for (Table table : d.tables()) {
            table.cells().forEach(c -> assertQuotes(d, c.at()));
        }
    }

    @Test
    void aLongSheetIsCutWithAWarning() throws Exception {
        Path p = dir.resolve("long.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("长表");
            for (int r = 0; r < SpreadsheetLoader.MAX_ROWS + 50; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("行" + r);
                row.createCell(1).setCellValue(r);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        SourceDocument d = loader.load(SourceFile.of(p).withFormat(Format.XLS));
        assertEquals(SpreadsheetLoader.MAX_ROWS, d.tables().get(0).rowCount());
        assertTrue(d.warnings().get(0).contains("only the first " + SpreadsheetLoader.MAX_ROWS + " rows"), d.warnings().toString());
    }

    // ---- bad workbooks ----------------------------------------------------------------------------

    private static String oneLineReason(LoadException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() < 240, e.getMessage());
        return e.getMessage();
    }

    @Test
    void anEncryptedWorkbookSaysSo() throws Exception {
        Path p = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("机密");
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("pass");
            try (OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        LoadException e = assertThrows(LoadException.class, () -> loader.load(SourceFile.of(p).withFormat(Format.XLSX)));
        assertTrue(oneLineReason(e).contains("encrypted"), e.getMessage());
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, new DocumentReader().read(p));
        assertTrue(f.reason().contains("encrypted"), f.reason());
    }

    @Test
    void aTruncatedOrGarbageWorkbookFailsWithOneLine() throws Exception {
        byte[] all = Files.readAllBytes(TestPaths.sample("yanfeng-2021.xlsx"));
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(all, all.length / 2));
        oneLineReason(assertThrows(LoadException.class,
                () -> loader.load(SourceFile.of(truncated).withFormat(Format.XLSX))));
        byte[] junk = new byte[20_000];
        new Random(3).nextBytes(junk);
        Path garbage = Files.write(dir.resolve("junk.xls"), junk);
        oneLineReason(assertThrows(LoadException.class,
                () -> loader.load(SourceFile.of(garbage).withFormat(Format.XLS))));
    }

    @Test
    void anEmptyWorkbookHasNoBlocks() throws Exception {
        Path p = dir.resolve("blank.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("Sheet1").createRow(3).createCell(2).setCellValue("  ");
            wb.write(out);
        }
        assertTrue(loader.load(SourceFile.of(p).withFormat(Format.XLSX)).blocks().isEmpty());
    }
}
