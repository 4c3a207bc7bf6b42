package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rounding tolerance: a figure with d decimals stands for ±½·10⁻ᵈ. */
class IntervalsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void halfUnitOfTheLastPrintedPlace() {
        assertEquals(0, d("0.005").compareTo(Intervals.half(d("12.34"))));
        assertEquals(0, d("0.5").compareTo(Intervals.half(d("86"))));
    }

    @Test
    void aSumOffByOneCentFromRoundedPartsIsConsistentButOffByOneYuanIsNot() {
        assertTrue(Intervals.sumConsistent(List.of(d("418.00"), d("1043.61")), d("1461.60")));
        assertFalse(Intervals.sumConsistent(List.of(d("418.00"), d("1043.61")), d("1462.61")));
    }

    @Test
    void aRateRoundedFromExactAmountsIsConsistentWithTheRoundedAmounts() {
        // 7.00 万元 budget, 6.995 executed exactly → 99.93%; printed amounts 7.00 and 7.00 give 100.00 naively
        assertTrue(Intervals.ratioConsistent(d("7.00"), d("7.00"), d("99.93")));
        assertFalse(Intervals.ratioConsistent(d("7.00"), d("7.00"), d("98.93")));
        assertTrue(Intervals.ratioConsistent(d("1956.56"), d("1461.60"), d("133.86")));
    }

    @Test
    void changeAndChangePercentAllowForTheRoundingOfBothYears() {
        assertTrue(Intervals.differenceConsistent(d("1733.73"), d("1841.01"), d("-107.28")));
        assertTrue(Intervals.differenceConsistent(d("1733.73"), d("1841.01"), d("-107.29")));
        assertFalse(Intervals.differenceConsistent(d("1733.73"), d("1841.01"), d("-108.28")));
        assertTrue(Intervals.changePercentConsistent(d("1733.73"), d("1841.01"), d("-5.83")));
        assertFalse(Intervals.changePercentConsistent(d("1733.73"), d("1841.01"), d("-5.93")));
    }
}
