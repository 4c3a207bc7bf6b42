package org.jixiao.corpus.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the text of Chinese reports so that the same report reads the same from every format, keeping
 * an offset map back to the raw text.
 *
 * <p>Passes, each linear in the input:
 * <ol>
 *   <li>drop converter debris: {@code [bookmark: _GoBack]} markers, and turn inline LaTeX such as
 *       {@code $\geq 80\%$} into {@code ≥80%};</li>
 *   <li>pinyin glosses that mirror sites put after characters ({@code 項(xiàng)目}) are dropped;</li>
 *   <li>traditional characters become simplified, one for one ({@link Simplified}); NFKC per code point: full-width digits, letters and punctuation become half-width
 *       ({@code １２３４．５６％} → {@code 1234.56%}), the ideographic space a plain space; zero-width
 *       characters are dropped and line ends unified. A point typed for a full stop ({@code 支出.}) becomes
 *       {@code 。} and a year written in words ({@code 二〇二三年}) digits, both one for one. The Chinese comma {@code ，} is kept: folded to
 *       {@code ,} it would turn the list {@code 94，930} into the number 94930;</li>
 *   <li>whitespace: spaces that PDF extraction puts between two CJK characters, or between CJK and a
 *       number ({@code 2021 年度}, {@code 3865120.45 元}), are removed; other runs of spaces become one; lines
 *       are trimmed; and, for text whose line breaks are layout wraps ({@link Mode#WRAPPED}), lines are
 *       joined — without a space next to CJK, with one between Latin words.</li>
 * </ol>
 * Tabs are kept: they separate cells in text renderings of tables.
 */
public final class TextNormalizer {

    /** What the line breaks of the input mean. */
    public enum Mode {
        /** Each line break is meaningful (paragraphs inside a Word cell, lines of a text file): kept, trimmed. */
        LINES,
        /** The input is one paragraph whose line breaks come from page layout: lines are joined. */
        WRAPPED
    }

    private static final Pattern DEBRIS = Pattern.compile(
            "\\[bookmark:[^\\]\\n]{0,80}]|\\$([^$\\n]{1,80})\\$");

    private static final TextNormalizer INSTANCE = new TextNormalizer();

    public static TextNormalizer get() {
        return INSTANCE;
    }

    /** Normalizes {@code raw}; the result maps back into {@code raw}. */
    public MappedText normalize(String raw, Mode mode) {
        MappedText debris = removeDebris(raw);
        MappedText pinyin = removePinyin(debris.text());
        MappedText a = pinyin == null ? debris : pinyin.through(debris);
        MappedText b = foldWidth(a.text()).through(a);
        return whitespace(b.text(), mode).through(b);
    }

    /** Convenience: normalized text only. */
    public String normalizeText(String raw, Mode mode) {
        return normalize(raw, mode).text();
    }

    // ---- pass 1: markers and inline LaTeX -------------------------------------------------------------

    static MappedText removeDebris(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('$') < 0) {
            return MappedText.identity(s);
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        Matcher m = DEBRIS.matcher(s);
        int last = 0;
        while (m.find()) {
            if (m.group(1) != null && !looksLikeMath(m.group(1))) {
                continue;
            }
            for (int i = last; i < m.start(); i++) {
                out.append(s.charAt(i), i);
            }
            if (m.group(1) != null) {
                appendMath(s, m.start(1), m.end(1), out);
            }
            last = m.end();
        }
        for (int i = last; i < s.length(); i++) {
            out.append(s.charAt(i), i);
        }
        return out.build(s.length());
    }

    private static boolean looksLikeMath(String body) {
        return body.indexOf('\\') >= 0 || body.matches("[\\s0-9.%<>=+\\-~]+");
    }

    /** Rewrites the LaTeX between {@code from} and {@code to}, mapping each output char to its source. */
    private static void appendMath(String s, int from, int to, MappedText.Builder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < to && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                if (j == i + 1 && j < to) { // escaped symbol such as \% or \,
                    char e = s.charAt(j);
                    if (e != ',' && e != ' ' && e != ';' && e != '!') {
                        out.append(e, j);
                    }
                    i = j + 1;
                    continue;
                }
                String macro = s.substring(i + 1, j);
                String sym = switch (macro) {
                    case "geq", "ge", "geqslant" -> "≥";
                    case "leq", "le", "leqslant" -> "≤";
                    case "neq", "ne" -> "≠";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "times" -> "×";
                    case "div" -> "÷";
                    case "pm" -> "±";
                    case "sim", "approx" -> "≈";
                    case "cdot" -> "·";
                    case "percent" -> "%";
                    default -> ""; // \text, \mathrm, \left … : keep what follows, drop the command
                };
                out.append(sym, i, j);
                i = j;
            } else if (c == '{' || c == '}' || c == ' ') {
                i++;
            } else {
                out.append(c, i);
                i++;
            }
        }
    }

    // ---- pass 1b: pinyin glosses ---------------------------------------------------------------------

    /**
     * A pinyin gloss that mirror sites insert after a character: a bracketed run of lowercase Latin letters,
     * at least one with a tone mark, right after a CJK ideograph ({@code 項(xiàng)目}, {@code 區(qū)}). Ordinary
     * bracketed content ({@code (A)}, {@code (B/A)}, an English word) has no tone mark and is kept.
     */
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=[\\u3400-\\u9FFF\\uF900-\\uFAFF])[(（]([a-zü\\u00E0-\\u00FC\\u0101-\\u01DC\\u0144\\u0148\\u01F9]{1,7})[)）]");
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";

    /** {@code s} without its pinyin glosses, or null when it has none. */
    static MappedText removePinyin(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
            return null;
        }
        MappedText.Builder out = null;
        Matcher m = PINYIN.matcher(s);
        int last = 0;
        while (m.find()) {
            if (!toned(m.group(1))) {
                continue;
            }
            if (out == null) {
                out = new MappedText.Builder(s.length());
            }
            for (int i = last; i < m.start(); i++) {
                out.append(s.charAt(i), i);
            }
            last = m.end();
        }
        if (out == null) {
            return null;
        }
        for (int i = last; i < s.length(); i++) {
            out.append(s.charAt(i), i);
        }
        return out.build(s.length());
    }

    private static boolean toned(String syllable) {
        for (int i = 0; i < syllable.length(); i++) {
            if (TONE_MARKS.indexOf(syllable.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 2: width folding ------------------------------------------------------------------------

    static MappedText foldWidth(String s) {
        MappedText.Builder out = new MappedText.Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '\r') {
                    boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                    out.append('\n', i, crlf ? i + 2 : i + 1);
                    if (crlf) {
                        i++;
                    }
                } else if (c == '\u000B' || c == '\f') {
                    out.append('\n', i);
                } else if (c == '.' && fullStop(s, i)) {
                    out.append('。', i);
                } else {
                    out.append(c, i);
                }
                i++;
                continue;
            }
            if ((c == '二' || c == '一') && yearInWords(s, i)) {
                for (int k = 0; k < 4; k++) {
                    out.append((char) ('0' + yearDigit(s.charAt(i + k))), i + k);
                }
                i += 4;
                continue;
            }
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
                out.append(Simplified.of(c), i); // unified ideographs: NFKC leaves them as they are
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060) {
                i += n; // zero-width and soft hyphen: invisible debris
                continue;
            }
            if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) {
                out.append('\n', i, i + n);
                i += n;
                continue;
            }
            // kept as they are: the ellipsis (NFKC would make it "..."), and the Chinese comma, which separates
            // items ("94，930" is two numbers) where a half-width comma would read as a thousands separator
            if (cp == 0x2026 || cp == 0x22EF || cp == 0xFF0C) {
                out.append((char) cp, i, i + n);
                i += n;
                continue;
            }
            if (cp == 0xFF0E && fullStop(s, i)) {
                out.append('。', i);
                i++;
                continue;
            }
            String folded = Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFKC);
            for (int k = 0; k < folded.length(); k++) {
                char f = Simplified.of(folded.charAt(k));
                out.append(f == '\u00A0' ? ' ' : f, i, i + n);
            }
            i += n;
        }
        return out.build(s.length());
    }

    /** The digits of a year written in words, by value; after them, stand-ins for 〇 (○, Ｏ, Cyrillic О, 零). */
    private static final String YEAR_DIGITS = "〇一二三四五六七八九○ＯО零";

    private static int yearDigit(char c) {
        int v = YEAR_DIGITS.indexOf(c);
        return v < 10 ? v : 0;
    }

    /**
     * Whether a year written in words starts at {@code i}: four digit characters, 19xx or 20xx, then 年, perhaps
     * after spaces ({@code 二〇二三年}, {@code 一九九八 年}). It is written as digits, one for one, so that every
     * year rule reads it ({@code 二〇二三年度…自评报告} is the 2023 report); {@code 二十三年} (no digit run) is not.
     */
    static boolean yearInWords(String s, int i) {
        int end = i + 4;
        while (end < s.length() && (s.charAt(end) == ' ' || s.charAt(end) == '\u3000')) {
            end++; // 二〇二三 年, as a PDF's text layer spaces it
        }
        if (end >= s.length() || s.charAt(end) != '年') {
            return false;
        }
        int[] d = new int[4];
        for (int k = 0; k < 4; k++) {
            if (YEAR_DIGITS.indexOf(s.charAt(i + k)) < 0) {
                return false;
            }
            d[k] = yearDigit(s.charAt(i + k));
        }
        return d[0] == 1 && d[1] == 9 || d[0] == 2 && d[1] == 0;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * Whether the half-width or full-width point at {@code i} is a full stop typed in place of {@code 。}
     * ({@code …服务支出.}, {@code 120.5万元.其中}): after a Chinese character or a closing 》 or ”, and not before a
     * digit or a Latin letter. Every sentence rule reads {@code 。}; the point after a Chinese numeral that opens
     * a line or follows a bracket ({@code 一.基本情况}) numbers a list item and stays.
     */
    static boolean fullStop(String s, int i) {
        if (i == 0) {
            return false;
        }
        char prev = s.charAt(i - 1);
        boolean ideograph = prev >= 0x4E00 && prev <= 0x9FFF || prev >= 0x3400 && prev <= 0x4DBF;
        if (!ideograph && prev != '》' && prev != '”') {
            return false;
        }
        if (i + 1 < s.length()) {
            char next = s.charAt(i + 1);
            if (next < 0x80 && Character.isLetterOrDigit(next) || next >= '０' && next <= '９' || next == '.'
                    || next == '．') {
                return false;
            }
        }
        int k = i - 1;
        while (k >= 0 && NUMERALS.indexOf(s.charAt(k)) >= 0) {
            k--;
        }
        boolean numbered = k < i - 1 && (k < 0 || " \t\n\r\u3000(（".indexOf(s.charAt(k)) >= 0);
        return !numbered;
    }

    // ---- pass 3: whitespace ---------------------------------------------------------------------------

    /**
     * Whether a year letter-spaced as a PDF's title prints it starts at {@code i}: {@code 2 0 2 1 年} (four single
     * digits, 19xx or 20xx, one space apart, then 年 after at most one space), not after another digit. Only this
     * shape is joined: single digits apart by spaces are elsewhere the cells of a row ({@code 2 2}: 分值, 得分).
     */
    static boolean spacedYear(String s, int i) {
        if (i + 7 >= s.length() || i > 0 && Character.isDigit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(i + 2 * k)) || k < 3 && s.charAt(i + 2 * k + 1) != ' ') {
                return false;
            }
        }
        String century = "" + s.charAt(i) + s.charAt(i + 2);
        if (!century.equals("19") && !century.equals("20")) {
            return false;
        }
        int after = i + 7;
        if (s.charAt(after) == ' ') {
            after++;
        }
        return after < s.length() && s.charAt(after) == '年';
    }

    static MappedText whitespace(String s, Mode mode) {
        MappedText.Builder out = new MappedText.Builder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && spacedYear(s, i)) {
                for (int k = 0; k < 4; k++) {
                    out.append(s.charAt(i + 2 * k), i + 2 * k); // 2 0 2 1 年: a letter-spaced title's year
                }
                i += 7;
                continue;
            }
            if (c == ' ' || c == '\n') {
                int j = i;
                boolean newline = false;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) {
                    newline |= s.charAt(j) == '\n';
                    j++;
                }
                // trim at start and end
                if (out.length() == 0 || j == n || out.charAt(out.length() - 1) == '\t' || s.charAt(j) == '\t') {
                    i = j;
                    continue;
                }
                char prev = out.charAt(out.length() - 1);
                char next = s.charAt(j);
                if (newline && mode == Mode.LINES) {
                    out.append('\n', firstNewline(s, i, j));
                } else if (joinable(prev, next, newline) && !(newline && isDigit(prev) && twoDecimals(out, s, j))) {
                    // drop the whitespace entirely
                } else {
                    out.append(' ', i);
                }
                i = j;
                continue;
            }
            out.append(c, i);
            i++;
        }
        return out.build(n);
    }

    private static int firstNewline(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                return k;
            }
        }
        return from;
    }

    /**
     * Whether the number ending the text so far and the one starting at {@code s[from]} each have a decimal point
     * with digits after it ({@code 1447.47} / {@code 998.20}, two cells' lines drawn as one): joined they would
     * read as one number with two decimal points, which no number has, so they are two numbers.
     */
    static boolean twoDecimals(MappedText.Builder out, String s, int from) {
        int k = out.length() - 1;
        int digits = 0;
        while (k >= 0 && isDigit(out.charAt(k))) {
            k--;
            digits++;
        }
        if (digits == 0 || k < 1 || out.charAt(k) != '.' || !isDigit(out.charAt(k - 1))) {
            return false; // the line does not end in digit . digits
        }
        int i = from;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
        return i > from && i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1));
    }

    /** Whether whitespace between {@code prev} and {@code next} is extraction debris rather than a word gap. */
    static boolean joinable(char prev, char next, boolean lineBreak) {
        boolean pc = isCjk(prev);
        boolean nc = isCjk(next);
        if (pc && nc) {
            return true;
        }
        if (pc && (isDigit(next) || isPunct(next))) {
            return true;
        }
        if (nc && (isDigit(prev) || isPunct(prev))) {
            return true;
        }
        if (isDigit(prev) && (next == '%' || next == '‰')) {
            return true;
        }
        // a number broken at the end of a line: "1733.\n73", "12,\n345", "88.5\n0%", "92\n.5"
        return lineBreak && ((prev == '.' || prev == ',' || isDigit(prev)) && isDigit(next)
                || isDigit(prev) && next == '.');
    }

    /** CJK ideographs and CJK punctuation that never has a word gap around it. */
    public static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF)   // unified ideographs
                || (c >= 0x3400 && c <= 0x4DBF) // extension A
                || (c >= 0x3000 && c <= 0x303F && c != 0x3000) // CJK symbols and punctuation 。、「」【】
                || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
                || (c >= 0x2018 && c <= 0x201F) // curly quotes used around Chinese phrases
                || c == 0x2014 || c == 0x2026 || c == 0xFF0C // — … ，
                || (c >= 0xFE30 && c <= 0xFE4F)  // CJK compatibility forms
                || Character.isSurrogate(c) && c >= 0xD840 && c <= 0xD87F; // extension B+ high surrogates
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPunct(char c) {
        return switch (c) {
            case ',', '.', ':', ';', '(', ')', '!', '?', '%', '[', ']' -> true;
            default -> false;
        };
    }
}
