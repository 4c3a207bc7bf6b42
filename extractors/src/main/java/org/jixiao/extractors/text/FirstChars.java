package org.jixiao.extractors.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;

/**
 * The characters a pattern's matches can begin with, to look for it only there. {@code Matcher.find} tries the
 * whole pattern at every position of the text; a pattern that opens on an alternation of words ({@code 未完成|未达到
 * |按…}, the column words of a budget header) costs that at each of a report's tens of thousands of characters,
 * though most of them begin no match. {@link #find} gives the same matches, trying only the positions whose
 * character is in the set.
 */
public final class FirstChars {

    private final BitSet chars = new BitSet(1 << 16);

    private FirstChars() {
    }

    /** Each of {@code chars} (no surrogates: a pattern beginning with one needs no such help). */
    public static FirstChars of(String chars) {
        FirstChars f = new FirstChars();
        chars.chars().forEach(f.chars::set);
        return f;
    }

    /** The first character of each of {@code words}. */
    public static FirstChars ofWords(Collection<String> words) {
        FirstChars f = new FirstChars();
        for (String w : words) {
            if (!w.isEmpty()) {
                f.chars.set(w.charAt(0));
            }
        }
        return f;
    }

    /**
     * {@code m.find(from)} for a matcher on {@code s} whose pattern can begin only at a character of this set: the
     * same next match, and then {@code m.start()}, {@code m.end()} and the groups are its own. The matcher's bounds
     * are made transparent and non-anchoring, so look-behinds and anchors see the whole text as {@code find} does.
     */
    public boolean find(Matcher m, CharSequence s, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int end = s.length();
        for (int i = from; i < end; i++) {
            if (chars.get(s.charAt(i)) && m.region(i, end).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
