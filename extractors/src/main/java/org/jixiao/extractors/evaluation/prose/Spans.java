package org.jixiao.extractors.evaluation.prose;

import java.util.ArrayList;
import java.util.List;

/** Sentence and clause boundaries in a unit of prose, as {@code [from, to)} spans; linear. */
final class Spans {

    /** A span of a unit's text. */
    record Span(int from, int to) {
    }

    static final String SENTENCE_ENDS = "。!！?？\n";
    static final String CLAUSE_ENDS = SENTENCE_ENDS + ";；";

    private Spans() {
    }

    /** The non-empty spans of {@code text} between any of the {@code ends} characters (the end excluded). */
    static List<Span> split(String text, String ends) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ends.indexOf(text.charAt(i)) >= 0) {
                if (i > from && !text.substring(from, i).isBlank()) {
                    spans.add(new Span(from, i));
                }
                from = i + 1;
            }
        }
        return spans;
    }

    /** The offset after the last of {@code chars} in {@code s[0, end)}, or 0. */
    static int afterLast(String s, int end, String chars) {
        for (int i = end - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The offset of the first non-space character at or after {@code i}. */
    static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
