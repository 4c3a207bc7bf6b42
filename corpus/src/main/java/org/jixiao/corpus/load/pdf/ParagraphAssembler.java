package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of text outside tables into paragraphs.
 *
 * <p>A PDF keeps no paragraphs, only lines; a line break inside a paragraph is a layout wrap. A new
 * paragraph starts at a line that
 * <ul>
 *   <li>is indented further than the line before (a first-line indent),</li>
 *   <li>follows a line that ended short of the right margin by more than the new line's first word needs
 *       (so a line pushed short by a long number that did not fit still continues),</li>
 *   <li>lies further below the previous line than the usual line pitch (paragraph spacing),</li>
 *   <li>begins with a section or list number ({@code 一、}, {@code （二）}, {@code 3.}, {@code （4）}) after a
 *       line that ended a sentence (a wrap can put "5、90、92.7" of a list of figures at a line start), or</li>
 *   <li>is set in a clearly different font size.</li>
 * </ul>
 * Margins and pitch are measured over the whole document, so the rules follow the document's own layout.
 * Across a page break only the first two and the last two rules apply.
 */
final class ParagraphAssembler {

    /** Receives each finished paragraph: its raw lines joined by line breaks, and its first page. */
    @FunctionalInterface
    interface Sink {
        void paragraph(String raw, int page);
    }

    private static final Pattern NUMBERED_START = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[)）]"
                    + "|\\d{1,2}\\s*[、．]|\\d{1,2}\\.(?!\\d)|第[一二三四五六七八九十\\d]{1,3}[部章节条])");

    private final float rightMargin;
    private final float pitch;
    private final Sink sink;
    private final List<TextLine> current = new ArrayList<>();

    private ParagraphAssembler(float rightMargin, float pitch, Sink sink) {
        this.rightMargin = rightMargin;
        this.pitch = pitch;
        this.sink = sink;
    }

    /** An assembler for a document whose text lines (outside tables) are {@code lines}. */
    static ParagraphAssembler forLines(List<TextLine> lines, Sink sink) {
        if (lines.isEmpty()) {
            return new ParagraphAssembler(Float.MAX_VALUE, Float.MAX_VALUE, sink);
        }
        float[] x1 = new float[lines.size()];
        float[] gaps = new float[lines.size()];
        int g = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            x1[i] = l.x1();
            if (i > 0) {
                TextLine p = lines.get(i - 1);
                float d = l.baseline() - p.baseline();
                boolean sameSize = Math.abs(p.fontSize() - l.fontSize()) < 1;
                if (p.page() == l.page() && d > 0 && d < 3 * l.fontSize() && sameSize) {
                    gaps[g++] = d;
                }
            }
        }
        Arrays.sort(x1);
        float pitch = g == 0 ? Float.MAX_VALUE : percentile(Arrays.copyOf(gaps, g), 0.2f);
        return new ParagraphAssembler(percentile(x1, 0.9f), pitch, sink);
    }

    private static float percentile(float[] sorted, float q) {
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

    void add(TextLine line) {
        if (!current.isEmpty() && startsParagraph(current.getLast(), line)) {
            flush();
        }
        current.add(line);
    }

    /** Ends the paragraph in progress (a table follows, or the document ends). */
    void flush() {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder raw = new StringBuilder();
        for (TextLine l : current) {
            if (!raw.isEmpty()) {
                raw.append(LineAccumulator.lineJoin(raw.charAt(raw.length() - 1), l.text().charAt(0)));
            }
            raw.append(l.text());
        }
        sink.paragraph(raw.toString(), current.getFirst().page());
        current.clear();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && "。；;：:！!？?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private boolean startsParagraph(TextLine prev, TextLine line) {
        float fs = Math.max(line.fontSize(), 1f);
        if (line.x0() > prev.x0() + 0.8f * fs) {
            return true;
        }
        float spaceLeft = rightMargin - prev.x1();
        float firstWord = line.leadTokenWidth() > 0 ? line.leadTokenWidth() : fs;
        if (spaceLeft > Math.max(1.5f * fs, firstWord + 0.5f * fs)) {
            return true;
        }
        if (NUMBERED_START.matcher(line.text()).find() && endsSentence(prev.text())) {
            return true;
        }
        if (Math.abs(line.fontSize() - prev.fontSize()) > 1.5f) {
            return true;
        }
        if (line.page() == prev.page()) {
            float d = line.baseline() - prev.baseline();
            // without two lines close enough to measure the pitch, assume single spacing
            float usual = pitch == Float.MAX_VALUE ? 1.5f * fs : pitch;
            return d < 0 || d > 1.3f * usual;
        }
        return false;
    }
}
