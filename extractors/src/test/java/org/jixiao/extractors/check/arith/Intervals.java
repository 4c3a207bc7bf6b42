package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;

/** Assertions on intervals by numeric value (BigDecimal.equals would also compare scales). */
final class Intervals {

    private Intervals() {
    }

    /** {@code lo} or {@code hi} null for an unbounded end. */
    static void assertInterval(String lo, String hi, Interval actual) {
        assertEnd("lower end of " + actual, lo, actual.lo());
        assertEnd("upper end of " + actual, hi, actual.hi());
    }

    static void assertNumber(String expected, BigDecimal actual) {
        assertEnd("number", expected, actual);
    }

    private static void assertEnd(String what, String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual, what + " should be unbounded");
            return;
        }
        if (actual == null) {
            fail(what + " is unbounded, expected " + expected);
        }
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Interval printed(String s) {
        return Interval.ofPrinted(new BigDecimal(s));
    }
}
