package org.jixiao.extractors.number;

import static org.jixiao.extractors.number.Numerals.at;
import static org.jixiao.extractors.number.Numerals.isDigit;

/**
 * The tokenizer's unit stage: the unit printed right after a number — longest match from the lexicon, a
 * magnitude composed with its base (万 + 余 + 元), a rate per thing ({@code 元/只}, {@code 元/人·年}), a unit alone
 * in brackets ({@code 4.52(万人)}). Reads the folded text {@code f}; a unit built from the text takes its
 * spelling from the source {@code src}.
 */
final class UnitReader {

    /**
     * A unit read at a position.
     *
     * @param end where the unit ends in the text
     * @param mid a 余/多 found inside it ({@code 5万余元}), or null
     */
    record Read(Unit unit, int end, Qualifier mid) {
    }

    private final Lexicon lex;
    private final String src;
    private final String f;

    UnitReader(Lexicon lex, String src, String f) {
        this.lex = lex;
        this.src = src;
        this.f = f;
    }

    /**
     * The unit starting at {@code k} (longest match, magnitude + 余/多 + unit composed, then a rate per thing
     * such as 元/只 or 元/人·年), or null. A Latin symbol (km, m, kg) counts only when no Latin letter or digit
     * follows it: 5mg is no 5 m, 3min no 3 m.
     */
    Read read(int k) {
        Read numerator = simple(k);
        if (numerator == null) {
            return null;
        }
        Unit u = numerator.unit();
        if (u.isMagnitude() || u.kind() == Kind.RATE || u.kind() == Kind.SCORE) {
            return numerator;
        }
        String per = perUnits(numerator.end());
        if (per.isEmpty()) {
            return numerator;
        }
        int end = numerator.end() + per.length();
        // value in the numerator's unit per the denominator: a measure of its own, never summed with amounts
        return new Read(new Unit(u.symbol() + src.substring(numerator.end(), end), Kind.MEASURE, u.exponent()),
                end, numerator.mid());
    }

    /**
     * A unit alone in brackets at {@code k}, {@code 4.52(万人)}, as forms print a unit column squeezed into the
     * cell; null when the brackets hold anything else. Its end is past the closing bracket.
     */
    Read bracketed(int k) {
        if (at(f, k) != '(') {
            return null;
        }
        Read inside = read(k + 1);
        if (inside == null || at(f, inside.end()) != ')') {
            return null;
        }
        return new Read(inside.unit(), inside.end() + 1, inside.mid());
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
        if (!MentionTokenizer.isAsciiLetter(last) && !isDigit(last)) {
            return false; // 万元, %, m²: nothing to run on (100%100% is two rates)
        }
        char next = at(f, k + sym.length());
        return MentionTokenizer.isAsciiLetter(next) || isDigit(next);
    }

    /** The unit starting at {@code k}: longest match, magnitude + 余/多 + unit composed; or null. */
    private Read simple(int k) {
        if (lex.unitExceptionAt(f, k)) {
            return null;
        }
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
                Unit composed = Unit.compose(u, base);
                Unit listed = lex.unit(composed.symbol());
                return new Read(listed != null ? listed : composed, j + base.symbol().length(),
                        mid == null ? null : mid.qualifier());
            }
        }
        return new Read(u, end, null);
    }
}
