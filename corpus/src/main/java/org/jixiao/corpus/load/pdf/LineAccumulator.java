package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jixiao.corpus.text.TextNormalizer;

/**
 * Builds the lines of one region of a page (a table cell, or the text outside tables) from its glyphs.
 *
 * <p>The order PDFBox emits words in is not trusted: inside a narrow cell a glyph drawn in a separate text run,
 * or one sitting a hair left of its line, comes out after the rest of its line ({@code 目资金(万项元)} for
 * {@code 项目资金(万元)}). So the glyphs are collected, clustered into lines by baseline (within half a font
 * size of the line's first glyph), the lines taken top to bottom and each line's glyphs left to right.
 *
 * <p>Spacing: a space separates two glyphs of a line only where PDFBox saw a word gap and the glyphs are
 * visibly apart, and never next to CJK text or inside brackets ({@code 预算数(A)}, not {@code 预算数( A)}).
 * Wrapped lines are joined the same way: directly where either side is CJK or a bracket, else with a line break
 * that the normalizer turns into a space between words or removes inside a number broken at the line end.
 */
final class LineAccumulator {

    /** Characters after which a gap is never a word space: opening brackets and joiners. */
    private static final String NO_SPACE_AFTER = "([{“‘/≤≥±";
    /**
     * Characters before which a gap is never a word space: closing brackets and units. Not the comma or the
     * full stop: {@code 12, 345} joined would read as one number.
     */
    private static final String NO_SPACE_BEFORE = ")]}”’/%‰℃";

    /** List bullets: the gap after one is the list's own, kept so that a bullet is still told from the text. */
    private static final String BULLETS = "-–•●○■□◆◇▪►*";

    /** A glyph and the PDFBox word it came in (a word gap is only a space where PDFBox saw one). */
    private record Placed(Glyph glyph, int word) {
    }

    private final int page;
    private final List<Placed> glyphs = new ArrayList<>();
    private List<TextLine> lines;

    LineAccumulator(int page) {
        this.page = page;
    }

    /** Adds a glyph of the page's {@code word}-th word. */
    void add(Glyph g, int word) {
        glyphs.add(new Placed(g, word));
        lines = null;
    }

    /** The region's lines, top to bottom. */
    List<TextLine> lines() {
        if (lines == null) {
            lines = build();
        }
        return lines;
    }

    /** The region's text: lines joined as wrapped lines are (see the class comment). */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines()) {
            if (!sb.isEmpty()) {
                sb.append(lineJoin(sb.charAt(sb.length() - 1), l.text().charAt(0)));
            }
            sb.append(l.text());
        }
        return sb.toString();
    }

    /** What goes between two layout-wrapped lines ending and starting with {@code prev} and {@code next}. */
    static String lineJoin(char prev, char next) {
        return noSpace(prev, next) ? "" : "\n";
    }

    /** Whether no space can stand between {@code prev} and {@code next}: CJK beside all but a bullet, or a bracket. */
    static boolean noSpace(char prev, char next) {
        return (cjk(prev) || cjk(next)) && BULLETS.indexOf(prev) < 0 && BULLETS.indexOf(next) < 0
                || NO_SPACE_AFTER.indexOf(prev) >= 0 || NO_SPACE_BEFORE.indexOf(next) >= 0;
    }

    private static boolean cjk(char c) {
        // full-width forms (（, ：, Ａ) and kana count as CJK text as well
        return TextNormalizer.isCjk(c) || c >= 0xFF01 && c <= 0xFF60 || c >= 0x3040 && c <= 0x30FF;
    }

    private List<TextLine> build() {
        List<Placed> byBaseline = new ArrayList<>(glyphs);
        // stable: glyphs on the same baseline keep their order for the x sort below
        byBaseline.sort(Comparator.comparingDouble(p -> p.glyph().baseline()));
        List<TextLine> out = new ArrayList<>();
        List<Placed> line = new ArrayList<>();
        float ref = 0;
        float refSize = 0;
        for (Placed p : byBaseline) {
            Glyph g = p.glyph();
            if (!line.isEmpty() && g.baseline() - ref > 0.5f * Math.max(refSize, g.fontSize())) {
                out.add(line(line));
                line.clear();
            }
            if (line.isEmpty()) {
                ref = g.baseline();
                refSize = g.fontSize();
            }
            line.add(p);
        }
        if (!line.isEmpty()) {
            out.add(line(line));
        }
        return out;
    }

    private TextLine line(List<Placed> placed) {
        List<Placed> ps = new ArrayList<>(placed);
        ps.sort(Comparator.comparingDouble(p -> p.glyph().x0()));
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float fontSize = 0;
        Placed prev = null;
        for (Placed p : ps) {
            Glyph g = p.glyph();
            if (prev != null && wordSpace(prev, p) && !noSpace(text.charAt(text.length() - 1), g.text().charAt(0))) {
                text.append(' ');
            }
            text.append(g.text());
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            top = Math.min(top, g.top());
            fontSize = Math.max(fontSize, g.fontSize());
            prev = p;
        }
        // the median baseline: a superscript or a slightly raised glyph does not move the line
        float[] baselines = new float[ps.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = ps.get(i).glyph().baseline();
        }
        Arrays.sort(baselines);
        float baseline = baselines[baselines.length / 2];
        return new TextLine(page, text.toString(), x0, x1, top, baseline, fontSize, leadTokenWidth(ps));
    }

    /** A word gap PDFBox saw between glyphs visibly apart, or a gap far wider than any letter spacing. */
    private static boolean wordSpace(Placed a, Placed b) {
        float fs = Math.max(1f, Math.max(a.glyph().fontSize(), b.glyph().fontSize()));
        float gap = b.glyph().x0() - a.glyph().x1();
        return a.word() != b.word() && gap > 0.1f * fs || gap > fs;
    }

    /** The width of the line's leading run of Latin letters and digits (0 when it starts otherwise). */
    private static float leadTokenWidth(List<Placed> ps) {
        int i = 0;
        while (i < ps.size() && isLatinOrDigit(ps.get(i).glyph().text())
                && (i == 0 || !wordSpace(ps.get(i - 1), ps.get(i)))) {
            i++;
        }
        return i == 0 ? 0 : ps.get(i - 1).glyph().x1() - ps.getFirst().glyph().x0();
    }

    private static boolean isLatinOrDigit(String s) {
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == ',' || c == '-');
    }
}
