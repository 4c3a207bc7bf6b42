package org.jixiao.corpus.load.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.testing.ProvenanceAssertions;
import org.jixiao.testsupport.Requirements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruled Chinese table drawn by the test with an embedded CJK font, whose cell text is set tight against the
 * left rulings, wraps inside narrow cells, and is drawn out of reading order — what real forms do to a text
 * extractor. Needs a Chinese TrueType font (Debian package fonts-wqy-zenhei): skipped without one, except under
 * CI (environment variable {@code CI}), where a missing font is a failure.
 */
class CjkTablePdfTest {

    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static final float SIZE = 10;
    /** Column edges (PDF user space, x to the right) and row edges (y up). */
    private static final float[] XS = {60, 150, 230, 310, 390};
    private static final float[] YS = {760, 726, 692};

    @TempDir
    static Path dir;

    static SourceDocument doc;

    @BeforeAll
    static void draw() throws Exception {
        Path font = FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        Requirements.require("cjk-font",
                font == null ? "no Chinese TrueType font (apt-get install fonts-wqy-zenhei)" : null);
        Path pdf = dir.resolve("cjk-table.pdf");
        try (PDDocument d = new PDDocument(); FontFile f = FontFile.open(font)) {
            PDType0Font cjk = PDType0Font.load(d, f.font(), true);
            PDPage page = new PDPage(PDRectangle.A4);
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                text(cs, cjk, 60, 790, "某某县农业农村局项目支出绩效自评表");
                // row 0: 项目资金(万元) wrapped, its first glyph over the table's left edge; the second line and
                // the first glyph are drawn after the rest, as a separate text run
                text(cs, cjk, XS[0] + 4, YS[0] - 14, "目资金(万");
                text(cs, cjk, XS[0] + 4, YS[0] - 28, "元)");
                text(cs, cjk, XS[0] - 6, YS[0] - 14, "项");
                // 预算数( | A) and 执行数 | B, wrapped in their cells
                text(cs, cjk, XS[1] + 3, YS[0] - 14, "预算数(");
                text(cs, cjk, XS[1] + 3, YS[0] - 28, "A)");
                text(cs, cjk, XS[2] + 3, YS[0] - 14, "执行数");
                text(cs, cjk, XS[2] + 3, YS[0] - 28, "B");
                text(cs, cjk, XS[3] + 3, YS[0] - 14, "执行率");
                // row 1: 111.07 and 89.97% start over the left ruling of their cells, the first digit centred left of it
                text(cs, cjk, XS[0] + 3, YS[1] - 20, "年度资金总额");
                text(cs, cjk, XS[1] + 3, YS[1] - 20, "123.45");
                text(cs, cjk, XS[2] - 4, YS[1] - 20, "111.07");
                text(cs, cjk, XS[3] - 4, YS[1] - 20, "89.97%");
                cs.setLineWidth(0.5f);
                for (float y : YS) {
                    line(cs, XS[0], y, XS[XS.length - 1], y);
                }
                for (float x : XS) {
                    line(cs, x, YS[0], x, YS[YS.length - 1]);
                }
            }
            d.save(pdf.toFile());
        }
        doc = new PdfLoader().load(SourceFile.of(pdf));
    }

    private static Table table() {
        assertEquals(1, doc.tables().size());
        return doc.tables().getFirst();
    }

    @Test
    void aLabelOverTheLeftEdgeAndDrawnOutOfOrderReadsWhole() {
        Table t = table();
        assertEquals(List.of("项目资金(万元)", "预算数(A)", "执行数B", "执行率"), t.rowTexts(0));
        assertEquals(List.of("某某县农业农村局项目支出绩效自评表"),
                doc.blocks().stream().filter(b -> !(b instanceof Table)).map(Block::text).toList(),
                "no glyph of the table left outside it");
    }

    @Test
    void aNumberOverItsCellsLeftRulingIsNotSplit() {
        assertEquals(List.of("年度资金总额", "123.45", "111.07", "89.97%"), table().rowTexts(1));
    }

    @Test
    void cellOffsetsQuoteTheirText() {
        ProvenanceAssertions.assertProvenanceQuotes(doc);
        String text = doc.text().text();
        Cell executed = table().cellAt(1, 2);
        assertEquals("111.07", text.substring(executed.at().start(), executed.at().end()));
        Cell label = table().cellAt(0, 0);
        assertEquals("项目资金(万元)", text.substring(label.at().start(), label.at().end()));
        assertTrue(text.startsWith("某某县农业农村局项目支出绩效自评表\n项目资金(万元)\t预算数(A)"), text);
        assertTrue(doc.blocks().get(1) instanceof Table);
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    /** The first face of a font file or collection, open while the document using it is saved. */
    private record FontFile(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

        static FontFile open(Path p) throws IOException {
            if (p.toString().endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return new FontFile(first[0], ttc);
            }
            TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBufferedFile(p.toFile()));
            return new FontFile(ttf, ttf);
        }

        @Override
        public void close() throws Exception {
            owner.close();
        }
    }
}
