package org.jixiao.corpus.load.pdf;

import java.util.List;

/**
 * A word as PDFBox's text stripper emits it (in reading order, duplicates of fake-bold text suppressed),
 * with its glyphs. {@code text} is PDFBox's own text for the word; it is used whole when the word falls in one
 * region of the page, glyph by glyph when a table border cuts through it.
 */
record Word(String text, List<Glyph> glyphs) {

    Word {
        glyphs = List.copyOf(glyphs);
    }

    float baseline() {
        return glyphs.getFirst().baseline();
    }

    float fontSize() {
        return glyphs.getFirst().fontSize();
    }
}
