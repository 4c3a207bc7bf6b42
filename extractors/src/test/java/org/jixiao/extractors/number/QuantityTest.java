package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Yuan conversion, rounding intervals and their widening by qualifiers. */
class QuantityTest {

    private static Quantity q(String cell) {
        return ((ParseResult.Value) NumberParser.parse(cell)).quantity();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void yuanIsExactAndKeepsNoInventedDecimals() {
        BigDecimal y = q("1733.73万元").yuan().orElseThrow();
        assertEquals(bd("17337300"), y);
        assertEquals(0, y.scale());
        assertEquals(bd("4774760.72"), q("4774760.72元").yuan().orElseThrow());
        assertEquals(bd("1000000000"), q("10亿元").yuan().orElseThrow());
        assertEquals(bd("19280"), q("1.928万元").yuan().orElseThrow());
        assertEquals(bd("2000"), q("0.2万元").yuan().orElseThrow());
        assertEquals(bd("500000"), q("500千元").yuan().orElseThrow());
        assertEquals(bd("50000"), q("五万元").yuan().orElseThrow());
    }

    @Test
    void sameAmountInWanYuanAndYuanCompareEqual() {
        assertEquals(0, q("2485万元").yuan().orElseThrow().compareTo(q("24850000.00元").yuan().orElseThrow()));
    }

    @Test
    void onlyAmountsHaveYuan() {
        assertTrue(q("94.5%").yuan().isEmpty());
        assertTrue(q("41个").yuan().isEmpty());
        assertTrue(q("1733.73").yuan().isEmpty(), "a bare number has no unit to convert");
    }

    @Test
    void baseUnitValues() {
        assertEquals(bd("0.945"), q("94.5%").inBaseUnit());
        assertEquals(bd("12000"), q("1.2万人").inBaseUnit());
        assertEquals(bd("41"), q("41个").inBaseUnit());
    }

    @Test
    void roundingIntervalIsHalfTheLastPrintedDigit() {
        Interval i = q("1733.73").interval();
        assertEquals(bd("1733.725"), i.lo());
        assertEquals(bd("1733.735"), i.hi());
        assertEquals(bd("0.005"), q("1733.73").halfUlp());
        Interval whole = q("15").interval();
        assertEquals(bd("14.5"), whole.lo());
        assertEquals(bd("15.5"), whole.hi());
        assertEquals(bd("94.45"), q("94.5%").interval().lo());
    }

    @Test
    void yuanIntervalCarriesThePrecision() {
        Interval i = q("1733.73万元").yuanInterval().orElseThrow();
        assertEquals(0, bd("17337250").compareTo(i.lo()));
        assertEquals(0, bd("17337350").compareTo(i.hi()));
        assertTrue(i.contains(bd("17337299.99")));
        assertFalse(i.contains(bd("17337400")));
    }

    @Test
    void qualifiersWidenTheInterval() {
        Interval more = q("1000余个").interval();
        assertEquals(bd("999.5"), more.lo());
        assertNull(more.hi());
        Interval atLeast = q("≥95%").interval();
        assertEquals(bd("94.5"), atLeast.lo());
        assertNull(atLeast.hi());
        Interval atMost = q("≤5%").interval();
        assertNull(atMost.lo());
        assertEquals(bd("5.5"), atMost.hi());
        Interval less = q("<3%").interval();
        assertNull(less.lo());
        assertEquals(bd("3.5"), less.hi());
        Interval about = q("约5万元").interval();
        assertNull(about.lo());
        assertNull(about.hi());
        Interval equal = q("=100%").interval();
        assertEquals(bd("99.5"), equal.lo());
        assertEquals(bd("100.5"), equal.hi());
    }

    @Test
    void intervalsOverlapWhenRoundingExplainsTheDifference() {
        // 1607.83 + 125.90 = 1733.73 exactly; 1607.83 + 125.91 = 1733.74 differs by more than rounding
        Interval sum = q("1607.83").interval().plus(q("125.90").interval());
        assertTrue(sum.overlaps(q("1733.73").interval()));
        Interval off = q("1607.83").interval().plus(q("125.95").interval());
        assertFalse(off.overlaps(q("1733.73").interval()));
        assertTrue(Interval.ALL.overlaps(q("1").interval()));
    }

    @Test
    void recordRefusesAScaleThatIsNotThePrintedPrecision() {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(bd("1733.7"), 2, Unit.NONE,
                Qualifier.EXACT, UnitSource.NONE, 0, 7, "1733.70"));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(bd("5"), 0, Unit.NONE,
                Qualifier.EXACT, UnitSource.NONE, 0, 2, "5"));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(bd("5"), 0, Unit.NONE,
                Qualifier.EXACT, UnitSource.PRINTED, 0, 1, "5"));
        assertThrows(IllegalArgumentException.class, () -> new Interval(bd("2"), bd("1")));
    }
}
