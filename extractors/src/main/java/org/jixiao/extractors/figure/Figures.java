package org.jixiao.extractors.figure;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.number.Quantity;
import org.jixiao.extractors.number.Unit;

/** Builds a {@link Figure} from a quantity and the unit it was printed with or that its context states. */
final class Figures {

    private Figures() {
    }

    /**
     * The figure for {@code q} named {@code label}, measured in {@code unit} (the printed one, or one stated by
     * a header, caption or line above), or a score when {@code unit} is none and the context names a score.
     * Empty when no kind can be told: a bare number with no unit and no score context is not guessed at.
     *
     * <p>Physical measures (米, 亩, 吨) are reported as {@link Figure.Kind#COUNT}: the contract has no kind for
     * them, the unit still says what they are.
     */
    static Optional<Figure> of(String label, Quantity q, Unit unit, boolean scoreContext, Provenance at) {
        return of(label, q.value(), unit, scoreContext, at);
    }

    /** As {@link #of(String, Quantity, Unit, boolean, Provenance)} for a value read without the number layer. */
    static Optional<Figure> of(String label, BigDecimal value, Unit given, boolean scoreContext, Provenance at) {
        Unit unit = given.asMoneyFor(label); // 投入资金29.6万: the magnitude alone is money
        if (unit.isNone() || unit.isMagnitude()) {
            if (scoreContext && unit.isNone()) {
                return Optional.of(new Figure(label, value, null, null, Figure.Kind.SCORE, at));
            }
            return Optional.empty();
        }
        Figure.Kind kind = switch (unit.kind()) {
            case AMOUNT -> Figure.Kind.AMOUNT;
            case RATE -> Figure.Kind.RATE;
            case SCORE -> Figure.Kind.SCORE;
            case COUNT, MEASURE -> Figure.Kind.COUNT;
            case PLAIN -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        BigDecimal yuan = kind == Figure.Kind.AMOUNT ? inBase(value, unit) : null;
        return Optional.of(new Figure(label, value, unit.symbol(), yuan, kind, at));
    }

    /** {@code value × 10^exponent}, exact, never with a negative scale (1234.56万元 → 12345600). */
    static BigDecimal inBase(BigDecimal value, Unit unit) {
        BigDecimal v = value.scaleByPowerOfTen(unit.exponent());
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
