package org.jixiao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's promise: every file gets a document or a one-line reason, and a batch goes on. */
class DocumentReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private static ReadResult.Failed failed(ReadResult r) {
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, r, () -> "expected a failure: " + r);
        assertFalse(f.reason().isBlank());
        assertFalse(f.reason().contains("\n"), "one line: " + f.reason());
        assertFalse(f.reason().contains("Exception:") && f.reason().contains("\tat "), "no stack trace");
        assertTrue(f.reason().length() < 240, "short: " + f.reason());
        return f;
    }

    @Test
    void zeroBytesIsAnEmptyFile() throws IOException {
        Path p = Files.createFile(dir.resolve("empty.docx"));
        assertTrue(failed(reader.read(p)).reason().contains("empty"));
    }

    @Test
    void missingFileAndFolderAreReported() throws IOException {
        assertTrue(failed(reader.read(dir.resolve("nope.pdf"))).reason().contains("no such file"));
        assertTrue(failed(reader.read(Files.createDirectory(dir.resolve("sub")))).reason().contains("folder"));
    }

    @Test
    void truncatedDocxFails() throws IOException {
        byte[] all = Files.readAllBytes(TestPaths.sample("qingyuan-2020.docx"));
        Path p = dir.resolve("truncated.docx");
        Files.write(p, java.util.Arrays.copyOf(all, all.length / 2));
        failed(reader.read(p));
    }

    @Test
    void binaryGarbageNamedPdfFails() throws IOException {
        byte[] junk = new byte[50_000];
        new Random(7).nextBytes(junk);
        Path p = dir.resolve("junk.pdf");
        Files.write(p, junk);
        failed(reader.read(p));
    }

    @Test
    void encryptedPdfSaysSo() throws IOException {
        Path p = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(p.toFile());
        }
        String reason = failed(reader.read(p)).reason().toLowerCase(java.util.Locale.ROOT);
        assertTrue(reason.contains("encrypt") || reason.contains("password"), reason);
    }

    @Test
    void threeHundredPagePdfIsRead() throws IOException {
        Path p = dir.resolve("long.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 300; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Annual report header");
                    cs.newLineAtOffset(0, -40);
                    // body text differs in its words, not only its digits, so it is not mistaken for page furniture
                    cs.showText("Body " + Integer.toHexString(i * 7919).replaceAll("[0-9]", "x") + " budget " + i);
                    cs.endText();
                }
            }
            doc.save(p.toFile());
        }
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, reader.read(p)).document();
        assertEquals(300, d.pageCount());
        assertTrue(d.text().text().contains("Body " + Integer.toHexString(300 * 7919).replaceAll("[0-9]", "x")
                + " budget 300"), "the last page's body is read");
    }

    @Test
    void aBatchGoesOnAfterFailures() throws IOException {
        Path empty = Files.createFile(dir.resolve("a-empty.pdf"));
        Path good = TestPaths.sample("qingyuan-2020.docx");
        List<ReadResult> results = List.of(reader.read(empty), reader.read(good));
        failed(results.get(0));
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, results.get(1)).document();
        assertEquals(Format.DOCX, d.format());
        assertTrue(d.text().text().contains("绩效自评"));
    }

    @Test
    void aFileIsReadByItsBytesNotItsName() throws IOException {
        Path p = dir.resolve("really-rtf.doc");
        Files.copy(TestPaths.sample("gexin-2025.rtf"), p);
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, reader.read(p)).document();
        assertEquals(Format.RTF, d.format());
        assertTrue(d.warnings().get(0).contains(".doc"), d.warnings().toString());
    }

    @Test
    void idIsTheSha256OfTheBytes() throws IOException {
        Path p = Files.writeString(dir.resolve("x.txt"), "abc");
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, reader.read(p)).document();
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.id());
    }

    @Test
    void foldersExpandToReportFilesOnly() throws IOException {
        Files.createDirectories(dir.resolve("y/z"));
        Files.writeString(dir.resolve("y/z/b.pdf"), "x");
        Files.writeString(dir.resolve("y/a.docx"), "x");
        Files.writeString(dir.resolve("y/notes.md"), "x");
        Files.writeString(dir.resolve("y/~$lock.docx"), "x");
        Files.writeString(dir.resolve("y/.hidden.pdf"), "x");
        List<Path> files = DocumentReader.expand(List.of(dir.resolve("y")));
        assertEquals(List.of(dir.resolve("y/a.docx"), dir.resolve("y/z/b.pdf")), files);
    }
}
