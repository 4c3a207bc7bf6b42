package org.jixiao.corpus.load.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text extraction over a document and hands each page's words, with their glyph positions,
 * to a {@link PageSink} as soon as the page is done, so a long document is never held whole.
 *
 * <p>Sorted by position (reports are single-column, and table cells must come out row by row), with
 * duplicate overlapping text suppressed: Word's "fake bold" prints every glyph twice, slightly shifted.
 * Not thread-safe; one instance per load.
 */
final class GlyphStripper extends PDFTextStripper {

    /** Receives each page as it is finished. */
    @FunctionalInterface
    interface PageSink {
        void page(int pageNumber, PDPage page, List<Word> words) throws IOException;
    }

    private final PageSink sink;
    private List<Word> words = new ArrayList<>();

    GlyphStripper(PageSink sink) {
        this.sink = sink;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Extracts every page of {@code doc}, calling the sink once per page in order. */
    void run(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        words = new ArrayList<>();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        List<Glyph> glyphs = new ArrayList<>(positions.size());
        StringBuilder piece = new StringBuilder();
        for (TextPosition tp : positions) {
            String u = tp.getUnicode();
            if (u == null || u.isBlank()) {
                // a space typed in the text: a word gap as much as one PDFBox found between runs
                flushWord(piece, glyphs);
                continue;
            }
            float fontSize = tp.getFontSizeInPt() > 0 ? tp.getFontSizeInPt() : Math.max(1f, tp.getHeightDir() / 0.7f);
            float height = Math.max(tp.getHeightDir(), 0.6f * fontSize);
            float x0 = tp.getXDirAdj();
            glyphs.add(new Glyph(u, x0, x0 + tp.getWidthDirAdj(), tp.getYDirAdj(), height, fontSize));
            piece.append(u);
        }
        flushWord(piece, glyphs);
    }

    private void flushWord(StringBuilder piece, List<Glyph> glyphs) {
        if (!glyphs.isEmpty()) {
            words.add(new Word(piece.toString(), glyphs));
            glyphs.clear();
            piece.setLength(0);
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        sink.page(getCurrentPageNo(), page, words);
        words = new ArrayList<>();
    }
}
