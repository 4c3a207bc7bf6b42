package org.jixiao.extractors.number;

import java.util.Optional;

/**
 * The reading of one whole string (a table cell): a figure, a range, an explicit "no value", digits that are
 * not a figure, or a plain reason why it is not a number. Never a guess.
 */
public sealed interface ParseResult {

    /** The string is one figure. */
    record Value(Quantity quantity) implements ParseResult { }

    /** The string is one range ({@code 90-100分}). */
    record Range(QuantityRange range) implements ParseResult { }

    /**
     * The string is a marker for "no value" ({@code /}, {@code —}, {@code 无}): the author left it empty on
     * purpose. Distinct from {@link NotANumber}, which means we could not read what is there.
     */
    record NoValue(String marker) implements ParseResult { }

    /** The string is digits that are not a figure: a year ({@code 2021年}), a date, a section number. */
    record NotAFigure(NonFigure what) implements ParseResult { }

    /** The string is not a number; {@code reason} says why in plain words. */
    record NotANumber(String reason) implements ParseResult { }

    /** Whether this is a single figure. */
    default boolean isValue() {
        return this instanceof Value;
    }

    /** The single figure, if this is one. */
    default Optional<Quantity> asQuantity() {
        return this instanceof Value v ? Optional.of(v.quantity()) : Optional.empty();
    }
}
