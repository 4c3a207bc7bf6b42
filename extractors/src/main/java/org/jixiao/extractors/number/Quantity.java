package org.jixiao.extractors.number;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure exactly as printed.
 *
 * @param value      the number as printed, never through a double: {@code 1234.56} has scale 2, {@code 15}
 *                   scale 0, a Chinese numeral ({@code 十二}) scale 0; negative when a minus sign was printed
 * @param decimals   the printed precision (digits after the point); sets the rounding tolerance
 * @param unit       the unit, {@link Unit#NONE} if none
 * @param qualifier  约, 余, ≥ … or {@link Qualifier#EXACT}
 * @param unitSource whether the unit was printed with this number, shared from a list, or absent
 * @param start      offset of the first character of the mention (qualifier, sign or digit)
 * @param end        offset after the last character (unit or trailing qualifier; after the digits when the
 *                   unit is {@link UnitSource#SHARED})
 * @param text       the source text of {@code [start, end)}
 */
public record Quantity(BigDecimal value, int decimals, Unit unit, Qualifier qualifier, UnitSource unitSource,
                       int start, int end, String text) implements Mention {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unitSource, "unitSource");
        if (decimals < 0 || value.scale() != decimals) {
            throw new IllegalArgumentException("scale of " + value + " is not the printed precision " + decimals);
        }
        if (start < 0 || end < start || text == null || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
        if (unit.isNone() != (unitSource == UnitSource.NONE)) {
            throw new IllegalArgumentException("unit " + unit + " with source " + unitSource);
        }
    }

    public Kind kind() {
        return unit.kind();
    }

    /**
     * The amount in 元, for {@link Kind#AMOUNT} only: {@code value × 10^exponent}, exact.
     *
     * <p>The scale is {@code max(decimals − exponent, 0)}: 1234.56万元 → {@code 12345600} (scale 0),
     * 3865120.45元 → {@code 3865120.45}, 1.928万元 → {@code 19280}. The scale says nothing about precision;
     * the precision lives in {@link #yuanInterval()} (1234.56万元 is 12345550 … 12345650 元). Compare
     * amounts with {@code compareTo}, never {@code equals}, since scales differ.
     */
    public Optional<BigDecimal> yuan() {
        if (kind() != Kind.AMOUNT) {
            return Optional.empty();
        }
        return Optional.of(inBaseUnit());
    }

    /** The value in its kind's base unit ({@code value × 10^exponent}: 94.5% → 0.945, 1.2万人 → 12000). */
    public BigDecimal inBaseUnit() {
        BigDecimal v = value.scaleByPowerOfTen(unit.exponent());
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** {@link #interval()} in 元, for amounts. */
    public Optional<Interval> yuanInterval() {
        return kind() == Kind.AMOUNT ? Optional.of(interval().scaled(unit.exponent())) : Optional.empty();
    }

    /** Half a unit of the last printed digit: {@code 0.005} for {@code 1234.56}, {@code 0.5} for {@code 15}. */
    public BigDecimal halfUlp() {
        return BigDecimal.valueOf(5, decimals + 1);
    }

    /**
     * The values (in the printed unit) the text allows, conservatively.
     *
     * <ul>
     *   <li>EXACT, EQUAL: the rounding interval {@code value ± ½·10^−decimals};</li>
     *   <li>MORE_THAN, AT_LEAST, GREATER_THAN: from the rounding interval's lower end, no upper bound;</li>
     *   <li>AT_MOST, LESS_THAN: up to the rounding interval's upper end, no lower bound;</li>
     *   <li>APPROX: unbounded — "约5万元" cannot be proven wrong by arithmetic.</li>
     * </ul>
     * Strict and inclusive comparisons share closed bounds: the interval may be slightly wider than the
     * truth, never narrower, so a check built on it never flags a figure the text allows.
     */
    public Interval interval() {
        BigDecimal h = halfUlp();
        return new Interval(qualifier.boundedBelow() ? value.subtract(h) : null,
                qualifier.boundedAbove() ? value.add(h) : null);
    }

    /** A copy with a unit taken from the end of a list or range ({@link UnitSource#SHARED}); span unchanged. */
    Quantity withSharedUnit(Unit shared) {
        return new Quantity(value, decimals, shared, qualifier, UnitSource.SHARED, start, end, text);
    }

    @Override
    public String toString() {
        return (qualifier == Qualifier.EXACT ? "" : qualifier + " ") + value.toPlainString() + unit.symbol()
                + " @" + start + ".." + end;
    }
}
