package org.jixiao.corpus.load.ocr;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.testing.RequiresTesseract;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR of the scanned sample (the first two pages of yanfeng-2021.pdf as images), measured against the text
 * layer of the original PDF; skipped where tesseract with Chinese is not installed (failed under CI).
 */
class OcrLoaderTest {

    private static SourceDocument scanned;

    @TempDir
    Path dir;

    private static synchronized SourceDocument scanned() throws Exception {
        OcrLoader loader = new OcrLoader();
        RequiresTesseract.Condition.require();
        if (scanned == null) {
            long t0 = System.nanoTime();
            scanned = loader.load(SourceFile.of(TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf")).withFormat(Format.PDF));
            System.out.printf("OCR of 2 pages: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        return scanned;
    }

    /** The text layer of the original PDF's first two pages, normalized. */
    private static String reference() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestPaths.sample("yanfeng-2021.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            return TextNormalizer.get().normalizeText(stripper.getText(pdf), Mode.LINES);
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Multiset overlap of characters: 2·|A∩B| / (|A|+|B|), indifferent to reading order. */
    static double characterF1(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                counts.put(c, n - 1);
                common++;
            }
        }
        return 2.0 * common / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }

    /** Longest common subsequence ratio 2·LCS / (|A|+|B|): characters in the same order. */
    static double lcsRatio(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.length()] / (a.length() + b.length());
    }

    @Test
    void theScanIsReadAsTwoOcrPages() throws Exception {
        SourceDocument d = scanned();
        assertTrue(d.ocr());
        assertEquals(2, d.pageCount());
        assertEquals(Format.PDF, d.format());
        assertTrue(d.blocks().stream().anyMatch(b -> b.at().page() == 2), "page 2 has blocks");
        for (Block b : d.blocks()) {
            assertQuotes(d, b.at());
        }
    }

    @Test
    void keyPhrasesAndFiguresOfPageOneAreRecognized() throws Exception {
        String text = compact(scanned().text().text());
        for (String phrase : List.of("部门整体支出绩效自评表", "2021年度", "雁峰区雁峰街道办事处", "年度资金总额",
                "2021.29", "2991.61", "148%", "742.25", "1461.60", "1159.04", "财政供养人员控制率", "经济建设投资总金额")) {
            assertTrue(text.contains(phrase), () -> "missing " + phrase);
        }
        assertFalse(text.matches(".*[\\u4e00-\\u9fff] [\\u4e00-\\u9fff].*"), "no spaces between Chinese characters");
    }

    @Test
    void theTextIsCloseToTheOriginalTextLayer() throws Exception {
        String ocr = compact(scanned().text().text());
        String ref = compact(reference());
        double f1 = characterF1(ocr, ref);
        double lcs = lcsRatio(ocr, ref);
        System.out.printf("OCR vs text layer: %d vs %d chars, character F1 %.3f, LCS ratio %.3f%n",
                ocr.length(), ref.length(), f1, lcs);
        assertTrue(f1 >= 0.97, "character F1 " + f1);
        assertTrue(lcs >= 0.95, "LCS ratio " + lcs);
    }

    @Test
    void theRuledFormBecomesATableWithItsMergedCells() throws Exception {
        SourceDocument d = scanned();
        Table first = d.tables().get(0);
        assertEquals(1, first.at().page());
        assertEquals(9, first.colCount());
        assertTrue(first.rowCount() >= 20, "rows: " + first.rowCount());
        Cell name = first.cellAt(0, 1);
        assertEquals(8, name.colSpan(), "the department name spans the form");
        assertEquals("雁峰区雁峰街道办事处", name.text());
        assertTrue(first.rowTexts(2).containsAll(List.of("年度资金总额", "2021.29", "2991.61", "148%")),
                first.rowTexts(2).toString());
        for (Cell c : first.cells()) {
            assertQuotes(d, c.at());
        }
    }

    // ---- the scan fed in at an angle -------------------------------------------------------------------

    /** The scanned sample with each page turned by {@code degrees}, as a sheet fed askew into a scanner. */
    private Path askew(double degrees) throws IOException {
        Path p = dir.resolve("askew.pdf");
        try (PDDocument src = Loader.loadPDF(TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf").toFile());
             PDDocument out = new PDDocument()) {
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                BufferedImage image = new PDFRenderer(src).renderImageWithDPI(i, 150, ImageType.GRAY);
                PDPage page = new PDPage(src.getPage(i).getMediaBox());
                out.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(out, Deskew.rotate(image, degrees));
                try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            out.save(p.toFile());
        }
        return p;
    }

    @Test
    void aScanFedInAtAnAngleIsStraightenedFirst() throws Exception {
        OcrLoader loader = new OcrLoader();
        RequiresTesseract.Condition.require();
        SourceDocument d = loader.load(SourceFile.of(askew(1.0)).withFormat(Format.PDF));
        Table first = d.tables().get(0);
        assertEquals(9, first.colCount());
        assertEquals(22, first.rowCount());
        assertEquals(8, first.cellAt(0, 1).colSpan());
        assertTrue(first.rowTexts(2).containsAll(List.of("年度资金总额", "2021.29", "2991.61", "148%")),
                first.rowTexts(2).toString());
        String ocr = compact(d.text().text());
        String ref = compact(reference());
        double f1 = characterF1(ocr, ref);
        double lcs = lcsRatio(ocr, ref);
        System.out.printf("askew OCR vs text layer: %d vs %d chars, character F1 %.3f, LCS ratio %.3f%n",
                ocr.length(), ref.length(), f1, lcs);
        assertTrue(f1 >= 0.95, "character F1 " + f1);
        assertTrue(lcs >= 0.93, "LCS ratio " + lcs);
    }

    // ---- a page of prose, scanned here from the text PDF --------------------------------------------

    /** The first page of donghua-2024.pdf as a 150 dpi grayscale image in a PDF of its own: a scan. */
    private Path scanOfProse() throws IOException {
        Path p = dir.resolve("donghua-scan.pdf");
        try (PDDocument src = Loader.loadPDF(TestPaths.sample("donghua-2024.pdf").toFile()); PDDocument out = new PDDocument()) {
            BufferedImage image = new PDFRenderer(src).renderImageWithDPI(0, 150, ImageType.GRAY);
            PDPage page = new PDPage(src.getPage(0).getMediaBox());
            out.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(out, image);
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            out.save(p.toFile());
        }
        return p;
    }

    @Test
    void aScannedPageOfProseKeepsItsParagraphsAndHeadings() throws Exception {
        OcrLoader loader = new OcrLoader();
        RequiresTesseract.Condition.require();
        SourceDocument d = loader.load(SourceFile.of(scanOfProse()).withFormat(Format.PDF));
        assertTrue(d.tables().isEmpty());
        List<String> blocks = d.blocks().stream().map(Block::text).toList();
        assertTrue(d.blocks().stream().anyMatch(b -> b instanceof Heading h && h.text().equals("一、部门基本情况")), blocks.toString());
        for (String start : List.of("1、贯彻党的路线", "2、讨论决定本街道", "3、领导街道办事处", "部门预算情况:2024年预算收入1735.58万元")) {
            assertEquals(1, blocks.stream().filter(b -> b.startsWith(start)).count(), () -> "one paragraph starts with " + start + ": " + blocks);
        }
        String ref;
        try (PDDocument pdf = Loader.loadPDF(TestPaths.sample("donghua-2024.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            ref = compact(TextNormalizer.get().normalizeText(stripper.getText(pdf), Mode.LINES));
        }
        String ocr = compact(d.text().text());
        double f1 = characterF1(ocr, ref);
        double lcs = lcsRatio(ocr, ref);
        System.out.printf("prose OCR vs text layer: %d vs %d chars, character F1 %.3f, LCS ratio %.3f%n",
                ocr.length(), ref.length(), f1, lcs);
        assertTrue(f1 >= 0.95, "character F1 " + f1);
        assertTrue(lcs >= 0.93, "LCS ratio " + lcs);
    }

    // ---- where tesseract is missing -----------------------------------------------------------------

    @Test
    void withoutTesseractTheReasonSaysWhatToInstall() throws Exception {
        OcrLoader loader = new OcrLoader(dir.resolve("no-such-tesseract").toString());
        assertFalse(loader.available());
        Path scan = TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf"); // outside the lambda: a skip is not a LoadException
        LoadException e = assertThrows(LoadException.class,
                () -> loader.load(SourceFile.of(scan)));
        assertEquals(OcrLoader.NO_TESSERACT, e.getMessage());
        assertTrue(e.getMessage().contains("tesseract-ocr-chi-sim"));
    }

    @Test
    void withoutTheChineseModelTheReasonIsTheSame() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script stands in for tesseract");
        Path fake = dir.resolve("tesseract-eng-only");
        Files.writeString(fake, "#!/bin/sh\necho 'List of available languages in \"/x\" (2):'\necho eng\necho osd\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        OcrLoader loader = new OcrLoader(fake.toString());
        assertFalse(loader.available());
        Path scan = TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf"); // outside the lambda: a skip is not a LoadException
        LoadException e = assertThrows(LoadException.class,
                () -> loader.load(SourceFile.of(scan)));
        assertEquals(OcrLoader.NO_TESSERACT, e.getMessage());
    }

    /** A shell script that says it has {@code langs} and fails at anything else. */
    private Path fakeTesseract(String name, String... langs) throws IOException {
        Path fake = dir.resolve(name);
        StringBuilder sh = new StringBuilder("#!/bin/sh\nif [ \"$1\" = --list-langs ]; then\n")
                .append("  echo 'List of available languages in \"/x\" (").append(langs.length).append("):'\n");
        for (String l : langs) {
            sh.append("  echo ").append(l).append('\n');
        }
        sh.append("  exit 0\nfi\necho 'Error: cannot read input' >&2\nexit 1\n");
        Files.writeString(fake, sh);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    @Test
    void beyondFiftyPagesTheRestIsLeftWithAWarning() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script stands in for tesseract");
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < OcrLoader.MAX_PAGES + 2; i++) {
                doc.addPage(new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 72)));
            }
            doc.save(pdf.toFile());
        }
        // blank pages have nothing to read, so the fake is only asked for its languages
        OcrLoader loader = new OcrLoader(fakeTesseract("tess-blank", "chi_sim", "eng").toString());
        SourceDocument d = loader.load(SourceFile.of(pdf).withFormat(Format.PDF));
        assertEquals(OcrLoader.MAX_PAGES + 2, d.pageCount());
        assertTrue(d.ocr());
        assertTrue(d.blocks().isEmpty());
        assertEquals(List.of("scanned PDF: OCR read the first 50 of 52 pages"), d.warnings());
    }

    @Test
    void whenTesseractFailsOnEveryPageTheReasonSaysSo() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script stands in for tesseract");
        OcrLoader loader = new OcrLoader(fakeTesseract("tess-broken", "chi_sim").toString());
        Path scan = TestPaths.sample("yanfeng-2021-scanned-p1-2.pdf"); // outside the lambda: a skip is not a LoadException
        LoadException e = assertThrows(LoadException.class,
                () -> loader.load(SourceFile.of(scan).withFormat(Format.PDF)));
        assertTrue(e.getMessage().startsWith("scanned PDF: OCR failed on every page"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot read input"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void tsvRowsBecomeWords() {
        List<Tesseract.Word> words = Tesseract.parseTsv(List.of(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "4\t1\t1\t1\t1\t0\t238\t129\t126\t43\t-1\t",
                "5\t1\t1\t1\t1\t1\t238\t129\t80\t43\t91.5\t附件",
                "5\t1\t1\t1\t1\t2\t330\t129\t20\t43\t95\t1",
                "5\t1\t1\t1\t2\t1\t238\t200\t20\t43\t95\t "));
        assertEquals(2, words.size());
        assertEquals("附件", words.get(0).text());
        assertEquals(278, words.get(0).centreX());
        assertEquals(words.get(0).lineKey(), words.get(1).lineKey());
    }
}
