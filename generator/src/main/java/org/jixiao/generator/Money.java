package org.jixiao.generator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Exact money arithmetic for the generator. Amounts are drawn in 元 with fen (2 decimals) and only rounded
 * when printed — to 万元 with 2 decimals, rates to 1 or 2 decimals — exactly as a finance office's
 * spreadsheet does, which is what produces honest rounding-level differences between printed figures.
 */
final class Money {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** A random amount in 元 (with fen) between {@code loWan} and {@code hiWan} 万元. */
    static BigDecimal yuanBetween(SplittableRandom rng, double loWan, double hiWan) {
        long lo = Math.round(loWan * 1_000_000); // 万元 → fen
        long hi = Math.round(hiWan * 1_000_000);
        return BigDecimal.valueOf(rng.nextLong(lo, hi + 1), 2);
    }

    /** {@code yuan × factor}, kept to the fen. */
    static BigDecimal scale(BigDecimal yuan, double factor) {
        return yuan.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    /** 元 → 万元 as printed: 2 decimals, half up. */
    static BigDecimal wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** A percentage {@code part ÷ whole × 100} rounded to {@code decimals}. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole, int decimals) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A score as a report prints it: no trailing zeros, never in exponent form (9.50 → 9.5, 10.0 → 10). */
    static BigDecimal score(BigDecimal s) {
        BigDecimal t = s.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    static double between(SplittableRandom rng, double lo, double hi) {
        return lo + rng.nextDouble() * (hi - lo);
    }
}
