package org.jixiao.extractors.text;

import java.util.function.IntPredicate;

/**
 * White space as Java's patterns see it ({@code \s}), and text without it, written out: label keys, cell keys and
 * project keys are taken for every cell and line, where {@code replaceAll("\\s+", "")} cost a matcher each time.
 */
public final class Spaces {

    private Spaces() {
    }

    /** What {@code \s} matches in a Java pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code text} without the characters {@code \s} matches; the same instance when it has none. */
    public static String removed(String text) {
        return without(text, Spaces::isSpace);
    }

    /** {@code text} without the characters {@code drop} accepts; the same instance when it has none. */
    public static String without(String text, IntPredicate drop) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dropped = drop.test(c);
            if (dropped && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!dropped && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }
}
