package org.jixiao.corpus.text;

import java.util.Arrays;

/**
 * A string together with, for each of its offsets (0..length inclusive), the offset in some source string
 * it came from. The output of {@link TextNormalizer}; composing two maps gives provenance through several
 * passes.
 */
public record MappedText(String text, int[] toSource) {

    public MappedText {
        if (toSource.length != text.length() + 1) {
            throw new IllegalArgumentException("map length " + toSource.length + " for text length " + text.length());
        }
    }

    /** The identity mapping of {@code s} onto itself. */
    public static MappedText identity(String s) {
        int[] map = new int[s.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            map[i] = i;
        }
        return new MappedText(s, map);
    }

    /** The source offset of offset {@code i} of this text. */
    public int sourceOffset(int i) {
        return toSource[i];
    }

    /** This text mapped through {@code outer}, where this text's source is {@code outer}'s text. */
    MappedText through(MappedText outer) {
        int[] map = new int[toSource.length];
        for (int i = 0; i < map.length; i++) {
            map[i] = outer.toSource[toSource[i]];
        }
        return new MappedText(text, map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedText m && text.equals(m.text) && Arrays.equals(toSource, m.toSource);
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
        private int[] map;

        Builder(int capacity) {
            sb = new StringBuilder(capacity);
            map = new int[capacity + 1];
        }

        void append(char c, int source) {
            if (sb.length() + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2 + 2);
            }
            map[sb.length()] = source;
            sb.append(c);
        }

        void append(CharSequence s, int source) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), source);
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

        MappedText build(int sourceEnd) {
            int[] m = Arrays.copyOf(map, sb.length() + 1);
            m[sb.length()] = sourceEnd;
            return new MappedText(sb.toString(), m);
        }
    }
}
