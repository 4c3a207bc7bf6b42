package org.jixiao.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what their extension says, as government sites publish them: Word's "save as web page"
 * (HTML, or a single-file .mht web archive) and plain text, named {@code .doc}. Each is read by its content,
 * with a one-line warning naming both formats. The files are invented here.
 */
class FormatDetectorTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Word's web-page export: Office namespaces, a charset in a meta tag, a table. */
    private static final String WORD_HTML = """
            <html xmlns:v="urn:schemas-microsoft-com:vml"
            xmlns:o="urn:schemas-microsoft-com:office:office"
            xmlns:w="urn:schemas-microsoft-com:office:word"
            xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
            <meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
            <title>某某县农业农村局2023年度部门整体支出绩效自评报告</title></head>
            <body lang=ZH-CN><div class=WordSection1>
            <p class=MsoNormal><span>一、部门基本情况</span></p>
            <p class=MsoNormal><span>某某县农业农村局2023年度预算123.45万元，执行111.07万元。</span></p>
            <table class=MsoTableGrid border=1>
            <tr><td><p>预算数(A)</p></td><td><p>执行数(B)</p></td><td><p>执行率(B/A)</p></td></tr>
            <tr><td><p>123.45</p></td><td><p>111.07</p></td><td><p>89.97%</p></td></tr>
            </table></div></body></html>
            """;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private SourceDocument read(Path p) {
        ReadResult r = reader.read(p);
        return assertInstanceOf(ReadResult.Loaded.class, r, () -> "expected a document: " + r).document();
    }

    private static void assertWarnedOnce(SourceDocument d, String claimed, String actual) {
        String w = d.warnings().getFirst();
        assertEquals("the name says ." + claimed + " but the content is " + actual + "; read as " + actual, w);
        assertFalse(w.contains("\n"));
    }

    private static void assertBudgetTable(SourceDocument d) {
        List<Table> tables = d.tables();
        assertEquals(1, tables.size(), d.text().text());
        Table t = tables.getFirst();
        assertEquals(List.of("预算数(A)", "执行数(B)", "执行率(B/A)"), t.rowTexts(0));
        assertEquals(List.of("123.45", "111.07", "89.97%"), t.rowTexts(1));
        // the offsets quote the cell
        var c = t.cellAt(1, 1);
        assertEquals("111.07", d.text().text().substring(c.at().start(), c.at().end()));
    }

    @Test
    void wordHtmlNamedDocIsReadAsHtml() throws IOException {
        Path p = write("web-page.doc", WORD_HTML.getBytes(GB18030));
        assertEquals(Format.HTML, FormatDetector.detect(SourceFile.of(p)).format());
        SourceDocument d = read(p);
        assertEquals(Format.HTML, d.format());
        assertWarnedOnce(d, "doc", "html");
        assertTrue(d.text().text().contains("某某县农业农村局2023年度预算123.45万元，执行111.07万元。"), d.text().text());
        assertBudgetTable(d);
    }

    @Test
    void wordHtmlAfterAByteOrderMarkAndWhitespaceIsHtml() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String utf8 = "\r\n  " + WORD_HTML.replace("charset=gb2312", "charset=utf-8");
        Path p = write("bom.doc", concat(bom, utf8.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, FormatDetector.detect(SourceFile.of(p)).format());
        SourceDocument d = read(p);
        assertTrue(d.text().text().contains("执行111.07万元"), d.text().text());
        assertBudgetTable(d);
    }

    @Test
    void wordXmlNamespaceWithoutAnHtmlTagFirstIsHtml() throws IOException {
        // a fragment that opens with a comment and a <head>, the Office namespace further on
        String s = "<!-- saved by an office suite -->\n<head><meta charset=utf-8></head>\n"
                + "<body xmlns:w=\"urn:schemas-microsoft-com:office:word\"><p>某某局自评得分95分。</p></body>";
        Path p = write("fragment.doc", s.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.HTML, FormatDetector.detect(SourceFile.of(p)).format());
        assertTrue(read(p).text().text().contains("某某局自评得分95分。"));
    }

    @Test
    void singleFileWebArchiveNamedDocIsReadAsItsHtml() throws IOException {
        String html = WORD_HTML.replace("charset=gb2312", "charset=utf-8");
        String mht = "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n"
                + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                + "------=_NextPart_01D9\r\n"
                + "Content-Location: file:///C:/report.htm\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))
                + "\r\n\r\n------=_NextPart_01D9--\r\n";
        Path p = write("archive.doc", mht.getBytes(StandardCharsets.US_ASCII));
        SourceDocument d = read(p);
        assertEquals(Format.HTML, d.format());
        assertTrue(d.warnings().getFirst().startsWith("the name says .doc but the content is "), d.warnings().toString());
        assertTrue(d.text().text().contains("执行111.07万元"), d.text().text());
        assertBudgetTable(d);
    }

    /** Word's own .mht shape: the page in GB2312, quoted-printable, its charset in a meta tag. */
    @Test
    void quotedPrintableGb2312WebArchiveIsReadAsItsHtml() throws IOException {
        String mht = "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=\"----=_NextPart_02AB\"\r\n\r\n"
                + "------=_NextPart_02AB\r\n"
                + "Content-Location: file:///C:/report.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + quotedPrintable(WORD_HTML.getBytes(GB18030))
                + "\r\n------=_NextPart_02AB--\r\n";
        Path p = write("archive-qp.doc", mht.getBytes(StandardCharsets.US_ASCII));
        assertEquals(Format.HTML, FormatDetector.detect(SourceFile.of(p)).format());
        SourceDocument d = read(p);
        assertWarnedOnce(d, "doc", "html");
        assertTrue(d.text().text().contains("某某县农业农村局2023年度预算123.45万元，执行111.07万元。"), d.text().text());
        assertBudgetTable(d);
    }

    /** Quoted-printable with soft line breaks, as mail and web-archive writers emit it. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = c == '\n' ? "\r\n" : c == '\r' ? ""
                    : c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (col + piece.length() > 75 && !piece.startsWith("\r")) {
                out.append("=\r\n");
                col = 0;
            }
            out.append(piece);
            col = piece.startsWith("\r") ? 0 : col + piece.length();
        }
        return out.toString();
    }

    @Test
    void gb18030PlainTextNamedDocIsReadAsText() throws IOException {
        String text = "某某县农业农村局2023年度项目支出绩效自评报告\n一、项目概况\n项目预算123.45万元，执行111.07万元，执行率89.97%。\n";
        Path p = write("plain.doc", text.getBytes(GB18030));
        assertEquals(Format.TXT, FormatDetector.detect(SourceFile.of(p)).format());
        SourceDocument d = read(p);
        assertEquals(Format.TXT, d.format());
        assertWarnedOnce(d, "doc", "txt");
        assertTrue(d.text().text().contains("执行率89.97%。"), d.text().text());
    }

    @Test
    void utf8PlainTextNamedDocIsReadAsText() throws IOException {
        String text = "某某镇人民政府部门整体支出绩效自评报告\n自评得分92.5分，等级为优。\n";
        Path p = write("plain-utf8.doc", text.getBytes(StandardCharsets.UTF_8));
        SourceDocument d = read(p);
        assertEquals(Format.TXT, d.format());
        assertWarnedOnce(d, "doc", "txt");
        assertTrue(d.text().text().contains("自评得分92.5分，等级为优。"));
    }

    @Test
    void xmlThatIsNoWebPageIsNotTakenForText() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Word.Document\"?>\n"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
                + "<w:body><w:p><w:r><w:t>某某局</w:t></w:r></w:p></w:body></w:wordDocument>";
        Path p = write("word2003.doc", xml.getBytes(StandardCharsets.UTF_8));
        assertFalse(FormatDetector.detect(SourceFile.of(p)).format() == Format.TXT);
    }

    @Test
    void aRealWordFileIsStillWord() throws IOException {
        Path doc = TestPaths.sample("qingyuan-2020.doc");
        assertEquals(Format.DOC, FormatDetector.detect(SourceFile.of(doc)).format());
    }

    @Test
    void binaryDebrisIsNotText() throws IOException {
        // random high bytes with control characters named .doc stay a .doc
        byte[] junk = new byte[2048];
        new java.util.Random(11).nextBytes(junk);
        Path p = write("junk.doc", junk);
        assertEquals(Format.DOC, FormatDetector.detect(SourceFile.of(p)).format());
    }

    /** The signature shortcut says what Tika says, for every bundled and real sample and for names that lie. */
    @Test
    void theSignatureShortcutAgreesWithTika() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        try (var s = Files.list(TestPaths.bundledCorpus())) {
            s.filter(f -> !f.toString().endsWith(".json") && !f.toString().endsWith(".md")).forEach(files::add);
        }
        try (var s = Files.list(TestPaths.shared().resolve("samples"))) {
            s.forEach(files::add);
        }
        files.add(write("web.pdf", WORD_HTML.getBytes(StandardCharsets.UTF_8)));
        files.add(write("text.rtf", "某某局 2023 年".getBytes(StandardCharsets.UTF_8)));
        files.add(write("zip.docx", new byte[] {'P', 'K', 3, 4, 0, 0}));
        Path docx = files.stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        files.add(Files.copy(docx, dir.resolve("really-a-docx.xlsx"))); // a name that says xlsx
        int shortcut = 0;
        for (Path f : files) {
            SourceFile file = SourceFile.of(f);
            Format claimed = Format.fromFileName(file.fileName());
            FormatDetector.Detection fast = FormatDetector.confirmedByMagic(file, claimed);
            if (fast != null) {
                shortcut++;
                assertEquals(FormatDetector.byTika(file, claimed), fast, f.toString());
            }
        }
        assertTrue(shortcut >= 6, "the shortcut took " + shortcut + " of " + files.size());
        // the lying names go to Tika
        assertEquals(null, FormatDetector.confirmedByMagic(SourceFile.of(dir.resolve("web.pdf")), Format.PDF));
        assertEquals(null, FormatDetector.confirmedByMagic(SourceFile.of(dir.resolve("text.rtf")), Format.RTF));
        assertEquals(null, FormatDetector.confirmedByMagic(SourceFile.of(dir.resolve("zip.docx")), Format.DOCX));
        assertEquals(null, FormatDetector.confirmedByMagic(SourceFile.of(dir.resolve("really-a-docx.xlsx")),
                Format.XLSX));
    }
}
