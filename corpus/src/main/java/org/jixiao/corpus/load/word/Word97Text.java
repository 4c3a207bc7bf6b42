package org.jixiao.corpus.load.word;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Cleans the text of a Word 97–2003 document ({@code .doc}, {@code .wps}) as HWPF returns it: special
 * characters become what a reader sees, and fields keep their result but lose their instruction.
 *
 * <p>A field is stored as {@code \u0013 instruction \u0014 result \u0015}, possibly nested (a {@code PAGEREF}
 * inside a {@code TOC}) and possibly spanning paragraphs (a table of contents). Text is kept only where every
 * open field is in its result part. A field with no separator has no result and is dropped whole.
 * Instructions never cross a paragraph mark, so {@link #endParagraph()} closes any left open; this keeps
 * one broken field from swallowing the rest of the document.
 *
 * <p>Other marks: {@code \r} (paragraph end) and {@code \u0007} (cell and row end) are dropped, the caller
 * knows the structure; {@code \u000B} (line break), {@code \u000C} (page or section break) and {@code \u000E}
 * (column break) become line breaks; the non-breaking hyphen {@code \u001E} becomes "-"; the optional
 * hyphen, picture, drawing, footnote and annotation anchors are dropped. One instance per document, used in
 * reading order.
 */
final class Word97Text {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    /** For each open field, innermost first, whether it has reached its result part. */
    private final Deque<Boolean> fields = new ArrayDeque<>();
    /** How many open fields are still in their instruction; text is visible only when none is. */
    private int inInstruction;

    /** The visible text of one piece of a paragraph; tabs are kept, or made spaces where a tab
     * would read as a cell boundary ({@code keepTabs} false). */
    String clean(String raw, boolean keepTabs) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case FIELD_BEGIN -> {
                    fields.push(Boolean.FALSE);
                    inInstruction++;
                }
                case FIELD_SEPARATOR -> {
                    if (!fields.isEmpty() && !fields.peek()) {
                        fields.pop();
                        fields.push(Boolean.TRUE);
                        inInstruction--;
                    }
                }
                case FIELD_END -> {
                    if (!fields.isEmpty() && !fields.pop()) {
                        inInstruction--;
                    }
                }
                default -> {
                    if (inInstruction == 0) {
                        appendVisible(c, keepTabs, out);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Ends a paragraph: field instructions still open cannot go on past it. */
    void endParagraph() {
        while (inInstruction > 0 && !fields.isEmpty()) {
            if (!fields.pop()) {
                inInstruction--;
            }
        }
        inInstruction = 0;
    }

    private static void appendVisible(char c, boolean keepTabs, StringBuilder out) {
        switch (c) {
            case '\r', '\u0007', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0008', '\u001F' -> {
                // structure marks and anchors of pictures, drawings, notes and comments: nothing visible
            }
            case '\u000B', '\u000C', '\u000E' -> out.append('\n');
            case '\u001E' -> out.append('-');
            case '\t' -> out.append(keepTabs ? '\t' : ' ');
            default -> {
                if (c >= ' ' || c == '\n') {
                    out.append(c);
                }
            }
        }
    }
}
