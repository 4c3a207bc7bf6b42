package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Every format the generator writes is a real file of that format: jixiao's own reader loads it, and the text
 * it reads carries the department's name and its total score; the merges are real merges.
 */
class RenderedFormatsTest {

    @TempDir
    static Path dir;

    private static Map<OutputFormat, CorpusGenerator.Item> items;

    @BeforeAll
    static void generate() throws Exception {
        if (RequiresCjkFont.Condition.missingReason() != null) {
            return; // without a font for the PDF the tests of the generated files are skipped (@RequiresCjkFont)
        }
        List<OutputFormat> all = List.of(OutputFormat.values());
        items = CorpusGenerator.generate(dir, all.size(), 77L, all, 2, n -> { }).stream()
                .collect(Collectors.toMap(CorpusGenerator.Item::format, i -> i));
    }

    private static Path file(OutputFormat f) {
        return dir.resolve(items.get(f).fileName());
    }

    @Test
    @RequiresCjkFont
    void everyFormatReadsBackWithTheDepartmentAndItsTotalScore() {
        DocumentReader reader = new DocumentReader();
        for (OutputFormat f : OutputFormat.values()) {
            CorpusGenerator.Item item = items.get(f);
            ReadResult result = reader.read(file(f));
            ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result,
                    () -> f + ": " + (result instanceof ReadResult.Failed x ? x.reason() : ""));
            SourceDocument doc = loaded.document();
            String text = doc.text().text();
            assertTrue(text.contains(item.department().name()), f + " lacks the department name");
            assertTrue(text.contains(item.score().toPlainString()), f + " lacks the total score");
            assertTrue(text.contains("三级指标"), f + " lacks the form");
        }
    }

    @Test
    @RequiresCjkFont
    void theTruthFileFollowsTheContractAndNamesItsReport() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (CorpusGenerator.Item item : items.values()) {
            JsonNode t = json.readTree(dir.resolve(item.stem() + ".truth.json").toFile());
            assertEquals("jixiao.report/1", t.get("schema").asText());
            assertEquals(item.fileName(), t.get("source").get("path").asText());
            assertEquals(item.department().name(), t.get("department").asText());
            assertEquals(item.year(), t.get("year").asInt());
            assertEquals(0, item.score().compareTo(t.get("score").decimalValue()));
            assertEquals(1 + item.projects(), t.get("evaluations").size());
            JsonNode executed = t.get("evaluations").get(0).get("budget").get("executed");
            assertEquals(0, executed.get("value").decimalValue().movePointRight(4)
                    .compareTo(executed.get("yuan").decimalValue()));
            assertEquals(item.planted().size(), t.get("planted").size());
        }
    }

    @Test
    @RequiresCjkFont
    void theDocxHasRealHorizontalAndVerticalMerges() throws Exception {
        int gridSpans = 0;
        int restarts = 0;
        int continues = 0;
        try (InputStream in = Files.newInputStream(file(OutputFormat.DOCX)); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getTables().size() >= 3, "one form for the department and one per project");
            for (var table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        CTTcPr pr = cell.getCTTc().getTcPr();
                        if (pr == null) {
                            continue;
                        }
                        if (pr.isSetGridSpan() && pr.getGridSpan().getVal().intValue() > 1) {
                            gridSpans++;
                        }
                        if (pr.isSetVMerge()) {
                            if (STMerge.RESTART.equals(pr.getVMerge().getVal())) {
                                restarts++;
                            } else {
                                continues++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(gridSpans > 10, "gridSpan cells: " + gridSpans);
        assertTrue(restarts >= 3, "vMerge restarts: " + restarts);
        assertTrue(continues > restarts, "vMerge continuations: " + continues);
    }

    @Test
    @RequiresCjkFont
    void theHtmlRtfAndXlsxCarryTheirMergesInTheirOwnTerms() throws Exception {
        String html = Files.readString(file(OutputFormat.HTML));
        assertTrue(html.contains("rowspan=\"") && html.contains("colspan=\""));
        String rtf = Files.readString(file(OutputFormat.RTF));
        assertTrue(rtf.contains("\\clvmgf") && rtf.contains("\\clvmrg") && rtf.contains("\\trowd"));
        assertTrue(rtf.chars().allMatch(c -> c < 128), "RTF is 7-bit with \\uN? escapes");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file(OutputFormat.XLSX)))) {
            assertTrue(wb.getNumberOfSheets() >= 3);
            assertTrue(wb.getSheetAt(1).getNumMergedRegions() > 10);
        }
    }

    @Test
    @RequiresCjkFont
    void rtfWritesHorizontalMergesInBothTheLegacyAndTheModernForm() throws Exception {
        Layout layout = ReportWriter.write(CorpusGenerator.models(77L, OutputFormat.values().length)
                .get(items.get(OutputFormat.RTF).index()));
        Path legacy = dir.resolve("legacy.rtf");
        Path modern = dir.resolve("modern.rtf");
        new RtfRenderer(true).render(layout, legacy);
        new RtfRenderer(false).render(layout, modern);
        String l = Files.readString(legacy);
        String m = Files.readString(modern);
        assertTrue(l.contains("\\clmgf") && l.contains("\\clmrg"));
        assertTrue(!m.contains("\\clmgf") && !m.contains("\\clmrg"));
        assertTrue(m.contains("\\clvmgf") && m.contains("\\clvmrg"));
        // legacy: one \\cellx and one \\cell per grid column in every row; modern: one per visible cell
        long rows = l.split("\\\\trowd", -1).length - 1;
        assertEquals(rows * FormGrid.COLS, l.split("\\\\cellx", -1).length - 1);
        assertTrue(m.split("\\\\cellx", -1).length - 1 < rows * FormGrid.COLS);
        assertEquals(m.split("\\\\cellx", -1).length, m.split("\\\\cell\\b", -1).length);
        DocumentReader reader = new DocumentReader();
        for (Path p : List.of(legacy, modern)) {
            ReadResult r = reader.read(p);
            assertInstanceOf(ReadResult.Loaded.class, r, p.toString());
        }
    }

    @Test
    @RequiresCjkFont
    void theGb18030TextIsReallyGb18030AndTheTablesAreTikaStyle() throws Exception {
        byte[] bytes = Files.readAllBytes(file(OutputFormat.GB18030));
        String text = new String(bytes, Charset.forName("GB18030"));
        assertTrue(text.contains(items.get(OutputFormat.GB18030).department().name()));
        assertTrue(!new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("绩效"), "not UTF-8");
        assertTrue(text.contains("\n\t一级指标\n\t二级指标\n\t三级指标\n"), "cells on tab-led lines");
    }

    @Test
    @RequiresCjkFont
    void thePdfHasSeveralNumberedPagesAndAnEmbeddedSubsetFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file(OutputFormat.PDF).toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("第 1 页 共 " + pdf.getNumberOfPages() + " 页"), "footer page numbers");
            var font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset font: " + font.getName());
        }
        assertTrue(Files.size(file(OutputFormat.PDF)) < 400_000, "the subset keeps the file small");
    }

    @Test
    void aMissingCjkFontIsAOneLineReasonBeforeAnythingIsWritten() {
        String before = System.getProperty("jixiao.cjkFont");
        System.setProperty("jixiao.cjkFont", dir.resolve("no-such-font.ttf").toString());
        Path out = dir.resolve("nofont");
        try {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> CorpusGenerator.generate(out, 2, 1L, List.of(OutputFormat.PDF), 1, n -> { }));
            assertTrue(e.getMessage().contains("does not exist") && !e.getMessage().contains("\n"), e.getMessage());
            assertTrue(!Files.exists(out), "nothing written");
        } finally {
            if (before == null) {
                System.clearProperty("jixiao.cjkFont");
            } else {
                System.setProperty("jixiao.cjkFont", before);
            }
        }
    }

    @Test
    void withoutAnyCjkFontTheReasonNamesThePackageToInstall() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> CjkFont.locate(null, List.of(dir.resolve("absent.ttc").toString())));
        assertTrue(e.getMessage().contains("fonts-wqy-zenhei") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
