package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lines of one region of a page (a table cell, or the text outside tables) from pieces of
 * words arriving in PDFBox's reading order: a piece on a different baseline, or to the left of the previous
 * one, starts a new line; pieces on the same line are separated by a space (the normalizer removes it
 * again between CJK characters).
 */
final class LineAccumulator {

    private final int page;
    private final List<TextLine> lines = new ArrayList<>();
    private StringBuilder text;
    private float x0;
    private float x1;
    private float top;
    private float baseline;
    private float fontSize;
    private float leadTokenWidth;

    LineAccumulator(int page) {
        this.page = page;
    }

    /**
     * Adds the glyphs {@code glyphs[from, to)} of a word; {@code whole} is the word's own text when the piece is
     * all of it, else null.
     */
    void add(List<Glyph> glyphs, int from, int to, String whole) {
        Glyph first = glyphs.get(from);
        Glyph last = glyphs.get(to - 1);
        String piece = whole != null ? whole : join(glyphs, from, to);
        boolean newLine = text == null
                || Math.abs(first.baseline() - baseline) > 0.5f * Math.max(fontSize, first.fontSize())
                || first.x0() < x1 - 0.5f * first.fontSize();
        if (newLine) {
            finishLine();
            text = new StringBuilder(piece);
            x0 = first.x0();
            x1 = last.x1();
            baseline = first.baseline();
            fontSize = first.fontSize();
            top = first.top();
            leadTokenWidth = leadTokenWidth(glyphs, from, to);
        } else {
            text.append(' ').append(piece);
            x1 = Math.max(x1, last.x1());
            fontSize = Math.max(fontSize, first.fontSize());
        }
        for (int i = from; i < to; i++) {
            top = Math.min(top, glyphs.get(i).top());
        }
    }

    private static String join(List<Glyph> glyphs, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(glyphs.get(i).text());
        }
        return sb.toString();
    }

    private static float leadTokenWidth(List<Glyph> glyphs, int from, int to) {
        int i = from;
        while (i < to && isLatinOrDigit(glyphs.get(i).text())) {
            i++;
        }
        return i == from ? 0 : glyphs.get(i - 1).x1() - glyphs.get(from).x0();
    }

    private static boolean isLatinOrDigit(String s) {
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == ',' || c == '-');
    }

    private void finishLine() {
        if (text != null) {
            lines.add(new TextLine(page, text.toString(), x0, x1, top, baseline, fontSize, leadTokenWidth));
            text = null;
        }
    }

    List<TextLine> lines() {
        finishLine();
        return lines;
    }

    /** The region's text, a line break between lines (layout wraps: the builder joins them). */
    String text() {
        List<TextLine> ls = lines();
        StringBuilder sb = new StringBuilder();
        for (TextLine l : ls) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }
}
