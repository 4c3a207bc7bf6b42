package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;

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
 * @param toleranceWords how rounding was allowed for, in words for the finance officer ({@link #tolerance}): written
 *                      when first asked for, since most comparisons hold and are never shown
 */
public record Comparison(Verdict verdict, Interval reported, Interval computed, BigDecimal difference,
                         BigDecimal computedValue, Supplier<String> toleranceWords) {

    public Comparison {
        toleranceWords = new Once(toleranceWords);
    }

    /** How rounding was allowed for, in words for the finance officer. */
    public String tolerance() {
        return toleranceWords.get();
    }

    /** A supplier asked once, its answer kept. */
    private static final class Once implements Supplier<String> {
        private Supplier<String> words;
        private String written;

        Once(Supplier<String> words) {
            this.words = words;
        }

        @Override
        public synchronized String get() {
            if (words != null) {
                written = words.get();
                words = null;
            }
            return written;
        }
    }

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

    /**
     * The finding this comparison calls for, or empty when it calls for none (consistent or undetermined).
     * {@code expected} is the value at the printed figures and the interval the inputs allow, so the officer sees
     * both what the report should have said and how much room rounding left.
     *
     * @param actual the reported figure as printed ("72.61万元")
     * @param at     every figure involved, reported first
     */
    public Optional<Finding> finding(String rule, String code, String message, String actual, List<Provenance> at) {
        return verdict.severity().map(severity -> new Finding(rule, code, severity, message, expected(), actual,
                tolerance(), at));
    }

    private String expected() {
        String value = computedValue == null ? "" : computedValue.toPlainString();
        if (computed == null) {
            return value;
        }
        int scale = computedValue == null ? 4 : Math.max(computedValue.scale(), 0) + 2;
        return value + (value.isEmpty() ? "" : " ") + computed.format(scale);
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case CONSISTENT -> 0;
            case CONSISTENT_IF_TRUNCATED -> 1;
            case CONSISTENT_IF_FEWER_DECIMALS -> 2;
            case CONSISTENT_IF_ROUNDED_ALIKE -> 3;
            case INCONSISTENT -> 4;
            case UNDETERMINED -> 5;
        };
    }
}
