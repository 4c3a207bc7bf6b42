package org.jixiao.extractors.number;

import java.math.BigDecimal;

/**
 * The first stage of the chain: reading the digits of one number, Arabic or Chinese, with no regard to
 * context. Everything works on a <em>folded</em> copy of the text ({@link #fold}) that has exactly the
 * source's length, so offsets found here are offsets in the source.
 */
final class Numerals {

    private Numerals() {
    }

    /**
     * Full-width ASCII forms (U+FF01–FF5E) to ASCII, the ideographic space to a space, the minus sign to
     * {@code -}, small tortoise-shell brackets to the ordinary ones — one char for one char, so offsets stay.
     * Document text is already NFKC-folded by the corpus normalizer; this is for cells and strings from
     * elsewhere.
     */
    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            } else if (c == '\u2212' || c == '\uFE63') {
                c = '-';
            } else if (c == '\uFE5D') {
                c = '〔';
            } else if (c == '\uFE5E') {
                c = '〕';
            } else if (c == '\u2265' || c == '\u2A7E') {
                c = '≥';
            } else if (c == '\u2264' || c == '\u2A7D') {
                c = '≤';
            }
            out[i] = c;
        }
        return new String(out);
    }

    /**
     * No report prints a figure with more digits than this (a 万亿 amount in 元 with fen has 17); longer runs
     * are debris, and refusing them keeps {@code new BigDecimal} from superlinear work on huge strings.
     */
    static final int MAX_DIGITS = 30;

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    /**
     * An Arabic numeral read from {@code [start, end)}; {@code problem} is null when it is a well-formed
     * number, otherwise why it is not one (then {@code value} may be null).
     */
    record Arabic(int start, int end, BigDecimal value, int decimals, NonFigure.Reason problem, String detail) {
        boolean ok() {
            return problem == null;
        }

        boolean isInteger() {
            return ok() && decimals == 0;
        }

        int intDigits() {
            return ok() ? value.precision() - value.scale() : 0;
        }
    }

    /**
     * Reads an Arabic numeral starting at {@code pos} (a digit) in folded text {@code f}.
     *
     * <p>Grammar: {@code digits (',' ddd)* ('.' digits)?}. A comma is a thousands separator only between a
     * first group of 1–3 digits (not starting with 0) and groups of exactly three; when {@code strictCommas}
     * is false (running text, where a folded {@code ，} may separate list items) any other comma simply
     * ends the number — unless grouping had begun ({@code 1,733,73}), which makes it
     * {@link NonFigure.Reason#MALFORMED}, as does any misplaced comma when {@code strictCommas} (a cell).
     * Commas are taken only where the source has an ASCII comma unless {@code strictCommas}.
     */
    static Arabic readArabic(String src, String f, int pos, boolean strictCommas) {
        int n = f.length();
        int i = pos;
        while (i < n && isDigit(f.charAt(i))) {
            i++;
        }
        StringBuilder digits = new StringBuilder(f.subSequence(pos, i));
        int firstGroup = i - pos;
        // thousands separators
        while (at(f, i) == ',' && (strictCommas || src.charAt(i) == ',') && isDigit(at(f, i + 1))) {
            int j = i + 1;
            while (j < n && isDigit(f.charAt(j))) {
                j++;
            }
            boolean wellFormed = j - (i + 1) == 3 && firstGroup <= 3 && f.charAt(pos) != '0';
            if (!wellFormed) {
                boolean grouped = digits.length() > firstGroup;
                if (strictCommas || grouped) { // 1,733,73: grouping started, then broke
                    int k = j;
                    while (k < n && (isDigit(f.charAt(k)) || f.charAt(k) == ',' || f.charAt(k) == '.')) {
                        k++;
                    }
                    return new Arabic(pos, k, null, 0, NonFigure.Reason.MALFORMED,
                            "misplaced thousands separator");
                }
                break;
            }
            digits.append(f, i + 1, j);
            i = j;
        }
        int decimals = 0;
        if (at(f, i) == '.' && isDigit(at(f, i + 1))) {
            int j = i + 1;
            while (j < n && isDigit(f.charAt(j))) {
                j++;
            }
            decimals = j - i - 1;
            digits.append('.').append(f, i + 1, j);
            i = j;
            if (at(f, i) == '.' && isDigit(at(f, i + 1))) { // 1.2.3
                while (i < n && (isDigit(f.charAt(i)) || f.charAt(i) == '.' && isDigit(at(f, i + 1)))) {
                    i++;
                }
                return new Arabic(pos, i, null, 0, NonFigure.Reason.SECTION_NUMBER, "dotted section number");
            }
        }
        if (digits.length() > MAX_DIGITS) {
            return new Arabic(pos, i, null, 0, NonFigure.Reason.MALFORMED, "too many digits for a figure");
        }
        if (firstGroup > 1 && f.charAt(pos) == '0') {
            return new Arabic(pos, i, null, 0, NonFigure.Reason.CODE, "leading zero: a code, not a quantity");
        }
        return new Arabic(pos, i, new BigDecimal(digits.toString()), decimals, null, null);
    }

    // ---- Chinese numerals -----------------------------------------------------------------------------

    private static final long[] SMALL_POWERS = {1, 10, 100, 1000};

    /** The value of a Chinese digit character, or −1. */
    static int chineseDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The power of ten of a Chinese unit character (十 1, 百 2, 千 3, 万 4, 亿 8), or 0. */
    static int chineseUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万' -> 4;
            case '亿' -> 8;
            default -> 0;
        };
    }

    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    /** The end of the run of Chinese numeral characters starting at {@code pos}. */
    static int chineseRunEnd(CharSequence s, int pos) {
        int i = pos;
        while (i < s.length() && isChineseNumeral(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A year written digit by digit ({@code 二〇二一} → 2021), or null. Only for years: elsewhere adjacent
     * Chinese digits are an estimate, see {@link #chineseValue}.
     */
    static Integer chineseDigitYear(CharSequence run) {
        if (run.length() != 4) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = run.charAt(i);
            int d = chineseDigit(c);
            if (d < 0 || c == '两') {
                return null;
            }
            v = v * 10 + d;
        }
        return v >= 1900 && v <= 2199 ? v : null;
    }

    /**
     * The value of a run of Chinese numerals, or null when it is malformed or cannot be read without
     * guessing: a single digit ({@code 五}) or the positional form ({@code 一百二十三}, {@code 两千零五},
     * {@code 十二}, {@code 三万五千}). Adjacent digits ({@code 三四个}, {@code 两三人}) are estimates and
     * are refused.
     *
     * <p>Colloquial elisions ({@code 一百二} for 120, {@code 三千五} for 3500, {@code 一万二} for 12000) are
     * refused: read literally they give 102, 3005, 10002, which is exactly the silent corruption this layer
     * exists to prevent.
     */
    static BigDecimal chineseValue(CharSequence run) {
        boolean hasUnit = false;
        for (int i = 0; i < run.length(); i++) {
            hasUnit |= chineseUnit(run.charAt(i)) > 0;
        }
        if (!hasUnit) {
            // one digit is a number; adjacent digits are an estimate (三四个 = three or four), not 34
            return run.length() == 1 ? BigDecimal.valueOf(chineseDigit(run.charAt(0))) : null;
        }
        BigDecimal total = BigDecimal.ZERO;
        long section = 0;     // below 万
        int digit = -1;       // pending digit
        boolean zero = false; // a 零 was seen since the last unit
        int lastSmall = 99;   // last 十/百/千 power in this section
        int lastBig = 99;     // last 万/亿 power
        int prevUnit = 0;     // power of the unit just before the pending digit (0: none)
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = chineseDigit(c);
            if (d == 0) {
                if (digit >= 0) {
                    return null;
                }
                zero = true;
                continue;
            }
            if (d > 0) {
                if (digit >= 0) {
                    return null; // two digits in a row: 二三十
                }
                digit = d;
                continue;
            }
            int u = chineseUnit(c);
            if (u < 4) {
                if (u >= lastSmall) {
                    return null;
                }
                if (digit < 0) {
                    if (u == 1 && section == 0 && !zero && (i == 0 || chineseUnit(run.charAt(i - 1)) >= 4)) {
                        digit = 1; // 十二 = 12, 三万十二 is odd but readable
                    } else {
                        return null;
                    }
                }
                section += digit * SMALL_POWERS[u];
                digit = -1;
                zero = false;
                lastSmall = u;
                prevUnit = u;
            } else { // 万 or 亿
                if (digit >= 0) {
                    if (prevUnit >= 2 && !zero) {
                        return null; // 三千五万: elided
                    }
                    section += digit;
                    digit = -1;
                }
                if (u == 4) {
                    if (lastBig == 4 || section == 0) {
                        return null; // 万 alone, or 万 twice
                    }
                    total = total.add(BigDecimal.valueOf(section).scaleByPowerOfTen(4));
                } else {
                    if (lastBig == 8 || section == 0 && total.signum() == 0) {
                        return null;
                    }
                    total = total.add(BigDecimal.valueOf(section)).scaleByPowerOfTen(8); // 一万亿 too
                }
                section = 0;
                lastBig = u;
                lastSmall = 99;
                zero = false;
                prevUnit = u;
            }
        }
        if (digit >= 0) {
            if (prevUnit >= 2 && !zero) {
                return null; // 一百二, 一万二: elided
            }
            section += digit;
        }
        total = total.add(BigDecimal.valueOf(section));
        return total.setScale(0);
    }
}
