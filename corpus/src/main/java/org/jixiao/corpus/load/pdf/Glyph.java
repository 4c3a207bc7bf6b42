package org.jixiao.corpus.load.pdf;

/**
 * One glyph as laid out on the page, in top-down page coordinates (points, origin at the top-left of the
 * crop box), so glyphs and ruling lines can be compared directly.
 *
 * @param text     the glyph's Unicode text (usually one character)
 * @param baseline the y of the baseline
 * @param height   the glyph's height above the baseline (never less than a sensible share of the font size)
 */
record Glyph(String text, float x0, float x1, float baseline, float height, float fontSize) {

    float centerX() {
        return (x0 + x1) / 2;
    }

    float centerY() {
        return baseline - height / 2;
    }

    float top() {
        return baseline - height;
    }
}
