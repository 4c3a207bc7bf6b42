package org.jixiao.extractors.metadata;

import java.util.BitSet;
import java.util.List;

/**
 * The characters the label patterns of {@code field-labels.txt} can consume, read from the patterns themselves
 * so that a new label brings its characters with it. A pattern made only of literal characters, groups,
 * alternatives, optional or repeated parts and bracketed lists of characters matches nothing but its own
 * characters: text without one of them holds no label, and a label can begin only at one of them. Patterns that
 * use anything else (an escape, {@code .}, a range, a negated list, an anchor, a flag or a look-around) give no
 * set, and every position is tried as before.
 */
final class LabelChars {

    /**
     * Pattern syntax that may consume characters other than those written, or look outside the match. The rest
     * of the syntax ({@code ( ) | ? * + [ ]}) is kept in the set too: a few more places tried, none missed.
     */
    private static final String OPEN_ENDED = "\\.^$-&{}";

    private final BitSet chars;

    private LabelChars(BitSet chars) {
        this.chars = chars;
    }

    /** The characters of {@code sources} (one pattern each), or null when one pattern may match other ones. */
    static LabelChars of(List<String> sources) {
        BitSet chars = new BitSet(1 << 16);
        for (String source : sources) {
            if (source.replace("(?:", "").contains("(?")) {
                return null; // flags or look-arounds
            }
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (OPEN_ENDED.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                    return null;
                }
                chars.set(c);
            }
        }
        return new LabelChars(chars);
    }

    /** Whether every character of {@code s} is one a label can consume. */
    boolean all(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!chars.get(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first position at or after {@code from} whose character a label can consume, or -1. */
    int next(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.get(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
