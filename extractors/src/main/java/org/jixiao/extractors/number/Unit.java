package org.jixiao.extractors.number;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit printed after a number, from the data list {@code units.tsv} (not from code, so a new measure
 * word is a one-line change).
 *
 * @param symbol   as printed, e.g. {@code 万元}; empty for {@link #NONE}
 * @param kind     what the unit measures
 * @param exponent the value times 10^exponent is the amount in the kind's base unit (元, a plain ratio, one
 *                 item): 万元 is 4, % is −2, 个 is 0
 */
public record Unit(String symbol, Kind kind, int exponent) {

    /** No unit printed. */
    public static final Unit NONE = new Unit("", Kind.PLAIN, 0);

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
    }

    /** The unit with exactly this symbol in the data list. */
    public static Optional<Unit> of(String symbol) {
        return Optional.ofNullable(Lexicon.get().unit(symbol));
    }

    public boolean isNone() {
        return symbol.isEmpty();
    }

    /** A bare magnitude such as 万 or 亿: scales a number but says nothing about what it counts. */
    public boolean isMagnitude() {
        return kind == Kind.PLAIN && exponent > 0;
    }

    /**
     * This bare magnitude read as money when {@code label} names money ({@code 投入资金29.6万}: 万 → 10^4 元,
     * symbol kept as printed); otherwise this unit unchanged. Words in {@code money-words.txt}.
     */
    public Unit asMoneyFor(String label) {
        if (!isMagnitude() || label == null || !Lexicon.get().namesMoney(label)) {
            return this;
        }
        return asMoney();
    }

    /** This bare magnitude read as money (万 → 10^4 元, symbol kept as printed); otherwise this unit unchanged. */
    public Unit asMoney() {
        return isMagnitude() ? new Unit(symbol, Kind.AMOUNT, exponent) : this;
    }

    /** A magnitude followed by a unit, e.g. 万 + 人 → 万人 (COUNT, exponent 4). */
    static Unit compose(Unit magnitude, Unit base) {
        return new Unit(magnitude.symbol + base.symbol, base.kind, magnitude.exponent + base.exponent);
    }

    @Override
    public String toString() {
        return symbol.isEmpty() ? "(none)" : symbol;
    }
}
