package org.jixiao.extractors.number;

import static org.jixiao.extractors.number.Numerals.at;
import static org.jixiao.extractors.number.Numerals.isDigit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer stage: one left-to-right pass that turns every run of digits (and every Chinese numeral
 * with a measure word) into a {@link Mention}, looking only a bounded number of characters around it — so
 * the pass is linear in the text and cannot backtrack.
 *
 * <p>Order of decisions for an Arabic number, first match wins: malformed digits (section number, leading
 * zero, phone); digits broken by a space or line break ({@link NonFigure.Reason#SPLIT}); 第 before it
 * (ordinal); a year in document-number brackets ({@code 〔2019〕5号}); a list marker ({@code 1、},
 * {@code (2)}, {@code 3.} at the start of an item); {@code 年} after a plausible year; {@code 月}/{@code 日}/
 * {@code 号} (date or label); otherwise a {@link Quantity} with its qualifier and unit, unless a label word
 * ({@code 附件}, {@code 目标}) right before a unitless number makes it a name.
 */
final class MentionTokenizer {

    /** Whether the input is running text or one whole cell. */
    enum Mode {
        /** Running text: a bare Chinese numeral is not a number ({@code 一是}), a stray comma ends one. */
        TEXT,
        /** A whole cell: a bare Chinese numeral is a number, a misplaced comma makes it malformed. */
        CELL
    }

    /** Characters before a Chinese numeral that make it vague: 几十, 数十, 上百 (上 is not a numeral). */
    private static final String VAGUE = "几数";
    private static final String OPEN_BRACKETS = "[〔【〖";
    private static final String CLOSE_BRACKETS = "]〕】〗";
    /** Characters after which a small integer followed by 、 or . starts a list item. */
    private static final String ITEM_BOUNDARY = "\n\t 。;:!?)";

    /** Time units after which a leading 近 means "the last …" rather than "nearly". */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("年", "个月", "天", "日", "周");

    private final Lexicon lex = Lexicon.get();
    private final String src;
    private final String f;
    private final Mode mode;
    private final List<Mention> out = new ArrayList<>();
    private int lastEnd = -1;

    private MentionTokenizer(String src, Mode mode) {
        this.src = src;
        this.f = Numerals.fold(src);
        this.mode = mode;
    }

    static List<Mention> tokenize(String src, Mode mode) {
        MentionTokenizer t = new MentionTokenizer(src, mode);
        t.run();
        return t.out;
    }

    private void run() {
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            int next;
            if (isDigit(c)) {
                next = arabic(i);
            } else if (c == '百' && Lexicon.regionMatches(f, i, "百分之")
                    && Numerals.isChineseNumeral(at(f, i + 3))) {
                next = chinesePercent(i);
            } else if (Numerals.chineseDigit(c) >= 0 || c == '十') {
                next = chinese(i);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
    }

    // ---- Arabic ---------------------------------------------------------------------------------------

    private int arabic(int p) {
        Numerals.Arabic a = Numerals.readArabic(src, f, p, mode == Mode.CELL);
        int e = a.end();
        if (!a.ok()) {
            if (a.problem() == NonFigure.Reason.CODE) {
                int phoneEnd = areaCodePhoneEnd(p, e);
                if (phoneEnd > 0) {
                    return nonFigure(NonFigure.Reason.PHONE, "telephone number", p, phoneEnd);
                }
            }
            return nonFigure(a.problem(), a.detail(), p, e);
        }
        if (isAsciiLetter(at(f, p - 1)) || at(f, p - 1) == '-' && isAsciiLetter(at(f, p - 2))
                || isAsciiLetter(at(f, e)) && readUnit(e) == null) {
            // 3.75km is a length; A3, B2-1, 5G are codes
            int s0 = p;
            int e0 = e;
            while (isAsciiLetter(at(f, s0 - 1)) || isDigit(at(f, s0 - 1))
                    || at(f, s0 - 1) == '-' && isAsciiLetter(at(f, s0 - 2))) {
                s0--;
            }
            while (isAsciiLetter(at(f, e0)) || isDigit(at(f, e0))) {
                e0++;
            }
            return nonFigure(NonFigure.Reason.CODE, "digits inside a Latin word or code", s0, e0);
        }
        int split = splitEnd(e);
        if (split > 0) {
            return nonFigure(NonFigure.Reason.SPLIT,
                    "digits broken by a space or line break: one number or two cannot be told", p, split);
        }
        if (a.isInteger() && a.intDigits() == 11 && f.charAt(p) == '1') {
            return nonFigure(NonFigure.Reason.PHONE, "mobile phone number", p, e);
        }
        int before = skipSpacesBack(p);
        if (at(f, before - 1) == '第') {
            Unit u = lex.unitAt(f, e);
            int end = u != null && !u.isMagnitude() ? e + u.symbol().length() : e;
            return nonFigure(NonFigure.Reason.ORDINAL, "ordinal", before - 1, end);
        }
        if (a.isInteger()) {
            int doc = documentNumber(p, e);
            if (doc > 0) {
                return doc;
            }
            int marker = listMarker(a, p, e);
            if (marker > 0) {
                return marker;
            }
        }
        int k = skipSpaces(e);
        Lexicon.QualifierWord afterNumber = lex.qualifierAt(f, k, Lexicon.Position.AFTER_NUMBER);
        if (a.isInteger() && afterNumber == null) {
            int calendar = calendar(a, p, k);
            if (calendar > 0) {
                return calendar;
            }
        }
        return quantity(p, e, a.value(), a.decimals(), true);
    }

    /** End of {@code 0311-12345678} style numbers starting at {@code p} (area code to {@code e}), or −1. */
    private int areaCodePhoneEnd(int p, int e) {
        if (e - p < 3 || e - p > 4 || at(f, e) != '-') {
            return -1;
        }
        int j = e + 1;
        while (isDigit(at(f, j))) {
            j++;
        }
        return j - e - 1 >= 7 && j - e - 1 <= 8 ? j : -1;
    }

    /**
     * When the number ending at {@code e} is followed only by spaces or one line break (no tab, which
     * separates cells) and then more digits, the end of those digits; otherwise −1. Catches
     * {@code 173\n5.58}, {@code 9\n.45}, {@code 1733.\n73}.
     */
    private int splitEnd(int e) {
        int j = e;
        if (at(f, j) == '.' && !isDigit(at(f, j + 1))) {
            j++; // "1733.\n73"
        }
        int ws = 0;
        int newlines = 0;
        while (at(f, j) == ' ' || at(f, j) == '\n') {
            newlines += at(f, j) == '\n' ? 1 : 0;
            ws++;
            j++;
        }
        if (ws == 0 || newlines > 1) {
            return -1;
        }
        if (at(f, j) == '.' && isDigit(at(f, j + 1))) {
            j++;
        } else if (!isDigit(at(f, j))) {
            return -1;
        }
        while (isDigit(at(f, j)) || at(f, j) == '.' && isDigit(at(f, j + 1))) {
            j++;
        }
        return j;
    }

    /** {@code 〔2019〕5号}: a year in document brackets, with the serial after it; returns the end or −1. */
    private int documentNumber(int p, int e) {
        int open = skipWhitespaceBack(p) - 1;
        int ob = OPEN_BRACKETS.indexOf(at(f, open));
        if (ob < 0 || e - p != 4) {
            return -1;
        }
        int close = skipWhitespace(e);
        if (at(f, close) != CLOSE_BRACKETS.charAt(ob)) {
            return -1;
        }
        int end = close + 1;
        int j = skipWhitespace(end);
        if (isDigit(at(f, j))) {
            int d = j;
            while (isDigit(at(f, d))) {
                d++;
            }
            int h = skipWhitespace(d);
            if (at(f, h) == '号') {
                end = h + 1;
            }
        }
        return nonFigure(NonFigure.Reason.DOCUMENT_NUMBER, "document number", open, end);
    }

    /** {@code 1、}, {@code (2)}, {@code 3.} opening a list item; returns the end or −1. */
    private int listMarker(Numerals.Arabic a, int p, int e) {
        if (a.intDigits() > 2) {
            return -1;
        }
        if (at(f, p - 1) == '(' && at(f, e) == ')') {
            return nonFigure(NonFigure.Reason.LIST_MARKER, "list marker", p - 1, e + 1);
        }
        char prev = at(f, p - 1);
        boolean boundary = p == 0 || ITEM_BOUNDARY.indexOf(prev) >= 0;
        if (!boundary) {
            return -1;
        }
        char next = at(f, e);
        char after = at(f, e + 1);
        boolean marker = switch (next) {
            case '、' -> !isDigit(after) && !Numerals.isChineseNumeral(after);
            case '.' -> !isDigit(after) && after != '\0';
            case ')' -> true;
            default -> false;
        };
        return marker ? nonFigure(NonFigure.Reason.LIST_MARKER, "list marker", p, e + 1) : -1;
    }

    /** Year, month, day and 号 after an integer at {@code [p, …)}, {@code k} the first char after it. */
    private int calendar(Numerals.Arabic a, int p, int k) {
        int v = a.value().intValue();
        char c = at(f, k);
        if (c == '年' && a.intDigits() == 4 && v >= 1900 && v <= 2199) {
            int end = at(f, k + 1) == '度' ? k + 2 : k + 1;
            return nonFigure(NonFigure.Reason.YEAR, "calendar year", p, end);
        }
        if (c == '月' && v >= 1 && v <= 12) {
            int end = k + 1;
            int d = skipSpaces(end);
            int de = d;
            while (isDigit(at(f, de))) {
                de++;
            }
            if (de > d && (at(f, de) == '日' || at(f, de) == '号')) {
                end = de + 1;
            } else if ("初中底末份".indexOf(at(f, end)) >= 0) {
                end++;
            }
            return nonFigure(NonFigure.Reason.DATE, "date", p, end);
        }
        if (c == '日' && v >= 1 && v <= 31 && at(f, k + 1) != '内') {
            return nonFigure(NonFigure.Reason.DATE, "date", p, k + 1);
        }
        if (c == '号') {
            return nonFigure(NonFigure.Reason.LABEL, "a number naming a thing", p, k + 1);
        }
        return -1;
    }

    // ---- Chinese --------------------------------------------------------------------------------------

    private int chinese(int p) {
        int e = Numerals.chineseRunEnd(f, p);
        for (int i = p; i < e; i++) {
            if (lex.insideNotNumeral(f, i)) {
                return e;
            }
        }
        String run = f.substring(p, e);
        int before = skipSpacesBack(p);
        boolean ordinal = at(f, before - 1) == '第';
        if (!ordinal && at(f, e) == '年' && Numerals.chineseDigitYear(run) != null) {
            return nonFigure(NonFigure.Reason.YEAR, "calendar year", p, at(f, e + 1) == '度' ? e + 2 : e + 1);
        }
        if (VAGUE.indexOf(at(f, p - 1)) >= 0 || at(f, e) == '几') {
            return e; // 几十个, 十几个, 数十家, 若干: a vague amount, no number to read
        }
        BigDecimal v = Numerals.chineseValue(run);
        if (mode == Mode.TEXT) {
            // in running text a Chinese numeral counts only with a measure word or money unit after it
            int k = e;
            if (lex.qualifierAt(f, k, Lexicon.Position.AFTER_NUMBER) != null) {
                k++;
            }
            Unit u = lex.unitExceptionAt(f, k) ? null : lex.unitAt(f, k);
            if (u == null || !(u.kind() == Kind.COUNT || u.kind() == Kind.AMOUNT)) {
                return e;
            }
        }
        if (ordinal) {
            Unit u = lex.unitAt(f, e);
            int end = u != null && !u.isMagnitude() ? e + u.symbol().length() : e;
            return nonFigure(NonFigure.Reason.ORDINAL, "ordinal", before - 1, end);
        }
        if (v == null) {
            return nonFigure(NonFigure.Reason.AMBIGUOUS,
                    "Chinese numeral that cannot be read without guessing", p, e);
        }
        return quantity(p, e, v, 0, false);
    }

    /** {@code 百分之九十}: a Chinese percentage. */
    private int chinesePercent(int p) {
        int s = p + 3;
        int e = Numerals.chineseRunEnd(f, s);
        BigDecimal v = Numerals.chineseValue(f.substring(s, e));
        if (v == null) {
            return nonFigure(NonFigure.Reason.AMBIGUOUS, "Chinese numeral that cannot be read without guessing",
                    p, e);
        }
        Unit percent = lex.unit("%");
        int start = p;
        Qualifier q = Qualifier.EXACT;
        int qs = skipSpacesBack(p);
        Lexicon.QualifierWord before = lex.qualifierEndingAt(f, qs);
        if (before != null) {
            q = before.qualifier();
            start = qs - before.text().length();
        }
        return emit(new Quantity(v, 0, percent, q, UnitSource.PRINTED, start, e, src.substring(start, e)));
    }

    // ---- the quantity after its digits ----------------------------------------------------------------

    /**
     * Builds the quantity whose digits are {@code [p, e)}: sign and qualifier before, 余/多, unit and
     * 以上/左右 … after.
     */
    private int quantity(int p, int e, BigDecimal value, int decimals, boolean arabic) {
        int start = p;
        // a minus sign, unless the dash joins two mentions (90-100, 3月10日-3月25日, 80%-60%) or follows
        // something that ends a figure (a digit, %, a unit, a Latin letter, a closing bracket)
        if (arabic && at(f, p - 1) == '-' && p - 1 != lastEnd && signMayFollow(p - 1)) {
            value = value.negate();
            start = p - 1;
        }
        // qualifier before
        Qualifier q = Qualifier.EXACT;
        int qEnd = skipSpacesBack(start);
        Lexicon.QualifierWord before = lex.qualifierEndingAt(f, qEnd);
        if (before != null && before.qualifier() != Qualifier.EXACT
                && qEnd - before.text().length() >= Math.max(lastEnd, 0)) {
            q = before.qualifier();
            start = qEnd - before.text().length();
        }
        // 余/多 between number and unit, then the unit
        int k = skipSpaces(e);
        Lexicon.QualifierWord mid = lex.qualifierAt(f, k, Lexicon.Position.AFTER_NUMBER);
        int afterMid = mid == null ? k : k + mid.text().length();
        Unit unit = readUnit(afterMid);
        if (unit == null && mid == null) {
            unit = bracketedUnit(k); // 4.52(万人)
        }
        Qualifier after = null;
        int end = e;
        if (unit != null) {
            end = unitEnd;
            after = mid != null ? mid.qualifier() : unitMidQualifier;
        } else if (mid != null && isClauseEnd(afterMid)) {
            after = mid.qualifier(); // "增加100余。"
            end = afterMid;
        }
        // 以上/左右/以下/以内 after the unit (or after a bare number)
        if (after == null) {
            int tailAt = unit != null ? end : k;
            Lexicon.QualifierWord tail = lex.qualifierAt(f, tailAt, Lexicon.Position.AFTER);
            // a one-character tail (余, 多) only before a clause end or 的: "5万元余额" is a balance
            boolean tailFits = tail != null && (tail.text().length() > 1
                    || unit != null && (isClauseEnd(tailAt + 1) || at(f, tailAt + 1) == '的'));
            if (tailFits) {
                after = tail.qualifier();
                end = tailAt + tail.text().length();
            }
        }
        q = combine(q, after);
        if (before != null && before.text().equals("近") && unit != null && TIME_UNITS.contains(unit.symbol())) {
            q = Qualifier.EXACT; // 近3年: "the last three years", not "nearly three years"
            start = p;
        }
        if (unit == null && arabic && q == Qualifier.EXACT && lex.labelEndsAt(f, start)) {
            return nonFigure(NonFigure.Reason.LABEL, "a number naming a thing", p, e);
        }
        Unit u = unit == null ? Unit.NONE : unit;
        return emit(new Quantity(value, decimals, u, q, unit == null ? UnitSource.NONE : UnitSource.PRINTED,
                start, end, src.substring(start, end)));
    }

    /** Whether the character before a dash at {@code dash} leaves the dash free to be a minus sign. */
    private boolean signMayFollow(int dash) {
        char b = at(f, dash - 1);
        if (b == '\0') {
            return true;
        }
        if (isDigit(b) || b < 0x80 && Character.isLetterOrDigit(b) || "%‰.)]】〕日月年号".indexOf(b) >= 0) {
            return false;
        }
        return !lex.unitEndsAt(f, dash);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private boolean isClauseEnd(int k) {
        char c = at(f, k);
        return c == '\0' || ",.。、;:!?)\n\t ".indexOf(c) >= 0;
    }

    /** Set by {@link #readUnit}: the end of the unit read, and a 余/多 found inside it (5万余元). */
    private int unitEnd;
    private Qualifier unitMidQualifier;

    /**
     * A unit alone in brackets right after the number, {@code 4.52(万人)}, as forms print a unit column
     * squeezed into the cell; null when the brackets hold anything else. Sets {@link #unitEnd} past the
     * closing bracket.
     */
    private Unit bracketedUnit(int k) {
        if (at(f, k) != '(') {
            return null;
        }
        Unit u = readUnit(k + 1);
        if (u == null || at(f, unitEnd) != ')') {
            return null;
        }
        unitEnd++;
        return u;
    }

    /**
     * The unit starting at {@code k} (longest match, magnitude + 余/多 + unit composed, then a rate per thing
     * such as 元/只 or 元/人·年), or null. A Latin symbol (km, m, kg) counts only when no Latin letter or digit
     * follows it: 5mg is no 5 m, 3min no 3 m.
     */
    private Unit readUnit(int k) {
        Unit u = simpleUnit(k);
        if (u == null || u.isMagnitude() || u.kind() == Kind.RATE || u.kind() == Kind.SCORE) {
            return u;
        }
        int numeratorEnd = unitEnd;
        Qualifier numeratorMid = unitMidQualifier;
        String per = perUnits(numeratorEnd);
        if (per.isEmpty()) {
            unitEnd = numeratorEnd;
            unitMidQualifier = numeratorMid;
            return u;
        }
        unitEnd = numeratorEnd + per.length();
        unitMidQualifier = numeratorMid;
        // value in the numerator's unit per the denominator: a measure of its own, never summed with amounts
        return new Unit(u.symbol() + src.substring(numeratorEnd, unitEnd), Kind.MEASURE, u.exponent());
    }

    /**
     * {@code /只}, {@code /人·年}, {@code /人/月} at {@code k}: the denominators of a rate, each a count or
     * measure word (or a word of {@code denominators.txt}: 月); empty when none.
     */
    private String perUnits(int k) {
        int j = k;
        while (at(f, j) == '/' || at(f, j) == '·' && j > k) {
            int w = j + 1;
            int len = 0;
            Unit d = lex.unitExceptionAt(f, w) ? null : lex.unitAt(f, w);
            if (d != null && !d.isMagnitude()
                    && (d.kind() == Kind.COUNT || d.kind() == Kind.MEASURE) && !latinContinues(w, d)) {
                len = d.symbol().length();
            }
            len = Math.max(len, lex.denominatorAt(f, w));
            if (len == 0) {
                break;
            }
            j = w + len;
        }
        return f.substring(k, j);
    }

    /** Whether the Latin unit symbol {@code u} read at {@code k} runs on into a longer Latin word or code. */
    private boolean latinContinues(int k, Unit u) {
        String sym = u.symbol();
        char last = sym.charAt(sym.length() - 1);
        if (!isAsciiLetter(last) && !isDigit(last)) {
            return false; // 万元, %, m²: nothing to run on (100%100% is two rates)
        }
        char next = at(f, k + sym.length());
        return isAsciiLetter(next) || isDigit(next);
    }

    /** The unit starting at {@code k}: longest match, magnitude + 余/多 + unit composed; or null. */
    private Unit simpleUnit(int k) {
        if (lex.unitExceptionAt(f, k)) {
            return null;
        }
        unitMidQualifier = null;
        Unit u = lex.unitAt(f, k);
        if (u == null || latinContinues(k, u)) {
            return null;
        }
        int end = k + u.symbol().length();
        if (u.isMagnitude()) {
            int j = end;
            Lexicon.QualifierWord mid = lex.qualifierAt(f, j, Lexicon.Position.AFTER_NUMBER);
            if (mid != null) {
                j += mid.text().length();
            }
            Unit base = lex.unitExceptionAt(f, j) ? null : lex.unitAt(f, j);
            if (base != null && !base.isMagnitude() && base.exponent() == 0
                    && (base.kind() == Kind.COUNT || base.kind() == Kind.AMOUNT || base.kind() == Kind.MEASURE)) {
                unitMidQualifier = mid == null ? null : mid.qualifier();
                Unit composed = Unit.compose(u, base);
                Unit listed = lex.unit(composed.symbol());
                unitEnd = j + base.symbol().length();
                return listed != null ? listed : composed;
            }
        }
        unitEnd = end;
        return u;
    }

    private static Qualifier combine(Qualifier before, Qualifier after) {
        if (after == null || after == before) {
            return before;
        }
        if (before == Qualifier.EXACT || before == Qualifier.EQUAL) {
            return after;
        }
        if (before == Qualifier.APPROX || after == Qualifier.APPROX) {
            return Qualifier.APPROX;
        }
        return before;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private int emit(Mention m) {
        out.add(m);
        lastEnd = m.end();
        return m.end();
    }

    private int nonFigure(NonFigure.Reason reason, String detail, int start, int end) {
        return emit(new NonFigure(reason, detail, start, end, src.substring(start, end)));
    }

    private int skipSpaces(int i) {
        while (at(f, i) == ' ') {
            i++;
        }
        return i;
    }

    private int skipSpacesBack(int i) {
        while (i > 0 && f.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Spaces and line breaks: only inside document numbers, which PDF extraction often breaks. */
    private int skipWhitespace(int i) {
        while (at(f, i) == ' ' || at(f, i) == '\n') {
            i++;
        }
        return i;
    }

    private int skipWhitespaceBack(int i) {
        while (i > 0 && (f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\n')) {
            i--;
        }
        return i;
    }
}
