package org.jixiao.corpus.text;

/**
 * One name however a mirror printed it: a traditional-character copy ({@code 望川區}) and pinyin glosses a mirror
 * inserts after characters ({@code 區(qū)}) spell the same name as the simplified original. The document's
 * normalized text already reads so ({@link TextNormalizer}); this is the same mapping for one printed string, so that
 * a name kept as printed can still be compared with names read from other reports.
 */
public final class Spellings {

    private Spellings() {
    }

    /** {@code printed} without pinyin glosses, in simplified characters. */
    public static String plain(String printed) {
        if (printed == null) {
            return null;
        }
        MappedText glossless = TextNormalizer.removePinyin(printed);
        return Simplified.of(glossless == null ? printed : glossless.text());
    }

    /** Whether {@code printed} differs from {@code plain} only by its characters' script and pinyin glosses. */
    public static boolean sameName(String printed, String plain) {
        return printed != null && plain != null && plain(printed).equals(plain);
    }
}
