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
 *
 * <p>The shapes of digits that are not figures (phone, split digits, document number, list marker, calendar
 * words) are judged by {@link DigitShapes}; the unit after a number is read by {@link UnitReader}.
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

    /** Time units after which a leading 近 means "the last …" rather than "nearly". */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("年", "个月", "天", "日", "周");

    private final Lexicon lex = Lexicon.get();
    private final String src;
    private final String f;
    private final Mode mode;
    private final UnitReader units;
    private final DigitShapes shapes;
    private final List<Mention> out = new ArrayList<>();
    private int lastEnd = -1;

    private MentionTokenizer(String src, Mode mode) {
        this.src = src;
        this.f = Numerals.fold(src);
        this.mode = mode;
        this.units = new UnitReader(lex, src, f);
        this.shapes = new DigitShapes(src, f);
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
                int phoneEnd = shapes.areaCodePhoneEnd(p, e);
                if (phoneEnd > 0) {
                    return nonFigure(NonFigure.Reason.PHONE, "telephone number", p, phoneEnd);
                }
            }
            return nonFigure(a.problem(), a.detail(), p, e);
        }
        if (isAsciiLetter(at(f, p - 1)) || at(f, p - 1) == '-' && isAsciiLetter(at(f, p - 2))
                || isAsciiLetter(at(f, e)) && units.read(e) == null) {
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
        int split = shapes.splitEnd(e);
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
            NonFigure doc = shapes.documentNumber(p, e);
            if (doc != null) {
                return emit(doc);
            }
            NonFigure marker = shapes.listMarker(a, p, e);
            if (marker != null) {
                return emit(marker);
            }
        }
        int k = skipSpaces(e);
        Lexicon.QualifierWord afterNumber = lex.qualifierAt(f, k, Lexicon.Position.AFTER_NUMBER);
        if (a.isInteger() && afterNumber == null) {
            NonFigure calendar = shapes.calendar(a, p, k);
            if (calendar != null) {
                return emit(calendar);
            }
        }
        return quantity(p, e, a.value(), a.decimals(), true);
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
        UnitReader.Read read = units.read(afterMid);
        if (read == null && mid == null) {
            read = units.bracketed(k); // 4.52(万人)
        }
        Unit unit = read == null ? null : read.unit();
        Qualifier after = null;
        int end = e;
        if (read != null) {
            end = read.end();
            after = mid != null ? mid.qualifier() : read.mid();
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

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private boolean isClauseEnd(int k) {
        char c = at(f, k);
        return c == '\0' || ",.。、;:!?)\n\t ".indexOf(c) >= 0;
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
        return skipSpaces(f, i);
    }

    static int skipSpaces(String f, int i) {
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
}
