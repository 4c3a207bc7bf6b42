package org.jixiao.corpus.load.pdf;

import java.util.List;

/**
 * A word as PDFBox's text stripper emits it (duplicates of fake-bold text suppressed), cut again at spaces typed
 * in the text, with its glyphs. The glyphs are what is placed on the page (one by one, into cells and lines);
 * a word boundary between two of them is where a space may go.
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
