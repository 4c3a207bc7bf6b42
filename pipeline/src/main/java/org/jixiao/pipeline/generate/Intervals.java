package org.jixiao.pipeline.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Consistency under rounding, the way the domain asks checkers to judge it: a figure printed with d decimals
 * stands for the interval ±½·10⁻ᵈ; combine the intervals and call two figures inconsistent only when the
 * intervals cannot meet. The generator uses it to make sure a planted problem is really a problem and a
 * rounding difference is really not one.
 */
public final class Intervals {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Intervals() {
    }

    /** Half a unit in the last printed place: 0.005 for 12.34, 0.5 for 12. */
    public static BigDecimal half(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /** Whether {@code total} can be the sum of {@code parts}, each as printed. */
    public static boolean sumConsistent(List<BigDecimal> parts, BigDecimal total) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = half(total);
        for (BigDecimal p : parts) {
            sum = sum.add(p);
            slack = slack.add(half(p));
        }
        return sum.subtract(total).abs().compareTo(slack) <= 0;
    }

    /** Whether {@code change} can be {@code current − last} (signed). */
    public static boolean differenceConsistent(BigDecimal current, BigDecimal last, BigDecimal change) {
        BigDecimal slack = half(current).add(half(last)).add(half(change));
        return current.subtract(last).subtract(change).abs().compareTo(slack) <= 0;
    }

    /** Whether {@code percent} can be {@code numerator ÷ denominator × 100}. */
    public static boolean ratioConsistent(BigDecimal numerator, BigDecimal denominator, BigDecimal percent) {
        BigDecimal nLo = numerator.subtract(half(numerator));
        BigDecimal nHi = numerator.add(half(numerator));
        BigDecimal dLo = denominator.subtract(half(denominator));
        BigDecimal dHi = denominator.add(half(denominator));
        if (dLo.signum() <= 0) {
            return true; // a denominator that may be zero bounds nothing
        }
        BigDecimal lo = nLo.multiply(HUNDRED).divide(nLo.signum() >= 0 ? dHi : dLo, MC);
        BigDecimal hi = nHi.multiply(HUNDRED).divide(nHi.signum() >= 0 ? dLo : dHi, MC);
        BigDecimal pLo = percent.subtract(half(percent));
        BigDecimal pHi = percent.add(half(percent));
        return pHi.compareTo(lo) >= 0 && pLo.compareTo(hi) <= 0;
    }

    /** Whether {@code percent} can be the change from {@code last} to {@code current}, in % of last (signed). */
    public static boolean changePercentConsistent(BigDecimal current, BigDecimal last, BigDecimal percent) {
        BigDecimal cLo = current.subtract(half(current));
        BigDecimal cHi = current.add(half(current));
        BigDecimal lLo = last.subtract(half(last));
        BigDecimal lHi = last.add(half(last));
        if (lLo.signum() <= 0) {
            return true;
        }
        BigDecimal lo = cLo.divide(lHi, MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
        BigDecimal hi = cHi.divide(lLo, MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
        BigDecimal pLo = percent.subtract(half(percent));
        BigDecimal pHi = percent.add(half(percent));
        return pHi.compareTo(lo) >= 0 && pLo.compareTo(hi) <= 0;
    }
}
