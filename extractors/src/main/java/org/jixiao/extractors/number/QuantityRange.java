package org.jixiao.extractors.number;

import java.util.Objects;

/**
 * A range printed as two figures joined by a dash, tilde or 至: {@code 90-100分}, {@code 80%～100%}.
 *
 * <p>A range is its own kind of result rather than two loose numbers, because "90-100分" states one fact (a
 * band), and reading it as 90 and 100 would invite a sum check over numbers that are not parts of anything.
 * When only the second end carries a unit, the first shares it ({@link UnitSource#SHARED}).
 *
 * <p>{@code low} is always the smaller end; a band printed high to low ({@code 100%-80%}, as in scoring
 * rules) keeps its span, with {@code low} being the second figure in the text ({@link #descending()}).
 */
public record QuantityRange(Quantity low, Quantity high, int start, int end, String text) implements Mention {

    public QuantityRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (!low.unit().equals(high.unit())) {
            throw new IllegalArgumentException("range ends in different units: " + low + ", " + high);
        }
        if (low.value().compareTo(high.value()) > 0) {
            throw new IllegalArgumentException("range reversed: " + low + ", " + high);
        }
        if (start != Math.min(low.start(), high.start()) || end != Math.max(low.end(), high.end())
                || text.length() != end - start) {
            throw new IllegalArgumentException("range span " + start + ".." + end + " does not cover its ends");
        }
    }

    /** Whether the text printed the larger end first ({@code 80%-60%}). */
    public boolean descending() {
        return low.start() > high.start();
    }

    public Unit unit() {
        return high.unit();
    }

    public Kind kind() {
        return high.kind();
    }

    /** From the lower end's lower bound to the upper end's upper bound. */
    public Interval interval() {
        return new Interval(low.interval().lo(), high.interval().hi());
    }
}
