package org.jixiao.corpus.load.word;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading levels from what Word says about a paragraph: its style ("Heading 2", "标题 2") or its outline
 * level. Both Word formats use this, so a report reads the same from either.
 *
 * <p>Authors of official documents sometimes give a whole body paragraph a heading style or an outline
 * level (to make it show in the navigation pane); a heading is short and is not a sentence, so such a
 * paragraph is kept as a paragraph.
 */
final class WordHeadings {

    private static final Pattern STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final int MAX_HEADING_LENGTH = 60;

    private WordHeadings() {
    }

    /** The level a style name states (1–9), or 0 when the name is not a numbered heading style. */
    static int levelOfStyleName(String name) {
        if (name == null) {
            return 0;
        }
        Matcher m = STYLE.matcher(name.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1).charAt(0) - '0' : 0;
    }

    /** The level an outline level states: Word's 0–8 are levels 1–9, 9 means body text. */
    static int levelOfOutline(int outlineLevel) {
        return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : 0;
    }

    /** Whether {@code text}, styled as a heading, reads like one rather than like a body paragraph. */
    static boolean readsAsHeading(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        int stop = t.indexOf('。');
        return stop < 0 || stop == t.length() - 1;
    }
}
