package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as a check sees it: the number as printed (its scale is the number of decimals shown) and the interval
 * of true values it admits.
 *
 * <p>The printed value is kept beside the interval because the fallback readings need it: a writer who truncates
 * ({@link Interval#truncated}) or pads a coarser rounding with zeros ({@code 94.5} shown as {@code 94.50}) means a
 * different interval than the standard ±½·10⁻ᵈ. Hedged and exact figures have no such alternative readings.
 */
public record Operand(BigDecimal printed, Interval interval, Kind kind) {

    /** How the interval was obtained. */
    public enum Kind {
        /** Rounded to the printed decimals: ±½·10⁻ᵈ. */
        PRINTED,
        /** Known exactly (a rule's weight, a count, a constant). */
        EXACT,
        /** Qualified by 约/余/以上/≥…: the caller supplied the widened interval. */
        HEDGED
    }

    public Operand {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(kind, "kind");
    }

    /** A figure rounded to its printed decimals. */
    public static Operand printed(BigDecimal printed) {
        return new Operand(printed, Interval.ofPrinted(printed), Kind.PRINTED);
    }

    /** Shorthand for {@code printed(new BigDecimal(text))}; {@code text} must be a plain decimal such as "1234.56". */
    public static Operand printed(String text) {
        return printed(new BigDecimal(text));
    }

    public static Operand exact(BigDecimal value) {
        return new Operand(value, Interval.exact(value), Kind.EXACT);
    }

    public static Operand exact(String text) {
        return exact(new BigDecimal(text));
    }

    /**
     * A hedged figure: {@code printed} is the number shown, {@code interval} what the qualifier allows
     * ("1000余" → {@code Interval.atLeast(1000)}, "约290" → e.g. {@code ofPrinted(290).widen(...)}).
     */
    public static Operand hedged(BigDecimal printed, Interval interval) {
        return new Operand(printed, interval, Kind.HEDGED);
    }

    /** "≥80", "1000余", "X以上": at least the printed value. */
    public static Operand atLeast(BigDecimal printed) {
        return hedged(printed, Interval.atLeast(printed));
    }

    /** The interval under a reading (see {@link Reading}); hedged and exact figures ignore the reading. */
    public Interval interval(Reading reading) {
        if (reading == Reading.PRINTED_VALUE) {
            return Interval.exact(printed);
        }
        if (kind != Kind.PRINTED) {
            return interval;
        }
        return switch (reading) {
            case ROUNDED, PRINTED_VALUE -> interval;
            case TRUNCATED_OR_ROUNDED -> interval.hull(Interval.truncated(printed));
            case COARSER_OR_ROUNDED -> interval.hull(Interval.ofPrinted(withoutPaddingZeros()));
        };
    }

    /** Whether the printed decimals end in zero ({@code 94.50}, {@code 340.00}): a coarser rounding may be padded. */
    public boolean hasPaddingZeros() {
        return kind == Kind.PRINTED && withoutPaddingZeros().scale() < printed.scale();
    }

    private BigDecimal withoutPaddingZeros() {
        BigDecimal stripped = printed.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Ways to read the printed figures, from the standard one to the fallbacks. */
    public enum Reading {
        /** ±½·10⁻ᵈ (or the hedge's interval). */
        ROUNDED,
        /** Rounded or truncated toward zero: explains writers (or spreadsheets) that cut digits. */
        TRUNCATED_OR_ROUNDED,
        /** Rounded at the printed decimals or at fewer, padded with zeros ({@code 94.5} typed, shown {@code 94.50}). */
        COARSER_OR_ROUNDED,
        /** The printed value taken as exact: for the point estimate shown in messages. */
        PRINTED_VALUE
    }
}
