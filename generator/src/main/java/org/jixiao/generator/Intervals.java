package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.extractors.number.Interval;

/**
 * Consistency under rounding, judged the way the checks judge it (through the shared {@link Interval}): a
 * figure printed with d decimals stands for ±½·10⁻ᵈ, and two figures are inconsistent only when their
 * intervals cannot meet. The generator uses it to make sure a planted problem really is one and a rounding
 * difference really is not.
 */
public final class Intervals {

    private Intervals() {
    }

    /** Half a unit in the last printed place: 0.005 for 12.34, 0.5 for 12. */
    public static BigDecimal half(BigDecimal printed) {
        return Interval.halfUlp(printed);
    }

    /** Whether {@code total} can be the sum of {@code parts}, each as printed. */
    public static boolean sumConsistent(List<BigDecimal> parts, BigDecimal total) {
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (BigDecimal p : parts) {
            sum = sum.plus(Interval.ofPrinted(p));
        }
        return sum.overlaps(Interval.ofPrinted(total));
    }

    /** Whether {@code change} can be {@code current − last} (signed). */
    public static boolean differenceConsistent(BigDecimal current, BigDecimal last, BigDecimal change) {
        return Interval.ofPrinted(current).minus(Interval.ofPrinted(last)).overlaps(Interval.ofPrinted(change));
    }

    /** Whether {@code percent} can be {@code numerator ÷ denominator × 100}. */
    public static boolean ratioConsistent(BigDecimal numerator, BigDecimal denominator, BigDecimal percent) {
        Optional<Interval> ratio = Interval.ofPrinted(numerator).dividedBy(Interval.ofPrinted(denominator));
        // a denominator that may be zero bounds nothing
        return ratio.map(r -> r.scaled(2).overlaps(Interval.ofPrinted(percent))).orElse(true);
    }

    /** Whether {@code percent} can be the change from {@code last} to {@code current}, in % of last (signed). */
    public static boolean changePercentConsistent(BigDecimal current, BigDecimal last, BigDecimal percent) {
        Optional<Interval> ratio = Interval.ofPrinted(current).dividedBy(Interval.ofPrinted(last));
        return ratio.map(r -> r.minus(Interval.exact(BigDecimal.ONE)).scaled(2)
                .overlaps(Interval.ofPrinted(percent))).orElse(true);
    }
}
