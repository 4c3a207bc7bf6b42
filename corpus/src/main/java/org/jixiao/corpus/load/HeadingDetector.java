package org.jixiao.corpus.load;

import java.util.regex.Pattern;

/**
 * Recognizes the numbered section headings of Chinese official documents from their text alone, so that
 * formats without styles (PDF, text) get the same headings as Word: {@code 一、…} is level 1,
 * {@code （一）…} level 2, {@code 1.…} / {@code 1、…} level 3, {@code （1）…} level 4.
 *
 * <p>A heading is short and is not a sentence; {@code （1）科学规范。绩效评价注重…} is a numbered paragraph, not a
 * heading.
 */
public final class HeadingDetector {

    private static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]\\s*\\S");
    private static final Pattern L2 = Pattern.compile("^[(（][一二三四五六七八九十]{1,3}[)）]\\s*\\S");
    private static final Pattern L3 = Pattern.compile("^\\d{1,2}(?:[、．]|\\.(?!\\d))\\s*\\S");
    private static final Pattern L4 = Pattern.compile("^[(（]\\d{1,2}[)）]\\s*\\S");

    static final int MAX_LENGTH = 40;

    private HeadingDetector() {
    }

    /** The heading level of a normalized paragraph, or 0 when it is not a heading. */
    public static int level(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.indexOf('\n') >= 0) {
            return 0;
        }
        String body = text.strip();
        // a sentence: ends with a full stop or has one inside
        int stop = body.indexOf('。');
        if (stop >= 0 && stop < body.length() - 1 || body.endsWith("。") && body.length() > 30) {
            return 0;
        }
        if (body.indexOf('；') >= 0 || body.indexOf(';') >= 0) {
            return 0;
        }
        if (L1.matcher(body).find()) {
            return 1;
        }
        if (L2.matcher(body).find()) {
            return 2;
        }
        if (L3.matcher(body).find()) {
            return 3;
        }
        if (L4.matcher(body).find()) {
            return 4;
        }
        return 0;
    }
}
