package org.jixiao.extractors.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed interval of real numbers that is guaranteed to contain the true value of a figure.
 *
 * <p>Why intervals: a report prints {@code 1234.56万元}, which only tells us the true amount lies in
 * [1234.555, 1234.565]. Following XBRL Calculations 1.1 (as implemented by Arelle) and statcheck, every check
 * recomputes with intervals and calls a figure inconsistent only when the reported and computed intervals cannot
 * overlap. Every operation therefore rounds <em>outward</em> (lower end toward −∞, upper end toward +∞): an
 * interval may be a little too wide, never too narrow, so a check never cries wolf because of our own arithmetic.
 *
 * <p>Unbounded ends: {@code lo == null} means −∞ and {@code hi == null} means +∞. Hedged figures use them
 * ("1000余个" is {@code [1000, +∞)}, "满意度≥80%" is {@code [80, +∞)}). A plain {@code null} was chosen over a
 * sentinel BigDecimal because BigDecimal has no infinity and a huge sentinel would silently take part in sums.
 *
 * <p>Division by an interval that contains zero has no useful bound; {@link #dividedBy(Interval)} returns
 * {@link Optional#empty()} for it so that a caller must decide what an undefined ratio means (the checks report
 * {@link Verdict#UNDETERMINED}).
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    /** Digits kept when dividing; far beyond any printed figure, so outward rounding widens by ~10⁻³⁴ relative. */
    public static final MathContext DIVISION = new MathContext(34);

    /** The whole real line. */
    public static final Interval ALL = new Interval(null, null);

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    public Interval {
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /**
     * The values that round to {@code printed} at its printed number of decimals d: {@code printed ± ½·10⁻ᵈ}.
     * Both ends are included, so round-half-up and round-half-even writers are both covered.
     * {@code 1234.56} → [1234.555, 1234.565]; {@code 15} → [14.5, 15.5]; {@code 94.50} → [94.495, 94.505].
     */
    public static Interval ofPrinted(BigDecimal printed) {
        BigDecimal half = halfUlp(printed);
        return new Interval(printed.subtract(half), printed.add(half));
    }

    /** Half a unit in the last printed place: 0.005 for {@code 1.23}, 0.5 for {@code 15}. */
    public static BigDecimal halfUlp(BigDecimal printed) {
        return new BigDecimal(BigInteger.ONE, printed.scale()).multiply(FIVE).movePointLeft(1);
    }

    /** A value known exactly (a count, a weight of 10 points set by rule, a unit factor). */
    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    /**
     * The values that a writer who <em>truncates</em> instead of rounding would print as {@code printed}: toward
     * zero, so {@code 94.4} → [94.4, 94.5], {@code -3.2} → [-3.3, -3.2], {@code 0.0} → [-0.1, 0.1]. The ends are
     * closed (the true set is half-open); that is wider, hence still safe.
     */
    public static Interval truncated(BigDecimal printed) {
        BigDecimal unit = new BigDecimal(BigInteger.ONE, printed.scale());
        return switch (printed.signum()) {
            case 1 -> new Interval(printed, printed.add(unit));
            case -1 -> new Interval(printed.subtract(unit), printed);
            default -> new Interval(unit.negate(), unit);
        };
    }

    /** {@code [lo, hi]}. */
    public static Interval of(BigDecimal lo, BigDecimal hi) {
        return new Interval(lo, hi);
    }

    /** {@code [value, +∞)}: "以上", "≥", "余", "超过" (the caller decides whether the bound itself is included). */
    public static Interval atLeast(BigDecimal value) {
        return new Interval(Objects.requireNonNull(value), null);
    }

    /** {@code (−∞, value]}: "以下", "≤", "不超过". */
    public static Interval atMost(BigDecimal value) {
        return new Interval(null, Objects.requireNonNull(value));
    }

    public boolean boundedBelow() {
        return lo != null;
    }

    public boolean boundedAbove() {
        return hi != null;
    }

    public boolean bounded() {
        return lo != null && hi != null;
    }

    /** Half the width, or empty when unbounded. */
    public Optional<BigDecimal> halfWidth() {
        return bounded() ? Optional.of(hi.subtract(lo).divide(BigDecimal.TWO)) : Optional.empty();
    }

    /** The centre, or empty when unbounded. */
    public Optional<BigDecimal> midpoint() {
        return bounded() ? Optional.of(lo.add(hi).divide(BigDecimal.TWO)) : Optional.empty();
    }

    public boolean contains(BigDecimal value) {
        return (lo == null || lo.compareTo(value) <= 0) && (hi == null || value.compareTo(hi) <= 0);
    }

    public boolean contains(Interval other) {
        boolean below = lo == null || (other.lo != null && lo.compareTo(other.lo) <= 0);
        boolean above = hi == null || (other.hi != null && other.hi.compareTo(hi) <= 0);
        return below && above;
    }

    /** Whether some value lies in both (closed ends: touching intervals overlap). */
    public boolean overlaps(Interval other) {
        boolean thisNotBelow = hi == null || other.lo == null || other.lo.compareTo(hi) <= 0;
        boolean otherNotBelow = other.hi == null || lo == null || lo.compareTo(other.hi) <= 0;
        return thisNotBelow && otherNotBelow;
    }

    /** The gap between two intervals, zero when they overlap: how far a figure is from being explainable. */
    public BigDecimal distance(Interval other) {
        if (overlaps(other)) {
            return BigDecimal.ZERO;
        }
        // no overlap implies the relevant ends are finite
        return hi != null && other.lo != null && hi.compareTo(other.lo) < 0
                ? other.lo.subtract(hi)
                : lo.subtract(other.hi);
    }

    /** The smallest interval containing both. */
    public Interval hull(Interval other) {
        BigDecimal l = lo == null || other.lo == null ? null : lo.min(other.lo);
        BigDecimal h = hi == null || other.hi == null ? null : hi.max(other.hi);
        return new Interval(l, h);
    }

    /** Wider by {@code margin} on both sides (an extra tolerance, a hedge such as 约). */
    public Interval widen(BigDecimal margin) {
        if (margin.signum() < 0) {
            throw new IllegalArgumentException("negative margin " + margin);
        }
        return new Interval(lo == null ? null : lo.subtract(margin), hi == null ? null : hi.add(margin));
    }

    /** Sum: the ends add, so half-widths add. */
    public Interval plus(Interval other) {
        return new Interval(lo == null || other.lo == null ? null : lo.add(other.lo),
                hi == null || other.hi == null ? null : hi.add(other.hi));
    }

    public Interval negate() {
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
    }

    /** Difference {@code [lo − other.hi, hi − other.lo]}: the two operands are independent. */
    public Interval minus(Interval other) {
        return plus(other.negate());
    }

    public Interval times(BigDecimal factor) {
        return times(exact(factor));
    }

    /** Product; by the usual interval convention 0 × ∞ = 0. Exact (BigDecimal multiplication does not round). */
    public Interval times(Interval other) {
        List<End> products = new ArrayList<>(4);
        for (End a : ends()) {
            for (End b : other.ends()) {
                products.add(End.times(a, b));
            }
        }
        return span(products, products);
    }

    /** Quotient with {@link #DIVISION} digits; empty when {@code divisor} contains zero. */
    public Optional<Interval> dividedBy(Interval divisor) {
        return dividedBy(divisor, DIVISION);
    }

    /**
     * Quotient, each end rounded outward to {@code mc}'s precision (its rounding mode is ignored: the lower end is
     * rounded toward −∞, the upper toward +∞). Empty when {@code divisor} contains zero: the quotient is then
     * unbounded or undefined and no check can rely on it.
     */
    public Optional<Interval> dividedBy(Interval divisor, MathContext mc) {
        if (divisor.contains(BigDecimal.ZERO)) {
            return Optional.empty();
        }
        MathContext down = new MathContext(mc.getPrecision(), RoundingMode.FLOOR);
        MathContext up = new MathContext(mc.getPrecision(), RoundingMode.CEILING);
        List<End> lows = new ArrayList<>(6);
        List<End> highs = new ArrayList<>(6);
        for (End a : ends()) {
            for (End b : divisor.ends()) {
                End.divide(a, b, down, lows);
                End.divide(a, b, up, highs);
            }
        }
        return Optional.of(span(lows, highs));
    }

    /** Multiplied by 10^k exactly: unit conversion (万元 → 元 is k = 4) and ratio → percent (k = 2). */
    public Interval scaled(int powerOfTen) {
        return new Interval(lo == null ? null : lo.scaleByPowerOfTen(powerOfTen),
                hi == null ? null : hi.scaleByPowerOfTen(powerOfTen));
    }

    /** {@code {|x| : x ∈ this}}. */
    public Interval abs() {
        if (lo != null && lo.signum() >= 0) {
            return this;
        }
        if (hi != null && hi.signum() <= 0) {
            return negate();
        }
        BigDecimal h = lo == null || hi == null ? null : lo.negate().max(hi);
        return new Interval(BigDecimal.ZERO, h);
    }

    /** {@code {min(x, cap) : x ∈ this}}: a score capped at full marks. */
    public Interval capAt(BigDecimal cap) {
        BigDecimal l = lo == null ? null : lo.min(cap);
        BigDecimal h = hi == null ? cap : hi.min(cap);
        return new Interval(l, h);
    }

    /**
     * For messages: ends rounded outward to {@code scale} decimals, trailing zeros kept, infinite ends as ±∞.
     * {@code [94.4657…, 94.4701…]} at scale 2 → {@code [94.46, 94.48]}.
     */
    public String format(int scale) {
        String l = lo == null ? "(−∞" : "[" + lo.setScale(scale, RoundingMode.FLOOR).toPlainString();
        String h = hi == null ? "+∞)" : hi.setScale(scale, RoundingMode.CEILING).toPlainString() + "]";
        return l + ", " + h;
    }

    @Override
    public String toString() {
        return (lo == null ? "(−∞" : "[" + lo.toPlainString()) + ", " + (hi == null ? "+∞)" : hi.toPlainString() + "]");
    }

    private List<End> ends() {
        return List.of(End.lower(lo), End.upper(hi));
    }

    private static Interval span(List<End> lows, List<End> highs) {
        BigDecimal l = null;
        boolean lowInfinite = false;
        for (End e : lows) {
            if (e.infinity() < 0) {
                lowInfinite = true;
            } else if (e.infinity() == 0) {
                l = l == null ? e.value() : l.min(e.value());
            }
        }
        BigDecimal h = null;
        boolean highInfinite = false;
        for (End e : highs) {
            if (e.infinity() > 0) {
                highInfinite = true;
            } else if (e.infinity() == 0) {
                h = h == null ? e.value() : h.max(e.value());
            }
        }
        return new Interval(lowInfinite ? null : l, highInfinite ? null : h);
    }

    /** An end in the extended reals: {@code infinity} is −1, 0 or +1; {@code value} is set only when finite. */
    private record End(int infinity, BigDecimal value) {

        static End lower(BigDecimal v) {
            return v == null ? new End(-1, null) : new End(0, v);
        }

        static End upper(BigDecimal v) {
            return v == null ? new End(1, null) : new End(0, v);
        }

        int signum() {
            return infinity != 0 ? infinity : value.signum();
        }

        static End times(End a, End b) {
            if (a.infinity == 0 && b.infinity == 0) {
                return new End(0, a.value.multiply(b.value));
            }
            int sign = a.signum() * b.signum();
            return sign == 0 ? new End(0, BigDecimal.ZERO) : new End(sign, null);
        }

        /** Adds the candidate quotient(s) a ÷ b; b is non-zero because the divisor excludes zero. */
        static void divide(End a, End b, MathContext mc, List<End> out) {
            if (a.infinity == 0 && b.infinity == 0) {
                out.add(new End(0, a.value.divide(b.value, mc)));
            } else if (a.infinity == 0) {
                out.add(new End(0, BigDecimal.ZERO));
            } else if (b.infinity == 0) {
                out.add(new End(a.infinity * b.signum(), null));
            } else {
                // ∞ ÷ ∞ may be anything of that sign: both extremes are candidates (wider, hence safe)
                out.add(new End(0, BigDecimal.ZERO));
                out.add(new End(a.infinity * b.infinity, null));
            }
        }
    }
}
