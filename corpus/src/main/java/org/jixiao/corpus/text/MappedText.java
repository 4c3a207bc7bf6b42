package org.jixiao.corpus.text;

import java.util.Arrays;

/**
 * A string together with where each of its characters came from in some source string. The output of
 * {@link TextNormalizer}; composing maps gives provenance through several passes.
 *
 * <p>Two maps, because a span's start and end map differently when characters were dropped between them:
 * {@code toSource[i]} is the source offset where character {@code i} starts ({@code toSource[length]} is the
 * source length), and {@code toSourceEnd[i]} is the source offset where character {@code i - 1} ends
 * ({@code toSourceEnd[0] == toSource[0]}). So the span {@code [s, e)} of this text came from
 * {@code [toSource[s], toSourceEnd[e])} of the source — without the spaces that normalization removed after it.
 */
public record MappedText(String text, int[] toSource, int[] toSourceEnd) {

    public MappedText {
        if (toSource.length != text.length() + 1 || toSourceEnd.length != text.length() + 1) {
            throw new IllegalArgumentException("map length " + toSource.length + " for text length " + text.length());
        }
    }

    /** The identity mapping of {@code s} onto itself. */
    public static MappedText identity(String s) {
        int[] map = new int[s.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            map[i] = i;
        }
        return new MappedText(s, map, map.clone());
    }

    /** The source offset where character {@code i} starts (the source length for {@code i == length}). */
    public int sourceOffset(int i) {
        return toSource[i];
    }

    /** The source offset where character {@code i - 1} ends: the exclusive end of a span ending at {@code i}. */
    public int sourceEnd(int i) {
        return toSourceEnd[i];
    }

    /** This text mapped through {@code outer}, where this text's source is {@code outer}'s text. */
    MappedText through(MappedText outer) {
        int[] starts = new int[toSource.length];
        int[] ends = new int[toSource.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = outer.toSource[toSource[i]];
            ends[i] = outer.toSourceEnd[toSourceEnd[i]];
        }
        return new MappedText(text, starts, ends);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedText m && text.equals(m.text) && Arrays.equals(toSource, m.toSource)
                && Arrays.equals(toSourceEnd, m.toSourceEnd);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a mapped string char by char. */
    static final class Builder {
        private final StringBuilder sb;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            sb = new StringBuilder(capacity);
            starts = new int[capacity + 2];
            ends = new int[capacity + 2];
        }

        /** Appends {@code c}, which came from the single source character at {@code source}. */
        void append(char c, int source) {
            append(c, source, source + 1);
        }

        /** Appends {@code c}, which came from source characters {@code [source, sourceEnd)}. */
        void append(char c, int source, int sourceEnd) {
            if (sb.length() + 2 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2 + 2);
                ends = Arrays.copyOf(ends, ends.length * 2 + 2);
            }
            starts[sb.length()] = source;
            ends[sb.length() + 1] = sourceEnd;
            sb.append(c);
        }

        void append(CharSequence s, int source, int sourceEnd) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), source, sourceEnd);
            }
        }

        int length() {
            return sb.length();
        }

        char charAt(int i) {
            return sb.charAt(i);
        }

        void setLength(int n) {
            sb.setLength(n);
        }

        MappedText build(int sourceLength) {
            int n = sb.length();
            int[] s = Arrays.copyOf(starts, n + 1);
            int[] e = Arrays.copyOf(ends, n + 1);
            s[n] = sourceLength;
            e[0] = n == 0 ? sourceLength : s[0];
            return new MappedText(sb.toString(), s, e);
        }
    }
}
