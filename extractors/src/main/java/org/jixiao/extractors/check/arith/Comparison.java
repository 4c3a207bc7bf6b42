package org.jixiao.extractors.check.arith;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * The evidence of one "reported vs computed" comparison, in the terms a finding needs.
 *
 * @param verdict       the outcome
 * @param reported      the region the reported figure allows under the standard rounding reading: its interval for
 *                      an equality, everything up to its upper end for a "parts ≤ total" check, {@code [0, weight]}
 *                      for a score
 * @param computed      the interval the inputs allow under the standard reading; null when {@link Verdict#UNDETERMINED}
 * @param difference    the distance between {@code reported} and {@code computed} (zero when they overlap; null when
 *                      undetermined): by how much the figures miss even with every rounding in their favour
 * @param computedValue the computation on the printed values, rounded half-up to the reported figure's decimals
 *                      (what a reader would have expected to see); null when undefined
 * @param tolerance     how rounding was allowed for, in words for the finance officer
 */
public record Comparison(Verdict verdict, Interval reported, Interval computed, BigDecimal difference,
                         BigDecimal computedValue, String tolerance) {

    /** Orders comparisons from the best explained to the worst: by verdict, then by difference. */
    public static final Comparator<Comparison> BEST_FIRST = Comparator
            .comparingInt((Comparison c) -> rank(c.verdict()))
            .thenComparing(c -> c.difference() == null ? BigDecimal.ZERO : c.difference());

    public Optional<Interval> computedInterval() {
        return Optional.ofNullable(computed);
    }

    public boolean consistent() {
        return verdict == Verdict.CONSISTENT;
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case CONSISTENT -> 0;
            case CONSISTENT_IF_TRUNCATED -> 1;
            case CONSISTENT_IF_FEWER_DECIMALS -> 2;
            case INCONSISTENT -> 3;
            case UNDETERMINED -> 4;
        };
    }
}
