package org.jixiao.extractors.number;

import java.math.BigDecimal;

/**
 * A closed interval of values a printed figure can stand for; a {@code null} bound means unbounded.
 *
 * <p>Figures are rounded when printed, so {@code 1733.73} stands for anything in [1733.725, 1733.735]. Two
 * figures contradict each other only when their intervals cannot overlap; that is how checks tolerate
 * rounding without hiding real errors.
 */
public record Interval(BigDecimal lower, BigDecimal upper) {

    public Interval {
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("empty interval " + lower + ".." + upper);
        }
    }

    /** The interval with no bounds: nothing can be proven about the value. */
    public static Interval unbounded() {
        return new Interval(null, null);
    }

    public boolean contains(BigDecimal v) {
        return (lower == null || lower.compareTo(v) <= 0) && (upper == null || upper.compareTo(v) >= 0);
    }

    public boolean overlaps(Interval o) {
        return (lower == null || o.upper == null || lower.compareTo(o.upper) <= 0)
                && (upper == null || o.lower == null || o.lower.compareTo(upper) <= 0);
    }

    /** The same interval multiplied by 10^n, exactly (e.g. from 万元 to 元 with n = 4). */
    public Interval scaleByPowerOfTen(int n) {
        return new Interval(lower == null ? null : lower.scaleByPowerOfTen(n).stripTrailingZeros(),
                upper == null ? null : upper.scaleByPowerOfTen(n).stripTrailingZeros());
    }

    /** The interval of a sum: bounds add, an unbounded side stays unbounded. */
    public Interval plus(Interval o) {
        return new Interval(lower == null || o.lower == null ? null : lower.add(o.lower),
                upper == null || o.upper == null ? null : upper.add(o.upper));
    }
}
