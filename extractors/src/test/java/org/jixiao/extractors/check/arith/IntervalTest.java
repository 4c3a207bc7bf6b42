package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import static org.jixiao.extractors.check.arith.Intervals.assertInterval;
import static org.jixiao.extractors.check.arith.Intervals.assertNumber;
import static org.jixiao.extractors.check.arith.Intervals.d;
import static org.jixiao.extractors.check.arith.Intervals.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntervalTest {

    @Nested
    class FromPrintedFigures {

        @Test
        void aFigureShownWithDDecimalsIsPlusMinusHalfAUnitInTheLastPlace() {
            assertInterval("1733.725", "1733.735", printed("1733.73"));
            assertInterval("14.5", "15.5", printed("15"));
            assertInterval("94.495", "94.505", printed("94.50"));
            assertInterval("-107.285", "-107.275", printed("-107.28"));
        }

        @Test
        void aNegativeScaleMeansRoundedToTensOrThousands() {
            assertInterval("500", "1500", Interval.ofPrinted(new BigDecimal("1E+3")));
        }

        @Test
        void halfUlpIsTheToleranceOfOneFigure() {
            assertNumber("0.005", Interval.halfUlp(d("1733.73")));
            assertNumber("0.5", Interval.halfUlp(d("7")));
        }

        @Test
        void truncationGoesTowardZero() {
            assertInterval("94.4", "94.5", Interval.truncated(d("94.4")));
            assertInterval("-3.3", "-3.2", Interval.truncated(d("-3.2")));
            assertInterval("-0.1", "0.1", Interval.truncated(d("0.0")));
        }

        @Test
        void exactAndOneSidedIntervals() {
            assertInterval("10", "10", Interval.exact(d("10")));
            assertInterval("1000", null, Interval.atLeast(d("1000")));
            assertInterval(null, "60", Interval.atMost(d("60")));
            assertInterval(null, null, Interval.ALL);
        }

        @Test
        void anEmptyIntervalIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> Interval.of(d("2"), d("1")));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void sumsWidenByTheSumOfHalfWidths() {
            Interval sum = printed("29.03").plus(printed("14.48")).plus(printed("15")).plus(printed("7"))
                    .plus(printed("7"));
            assertInterval("71.0", "74.02", sum);
            assertNumber("1.51", sum.halfWidth().orElseThrow());
            assertNumber("72.51", sum.midpoint().orElseThrow());
        }

        @Test
        void aDifferenceTakesTheFarEndsOfBoth() {
            assertInterval("-124.57", "-124.55", printed("1733.73").minus(printed("1858.29")));
        }

        @Test
        void productsTakeTheExtremesOfTheFourCorners() {
            assertInterval("-10", "15", Interval.of(d("-2"), d("3")).times(Interval.of(d("4"), d("5"))));
            assertInterval("4510550", "4510650", printed("451.06").times(d("10000")));
        }

        @Test
        void productsWithUnboundedEnds() {
            assertInterval("2000", null, Interval.atLeast(d("1000")).times(Interval.of(d("2"), d("3"))));
            assertInterval(null, null, Interval.of(d("-1"), d("2")).times(Interval.atLeast(d("1"))));
            assertInterval("0", "0", Interval.exact(BigDecimal.ZERO).times(Interval.ALL));
        }

        @Test
        void exactQuotientsStayExact() {
            assertInterval("2", "3", Interval.of(d("6"), d("9")).dividedBy(Interval.exact(d("3"))).orElseThrow());
            assertInterval("-2", "-0.5",
                    Interval.of(d("-4"), d("-2")).dividedBy(Interval.of(d("2"), d("4"))).orElseThrow());
        }

        @Test
        void inexactQuotientsAreRoundedOutward() {
            Interval third = Interval.exact(BigDecimal.ONE).dividedBy(Interval.exact(d("3"))).orElseThrow();
            assertTrue(third.lo().multiply(d("3")).compareTo(BigDecimal.ONE) < 0, third.toString());
            assertTrue(third.hi().multiply(d("3")).compareTo(BigDecimal.ONE) > 0, third.toString());
            Interval coarse = Interval.exact(BigDecimal.ONE).dividedBy(Interval.exact(d("3")), new MathContext(3))
                    .orElseThrow();
            assertInterval("0.333", "0.334", coarse);
        }

        @Test
        void aRateFromRoundedAmountsKeepsTheirWholeUncertainty() {
            // 1.80 / 3.00: the naive 60.00% hides that anything from 59.73% to 60.27% is possible
            Interval rate = printed("1.80").dividedBy(printed("3.00")).orElseThrow().scaled(2);
            assertEquals("[59.73, 60.27]", rate.format(2));
            assertTrue(rate.contains(d("59.93")));
        }

        @Test
        void divisionByAnIntervalContainingZeroIsUndefined() {
            assertTrue(printed("5.00").dividedBy(Interval.exact(BigDecimal.ZERO)).isEmpty());
            assertTrue(printed("5.00").dividedBy(printed("0")).isEmpty(), "0 printed is [-0.5, 0.5]");
            assertTrue(printed("5.00").dividedBy(Interval.atMost(d("3"))).isEmpty());
        }

        @Test
        void divisionWithUnboundedEnds() {
            assertInterval("0", "2", Interval.of(d("1"), d("2")).dividedBy(Interval.atLeast(d("1"))).orElseThrow());
            assertInterval("0", null, Interval.atLeast(d("1")).dividedBy(Interval.atLeast(d("1"))).orElseThrow());
            assertInterval("500", null, Interval.atLeast(d("1000")).dividedBy(Interval.exact(d("2"))).orElseThrow());
        }

        @Test
        void scalingByPowersOfTenConvertsUnits() {
            assertInterval("4510550", "4510650", printed("451.06").scaled(4));
            assertInterval("0.94465", "0.94475", printed("94.47").scaled(-2));
        }

        @Test
        void absoluteValueAndCap() {
            assertInterval("0", "3", Interval.of(d("-3"), d("2")).abs());
            assertInterval("2", "3", Interval.of(d("-3"), d("-2")).abs());
            assertInterval("0", null, Interval.atMost(d("1")).abs());
            assertInterval("0.9", "1", Interval.of(d("0.9"), d("1.1")).capAt(BigDecimal.ONE));
            assertInterval("1", "1", Interval.atLeast(d("2")).capAt(BigDecimal.ONE));
        }
    }

    @Nested
    class Comparisons {

        @Test
        void touchingIntervalsOverlap() {
            assertTrue(Interval.of(d("1"), d("2")).overlaps(Interval.of(d("2"), d("3"))));
            assertFalse(Interval.of(d("1"), d("2")).overlaps(Interval.of(d("2.001"), d("3"))));
            assertNumber("0.001", Interval.of(d("1"), d("2")).distance(Interval.of(d("2.001"), d("3"))));
            assertNumber("0.001", Interval.of(d("2.001"), d("3")).distance(Interval.of(d("1"), d("2"))));
            assertNumber("0", printed("72.51").distance(printed("72.52")));
        }

        @Test
        void unboundedIntervalsOverlapEverythingOnTheirSide() {
            assertTrue(Interval.atLeast(d("1000")).overlaps(printed("5000")));
            assertFalse(Interval.atLeast(d("1000")).overlaps(printed("999")));
            assertNumber("0.5", Interval.atLeast(d("1000")).distance(printed("999")));
            assertTrue(Interval.ALL.overlaps(Interval.atMost(d("-5"))));
        }

        @Test
        void containment() {
            assertTrue(printed("94.5").contains(d("94.45")));
            assertFalse(printed("94.5").contains(d("94.44")));
            assertTrue(Interval.atLeast(d("1")).contains(printed("3")));
            assertFalse(printed("3").contains(Interval.atLeast(d("1"))));
        }

        @Test
        void widenAndHull() {
            assertInterval("989.5", "1010.5", printed("1000").widen(d("10")));
            assertInterval("94.4", "94.505", Interval.truncated(d("94.4")).hull(printed("94.50")));
            assertThrows(IllegalArgumentException.class, () -> printed("1").widen(d("-1")));
        }

        @Test
        void formattingRoundsOutwardAndShowsInfinity() {
            Interval rate = printed("451.06").dividedBy(printed("477.48")).orElseThrow().scaled(2);
            assertEquals("[94.46, 94.47]", rate.format(2));
            assertEquals("[1000, +∞)", Interval.atLeast(d("1000")).toString());
            assertEquals("(−∞, 60.0]", Interval.atMost(d("60")).format(1));
        }
    }
}
