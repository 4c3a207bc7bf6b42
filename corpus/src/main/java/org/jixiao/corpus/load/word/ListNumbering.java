package org.jixiao.corpus.load.word;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders Word's automatic list numbers ({@code 一、}, {@code （二）}, {@code 3.}, {@code ①}), which are not
 * part of the stored text. Official reports number their section headings this way; without the numbers
 * the headings lose their {@code 一、} and the builder can no longer tell a heading from a paragraph.
 *
 * <p>Counters are kept per list instance: a level's counter starts at the level's start value, goes up by
 * one for each numbered paragraph of that level and restarts when a shallower level advances. The label is
 * the level's template with {@code %1}…{@code %9} replaced by the counters of those levels, each in its own
 * number format (a "legal" level shows all of them as decimals). Bullets and "none" give no label: they are
 * decoration, not content. One instance per document, used in reading order.
 */
final class ListNumbering {

    /** How one level of a list numbers: its start value, format name (OOXML names), template and suffix. */
    record Level(int start, String format, String template, boolean legal, String suffix) {
    }

    /** Supplies the level definitions of a list instance. */
    interface Levels {
        /** The definition of level {@code ilvl} (0–8), or null when the list does not define it. */
        Level level(int ilvl);
    }

    private static final int LEVELS = 9;
    private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private static final int NOT_STARTED = -1;

    private final Map<Object, int[]> counters = new HashMap<>();

    private static int[] newCounters() {
        int[] c = new int[LEVELS];
        java.util.Arrays.fill(c, NOT_STARTED);
        return c;
    }

    /**
     * Advances list {@code key} at level {@code ilvl} and returns the label with its suffix ("" for
     * bullets, undefined levels and lists without text).
     */
    String next(Object key, int ilvl, Levels levels) {
        if (ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }
        Level own = levels.level(ilvl);
        if (own == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(key, k -> newCounters());
        c[ilvl] = c[ilvl] < 0 ? Math.max(0, own.start()) : c[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            c[deeper] = NOT_STARTED;
        }
        String format = own.format() == null ? "decimal" : own.format();
        if (format.equals("bullet") || format.equals("none") || own.template() == null) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        String t = own.template();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int lvl = t.charAt(i + 1) - '1';
                Level def = lvl == ilvl ? own : levels.level(lvl);
                int value = c[lvl] >= 0 ? c[lvl] : def == null ? 1 : Math.max(0, def.start());
                String f = own.legal() || def == null || def.format() == null ? "decimal" : def.format();
                label.append(format(f, value));
                i++;
            } else {
                label.append(ch);
            }
        }
        if (label.isEmpty()) {
            return "";
        }
        return label + (own.suffix() == null ? "" : own.suffix());
    }

    /** {@code n} in a Word number format (OOXML {@code ST_NumberFormat} names); unknown formats are decimal. */
    static String format(String format, int n) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital", "chineseLegalSimplified" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : chinese(n);
            case "ideographZodiac", "ideographZodiacTraditional" ->
                    n >= 1 && n <= 12 ? String.valueOf(EARTHLY_BRANCHES.charAt(n - 1)) : chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** Chinese counting as in list numbers: 一 … 十, 十一, 二十, 二十一 … 九十九, then decimals. */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return CHINESE_DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : CHINESE_DIGITS[tens]) + "十" + (ones == 0 ? "" : CHINESE_DIGITS[ones]);
    }

    /** A, B … Z, AA, BB … as Word writes letter lists. */
    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char ch = (char) ('A' + (n - 1) % 26);
        return String.valueOf(ch).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}
