package org.jixiao.corpus.load.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2,000-page PDF is refused from its page count, at once, with the reason; one within the limit is read. */
class PageLimitTest {

    @TempDir
    Path dir;

    private static Path pdf(Path file, int pages) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, 700);
                    cs.showText("Page " + i + ": budget 123.45, executed 120.00, rate 97.21%");
                    cs.endText();
                }
            }
            d.save(file.toFile());
        }
        return file;
    }

    @Test
    void twoThousandPagesAreRefusedBeforeTheyAreRead() throws IOException {
        Path big = pdf(dir.resolve("compilation.pdf"), 2000);
        long started = System.nanoTime();
        ReadResult r = new DocumentReader().read(big);
        double seconds = (System.nanoTime() - started) / 1e9;
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, r);
        assertEquals("refused: 2000 pages (the limit is 500; a compilation of reports is read report by report)",
                f.reason());
        assertTrue(seconds < 5, "refused in " + seconds + " s");
    }

    @Test
    void aPdfWithinTheLimitIsRead() throws IOException {
        Path ok = pdf(dir.resolve("long.pdf"), PdfLoader.MAX_PAGES);
        var loaded = assertInstanceOf(ReadResult.Loaded.class, new DocumentReader().read(ok));
        assertEquals(PdfLoader.MAX_PAGES, loaded.document().pageCount());
        // (the one line repeated on every page is page furniture, so its text is not asserted here)
    }
}
