package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import static org.jixiao.extractors.check.arith.Intervals.assertInterval;
import static org.jixiao.extractors.check.arith.Intervals.assertNumber;
import static org.jixiao.extractors.check.arith.Intervals.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.extractors.check.arith.ArithmeticChecks.Candidate;
import org.jixiao.extractors.check.arith.ArithmeticChecks.CandidateMatch;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Direction;
import org.jixiao.extractors.check.arith.ArithmeticChecks.UnitSuspicion;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Finding.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DQC-style specification: for each check, figures that must pass (including differences only rounding explains)
 * and figures that must fail, with the intervals that decide. Figures marked "seed" are copied from the sample
 * reports in {@code shared/seeds}.
 */
class ArithmeticChecksTest {

    private static Operand p(String printed) {
        return Operand.printed(printed);
    }

    private static List<Operand> ps(String... printed) {
        return java.util.Arrays.stream(printed).map(Operand::printed).toList();
    }

    @Nested
    class TotalAgainstParts {

        @Test
        void passesWhenIntegersInTheTableAllowTheDifference() {
            // seed 000: 社区办公 29.03, 社区党建 14.48, 专项经费 15, 补充经费 7, 信访经费 7; 共涉及预算资金72.51万元
            Comparison c = ArithmeticChecks.sum(ps("29.03", "14.48", "15", "7", "7"), p("72.51"),
                    Coverage.EXHAUSTIVE, "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("71.0", "74.02", c.computed());
            assertInterval("72.505", "72.515", c.reported());
            assertNumber("0", c.difference());
            assertNumber("72.51", c.computedValue());
            assertTrue(c.verdict().severity().isEmpty());
        }

        @Test
        void passesOnRealTotals() {
            // seed 002: 总支出合计1733.73万元，其中基本支出1607.83万元，项目支出125.90万元
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.sum(ps("1607.83", "125.90"), p("1733.73"),
                    Coverage.EXHAUSTIVE, "万元").verdict());
            // seed 003: 决算收入1745.78万元 and its seven components
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.sum(
                    ps("1367.43", "4.98", "238.29", "52.64", "4.25", "8.33", "69.86"), p("1745.78"),
                    Coverage.EXHAUSTIVE, "万元").verdict());
        }

        @Test
        void passesWhenOnlyRoundingSeparatesTheNaiveSum() {
            // three thirds: 33.33 × 3 = 99.99, yet the true parts may add to 100.00
            Comparison c = ArithmeticChecks.sum(ps("33.33", "33.33", "33.33"), p("100.00"), Coverage.EXHAUSTIVE, "%");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("99.975", "100.005", c.computed());
            assertNumber("99.99", c.computedValue());
        }

        @Test
        void failsWhenTheTotalIsOffByTenCents() {
            Comparison c = ArithmeticChecks.sum(ps("1607.83", "125.90"), p("1733.83"), Coverage.EXHAUSTIVE, "万元");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertEquals(Optional.of(Severity.ERROR), c.verdict().severity());
            assertInterval("1733.72", "1733.74", c.computed());
            assertInterval("1733.825", "1733.835", c.reported());
            assertNumber("0.085", c.difference());
            assertNumber("1733.73", c.computedValue());
            assertEquals("各数按显示精度±0.005万元，合计允许误差±0.01万元；报告值1733.83万元按±0.005万元", c.tolerance());
        }

        @Test
        void zerosAfterTheDecimalPointDoNotExcuseAWrongTotal() {
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.sum(ps("100.00", "200.00"), p("300.90"),
                    Coverage.EXHAUSTIVE, "万元").verdict());
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.sum(ps("100.00", "200.90"), p("301.00"),
                    Coverage.EXHAUSTIVE, "万元").verdict());
        }

        @Test
        void anInconsistentTotalBecomesAnErrorFindingWithItsEvidence() {
            Comparison c = ArithmeticChecks.sum(ps("1607.83", "125.90"), p("1733.83"), Coverage.EXHAUSTIVE, "万元");
            Provenance total = new Provenance(1, null, null, null, 10, 17, "1733.83");
            Finding f = c.finding("sum", "sum.text-total", "总支出合计不等于基本支出与项目支出之和", "1733.83万元",
                    List.of(total)).orElseThrow();
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("1733.73 [1733.7200, 1733.7400]", f.expected());
            assertEquals(c.tolerance(), f.tolerance());
            assertEquals(List.of(total), f.at());
            Comparison fine = ArithmeticChecks.sum(ps("1607.83", "125.90"), p("1733.73"), Coverage.EXHAUSTIVE, "万元");
            assertTrue(fine.finding("sum", "sum.text-total", "", "", List.of()).isEmpty());
        }

        @Test
        void theToleranceNamesEachPrecisionUsed() {
            Comparison c = ArithmeticChecks.sum(ps("29.03", "14.48", "15", "7", "7"), p("72.51"),
                    Coverage.EXHAUSTIVE, "万元");
            assertEquals("各数按显示精度±0.005万元、±0.5万元，合计允许误差±1.51万元；报告值72.51万元按±0.005万元",
                    c.tolerance());
        }

        @Test
        void aPartialListMayAddToLessThanTheTotal() {
            // seed 004: 总支出决算数3582.30万元，其中工资福利支出569.97万元，商品服务支出2190.56万元，对个人和家庭的补助170.86万元
            Comparison c = ArithmeticChecks.sum(ps("569.97", "2190.56", "170.86"), p("3582.30"), Coverage.PARTIAL,
                    "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval(null, "3582.305", c.reported());
        }

        @Test
        void aPartialListMayNotExceedTheTotal() {
            Comparison c = ArithmeticChecks.sum(ps("2000.00", "1733.73"), p("3582.30"), Coverage.PARTIAL, "万元");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertInterval("3733.72", "3733.74", c.computed());
            assertNumber("151.415", c.difference());
        }

        @Test
        void aHedgedTotalFailsOnlyWhenImpossible() {
            Operand moreThan1000 = Operand.atLeast(d("1000"));
            assertEquals(Verdict.CONSISTENT,
                    ArithmeticChecks.sum(ps("600", "500"), moreThan1000, Coverage.EXHAUSTIVE, "个").verdict());
            Comparison c = ArithmeticChecks.sum(ps("300", "400"), moreThan1000, Coverage.EXHAUSTIVE, "个");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertNumber("299", c.difference());
            assertTrue(c.tolerance().contains("取[1000, +∞)"), c.tolerance());
        }

        @Test
        void hedgedPartsMakeTheSumUnbounded() {
            Comparison c = ArithmeticChecks.sum(List.of(p("170"), Operand.atLeast(d("100"))), p("290"),
                    Coverage.EXHAUSTIVE, "人");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("269.5", null, c.computed());
            assertTrue(c.tolerance().contains("含1个约数或界限值"), c.tolerance());
        }
    }

    @Nested
    class TypedScoresAgainstTheirTotal {

        @Test
        void eightWholeScoresFourPointsAboveTheTotalAreAWarningNotAPass() {
            // 7.5 + 14 + 13 + 12 + 11 + 14 + 16 + 5 + 5 = 97.5 against 93.5: only if each whole score was 0.5 less
            List<Operand> rows = ps("7.5", "14", "13", "12", "11", "14", "16", "5", "5");
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.sum(rows, p("93.5"), Coverage.EXHAUSTIVE, "分").verdict(),
                    "read as rounded, the whole scores allow ±4");
            Comparison c = ArithmeticChecks.scoreSum(rows, p("93.5"));
            assertEquals(Verdict.CONSISTENT_IF_ROUNDED_ALIKE, c.verdict());
            assertEquals(Optional.of(Severity.WARNING), c.verdict().severity());
            assertNumber("97.5", c.computedValue());
            assertTrue(c.tolerance().endsWith("；按所印数字相差4分，只有9项得分的舍入几乎都朝同一方向时才能吻合，而填报的得分通常就是原数"),
                    c.tolerance());
        }

        @Test
        void aDifferenceIndependentRoundingsOftenMakeStillPasses() {
            // eight whole scores, one tenth and the total: their roundings together have a standard deviation of 0.82
            List<Operand> rows = ps("7.5", "14", "13", "12", "11", "14", "16", "5", "5");
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.scoreSum(rows, p("97.5")).verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.scoreSum(rows, p("95.5")).verdict(), "2 points: 2.4σ");
            assertEquals(Verdict.CONSISTENT_IF_ROUNDED_ALIKE, ArithmeticChecks.scoreSum(rows, p("94.8")).verdict(),
                    "2.7 points: 3.3σ");
        }

        @Test
        void fewScoresNeverLeanFarEnough() {
            // two whole scores and the total can differ by at most 1.05 when consistent, under 3σ (1.23)
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.scoreSum(ps("40", "50"), p("91.0")).verdict());
        }

        @Test
        void aTotalNoReadingReachesIsStillAnError() {
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.scoreSum(ps("14", "13", "12"), p("44")).verdict());
        }

        @Test
        void aHedgedScoreLeavesTheStandardReading() {
            List<Operand> rows = List.of(p("14"), p("13"), p("12"), p("11"), p("14"), p("16"),
                    Operand.hedged(d("5"), Interval.exact(d("5")).hull(Interval.exact(d("4")))));
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.scoreSum(rows, p("82.5")).verdict());
        }
    }

    @Nested
    class RateAgainstAmounts {

        @Test
        void passesOnRealExecutionRates() {
            // seed 001: 城乡社区服务群众专项工作 预算 340.00, 执行 313.91, 执行率 92.33%
            Comparison c = ArithmeticChecks.rate(p("313.91"), p("340.00"), p("92.33"), "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertEquals("[92.32, 92.33]", c.computed().format(2));
            // seed 001: 项目支出 343 / 315.71 → 92.04%
            assertEquals(Verdict.CONSISTENT,
                    ArithmeticChecks.rate(p("315.71"), p("343"), p("92.04"), "万元").verdict());
        }

        @Test
        void passesWhenTheRateWasComputedFromUnroundedAmounts() {
            // seed 001: 社区发展治理工作 3.00 budget, 1.80 spent, rate 59.93%: the naive 60.00% is not the only answer
            Comparison c = ArithmeticChecks.rate(p("1.80"), p("3.00"), p("59.93"), "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertEquals("[59.7337, 60.2672]", c.computed().format(4));
            assertNumber("60.00", c.computedValue());
        }

        @Test
        void passesAtOneDecimal() {
            Comparison c = ArithmeticChecks.rate(p("1640.2"), p("1735.58"), p("94.5"), "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertEquals("[94.5012, 94.5076]", c.computed().format(4));
            assertInterval("94.45", "94.55", c.reported());
        }

        @Test
        void failsWhenTheRateCannotBe() {
            Comparison c = ArithmeticChecks.rate(p("313.91"), p("340.00"), p("93.33"), "万元");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertNumber("92.33", c.computedValue());
            assertTrue(c.difference().compareTo(d("0.9957")) > 0 && c.difference().compareTo(d("0.9958")) < 0,
                    c.difference().toPlainString());
            assertTrue(c.tolerance().startsWith("各数按显示精度±0.005万元，比率可能范围[92.3236, 92.3293]%"),
                    c.tolerance());
        }

        @Test
        void aRateThatOnlyTruncationExplainsIsANote() {
            // seed 001: 基本支出 134.48 budget, 135.35 spent, 100.66%: rounding gives at most 100.6544%
            Comparison c = ArithmeticChecks.rate(p("135.35"), p("134.48"), p("100.66"), "万元");
            assertEquals(Verdict.CONSISTENT_IF_TRUNCATED, c.verdict());
            assertEquals(Optional.of(Severity.INFO), c.verdict().severity());
            assertTrue(c.tolerance().endsWith("若有数字系截尾（舍去尾数）则可吻合"), c.tolerance());
            assertTrue(c.difference().compareTo(d("0.0006")) > 0 && c.difference().compareTo(d("0.0007")) < 0,
                    c.difference().toPlainString());
        }

        @Test
        void aPaddedRateIsANote() {
            // seed 001: 部门预算总额 477.48, 执行 451.06, 94.50% (elsewhere "94.5%"): 94.47% rounds to 94.5, not 94.50
            Comparison padded = ArithmeticChecks.rate(p("451.06"), p("477.48"), p("94.50"), "万元");
            assertEquals(Verdict.CONSISTENT_IF_FEWER_DECIMALS, padded.verdict());
            assertEquals(Optional.of(Severity.INFO), padded.verdict().severity());
            assertTrue(padded.tolerance().contains("较少小数位"), padded.tolerance());
            assertEquals(Verdict.CONSISTENT,
                    ArithmeticChecks.rate(p("451.06"), p("477.48"), p("94.5"), "万元").verdict());
        }

        @Test
        void truncationWithPreciseAmounts() {
            Comparison c = ArithmeticChecks.rate(p("200000.00"), p("300000.00"), p("66.66"), "元");
            assertEquals(Verdict.CONSISTENT_IF_TRUNCATED, c.verdict());
            assertEquals(Verdict.INCONSISTENT,
                    ArithmeticChecks.rate(p("200000.00"), p("300000.00"), p("66.65"), "元").verdict());
        }

        @Test
        void theMatchingDenominatorIsReported() {
            CandidateMatch m = ArithmeticChecks.rate(p("451.06"), List.of(
                    new Candidate("年初预算数", p("500.00")),
                    new Candidate("全年预算数", p("477.48"))), p("94.47"), "万元");
            assertEquals("全年预算数", m.label());
            assertEquals(Verdict.CONSISTENT, m.comparison().verdict());
            assertEquals(Verdict.INCONSISTENT, m.all().get(0).verdict());
            assertEquals(2, m.all().size());
        }

        @Test
        void whenNoDenominatorFitsTheClosestIsReported() {
            CandidateMatch m = ArithmeticChecks.rate(p("451.06"), List.of(
                    new Candidate("年初预算数", p("500.00")),
                    new Candidate("全年预算数", p("477.48"))), p("91.00"), "万元");
            assertEquals(Verdict.INCONSISTENT, m.comparison().verdict());
            assertEquals("年初预算数", m.label(), "90.21% is closer to 91.00% than 94.47%");
        }

        @Test
        void aZeroBudgetLeavesTheRateUndetermined() {
            Comparison c = ArithmeticChecks.rate(p("5.00"), p("0.00"), p("10.00"), "万元");
            assertEquals(Verdict.UNDETERMINED, c.verdict());
            assertNull(c.computed());
            assertNull(c.difference());
            assertTrue(c.verdict().severity().isEmpty());
            assertTrue(c.tolerance().endsWith("分母可能为零，无法核对"), c.tolerance());
            CandidateMatch m = ArithmeticChecks.rate(p("5.00"), List.of(
                    new Candidate("年初预算数", p("0")), new Candidate("全年预算数", p("50.00"))), p("10.00"), "万元");
            assertEquals("全年预算数", m.label());
            assertEquals(Verdict.CONSISTENT, m.comparison().verdict());
        }
    }

    @Nested
    class YearOnYearChange {

        @Test
        void passesOnARealDecrease() {
            // seed 002: 本年收入1733.73万元，上年1841.01万元，减少107.28万元，减少5.83%
            Comparison c = ArithmeticChecks.change(p("1733.73"), p("1841.01"), p("107.28"), Direction.DECREASE,
                    "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("-107.29", "-107.27", c.computed());
            assertInterval("-107.285", "-107.275", c.reported());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercent(p("1733.73"), p("1841.01"), p("5.83"),
                    Direction.DECREASE).verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercentOfChange(p("107.28"), p("1841.01"),
                    p("5.83"), Direction.DECREASE).verdict());
        }

        @Test
        void passesWhenTheNaiveDifferenceIsOffByOneCent() {
            // seed 002: 总支出1733.73万元, 上年1858.29万元, "减少124.55万元" (naive 124.56)
            Comparison c = ArithmeticChecks.change(p("1733.73"), p("1858.29"), p("124.55"), Direction.DECREASE,
                    "万元");
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("-124.57", "-124.55", c.computed());
            assertNumber("-124.56", c.computedValue());
        }

        @Test
        void failsWhenTheChangeDoesNotMatch() {
            Comparison c = ArithmeticChecks.change(p("1733.73"), p("1858.29"), p("124.65"), Direction.DECREASE,
                    "万元");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertNumber("0.075", c.difference());
        }

        @Test
        void failsWhenTheDirectionIsWrong() {
            Comparison c = ArithmeticChecks.change(p("1733.73"), p("1841.01"), p("107.28"), Direction.INCREASE,
                    "万元");
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertNumber("214.545", c.difference());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.change(p("1733.73"), p("1841.01"), p("107.28"),
                    Direction.UNSTATED, "万元").verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.change(p("1733.73"), p("1841.01"), p("-107.28"),
                    Direction.SIGNED, "万元").verdict());
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.changePercent(p("1733.73"), p("1841.01"), p("5.83"),
                    Direction.INCREASE).verdict());
        }

        @Test
        void percentFromThisYearAndTheChange() {
            // seed 004: 总收入2991.61万元 … 增加205.8万元,增长7.39%; 总支出3582.30万元 … 增加849.64万元,增长31.09%
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercentFromCurrent(p("2991.61"), p("205.8"),
                    p("7.39"), Direction.INCREASE).verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercentFromCurrent(p("3582.30"), p("849.64"),
                    p("31.09"), Direction.INCREASE).verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercentFromCurrent(p("3582.30"), p("849.64"),
                    p("31.09"), Direction.UNSTATED).verdict());
            Comparison wrong = ArithmeticChecks.changePercentFromCurrent(p("2991.61"), p("205.8"), p("7.93"),
                    Direction.INCREASE);
            assertEquals(Verdict.INCONSISTENT, wrong.verdict());
            assertNumber("7.39", wrong.computedValue());
        }

        @Test
        void percentOfADecreaseFromThisYearAndTheChange() {
            // seed 002 again, without last year's figure: 1733.73 now, 107.28 less, 5.83% less
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.changePercentFromCurrent(p("1733.73"), p("107.28"),
                    p("5.83"), Direction.DECREASE).verdict());
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.changePercentFromCurrent(p("1733.73"), p("107.28"),
                    p("6.19"), Direction.DECREASE).verdict(), "6.19% would be 107.28 ÷ 1733.73, the wrong base");
        }

        @Test
        void aZeroPreviousYearLeavesThePercentUndetermined() {
            assertEquals(Verdict.UNDETERMINED, ArithmeticChecks.changePercent(p("10.00"), p("0.00"), p("100"),
                    Direction.INCREASE).verdict());
            assertEquals(Verdict.UNDETERMINED, ArithmeticChecks.changePercentFromCurrent(p("10.00"), p("10.00"),
                    p("100"), Direction.INCREASE).verdict());
        }
    }

    @Nested
    class Scores {

        @Test
        void aScoreWithinItsWeightPasses() {
            // seed 001: 预算执行率 分值10 得分9.45
            Comparison c = ArithmeticChecks.scoreWithinWeight(p("9.45"), p("10"));
            assertEquals(Verdict.CONSISTENT, c.verdict());
            assertInterval("0", "10", c.reported());
            assertEquals("各数按显示精度±0.005分，得分允许误差±0.005分；分值10分（定数），允许范围[0, 10]", c.tolerance());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.scoreWithinWeight(p("10"), p("10")).verdict());
        }

        @Test
        void aScoreAboveItsWeightFailsEvenByLessThanHalfAPoint() {
            Comparison c = ArithmeticChecks.scoreWithinWeight(p("10.5"), p("10"));
            assertEquals(Verdict.INCONSISTENT, c.verdict(), "the weight is set, not rounded");
            assertNumber("0.45", c.difference());
        }

        @Test
        void aNegativeScoreFails() {
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.scoreWithinWeight(p("-1"), p("10")).verdict());
        }

        @Test
        void fullMarksMinusDeductionsIsTheScore() {
            assertEquals(Verdict.CONSISTENT,
                    ArithmeticChecks.deduction(p("10"), p("0.55"), p("9.45")).verdict());
            Comparison c = ArithmeticChecks.deduction(p("10"), p("0.55"), p("9.55"));
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertInterval("9.445", "9.455", c.computed());
            assertNumber("0.09", c.difference());
        }

        @Test
        void proportionalScores() {
            // seed 001: 预算执行率 94.5%, 分值10 → 9.45; 分值2 → 1.89
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.proportionalScore(p("94.5"), p("100"), p("10"),
                    p("9.45"), false).verdict());
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.proportionalScore(p("94.5"), p("100"), p("2"),
                    p("1.89"), false).verdict());
            Comparison c = ArithmeticChecks.proportionalScore(p("94.5"), p("100"), p("10"), p("9.65"), false);
            assertEquals(Verdict.INCONSISTENT, c.verdict());
            assertInterval("9.445", "9.455", c.computed());
        }

        @Test
        void proportionalScoresAreCappedAndMayBeReversed() {
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.proportionalScore(p("105"), p("100"), p("10"),
                    p("10"), false).verdict());
            assertEquals(Verdict.INCONSISTENT, ArithmeticChecks.proportionalScore(p("105"), p("100"), p("10"),
                    p("10.5"), false).verdict());
            // lower is better: cost 120 against a target of 100 earns 100/120 of 6 points = 5
            assertEquals(Verdict.CONSISTENT, ArithmeticChecks.proportionalScore(p("120"), p("100"), p("6"),
                    p("5"), true).verdict());
        }
    }

    @Nested
    class UnitMagnitude {

        @Test
        void anAmountInYuanLabelledWanYuanIsSuspected() {
            // seed 001: text "基本支出 1353475.8 万元", table 135.35 (万元); "项目支出 3157080 万元", table 315.71
            Optional<UnitSuspicion> s = ArithmeticChecks.unitMagnitude(p("1353475.8"), p("135.35"));
            assertEquals(4, s.orElseThrow().powerOfTen());
            assertTrue(s.get().ratio().contains(d("10000")));
            assertEquals(4, ArithmeticChecks.unitMagnitude(p("3157080"), p("315.71")).orElseThrow().powerOfTen());
            assertEquals(-4, ArithmeticChecks.unitMagnitude(p("135.35"), p("1353475.8")).orElseThrow().powerOfTen());
        }

        @Test
        void otherPowersOfTen() {
            assertEquals(-2, ArithmeticChecks.unitMagnitude(p("4.51"), p("451.06")).orElseThrow().powerOfTen());
            assertEquals(2, ArithmeticChecks.unitMagnitude(p("45106"), p("451.06")).orElseThrow().powerOfTen());
            assertEquals(3, ArithmeticChecks.unitMagnitude(p("451060"), p("451.06")).orElseThrow().powerOfTen());
            // 0.0451亿元 against 451.06万元
            assertEquals(-4, ArithmeticChecks.unitMagnitude(p("0.0451"), p("451.06")).orElseThrow().powerOfTen());
            assertEquals(8, ArithmeticChecks.unitMagnitude(p("451060000"), p("4.5106")).orElseThrow().powerOfTen());
        }

        @Test
        void equalOrMerelyDifferentAmountsAreNotSuspected() {
            assertTrue(ArithmeticChecks.unitMagnitude(p("451.06"), p("451.06")).isEmpty());
            assertTrue(ArithmeticChecks.unitMagnitude(p("451.06"), p("300.00")).isEmpty());
            assertTrue(ArithmeticChecks.unitMagnitude(p("45000"), p("451.06")).isEmpty(), "ratio 99.8 is not 100");
            assertTrue(ArithmeticChecks.unitMagnitude(p("5"), p("0")).isEmpty(), "no ratio with a zero");
            assertTrue(ArithmeticChecks.unitMagnitude(Operand.atLeast(d("1000")), p("1")).isEmpty(),
                    "[666.6…, +∞) holds 10³, 10⁴ and 10⁸: no telling which");
            assertEquals(3, ArithmeticChecks.unitMagnitude(p("1000"), p("1")).orElseThrow().powerOfTen());
        }
    }

    @Test
    void operandsReadTheirFiguresSeveralWays() {
        Operand o = p("94.50");
        assertInterval("94.495", "94.505", o.interval(Operand.Reading.ROUNDED));
        assertInterval("94.495", "94.51", o.interval(Operand.Reading.TRUNCATED_OR_ROUNDED));
        assertInterval("94.45", "94.55", o.interval(Operand.Reading.COARSER_OR_ROUNDED));
        assertInterval("94.50", "94.50", o.interval(Operand.Reading.PRINTED_VALUE));
        assertTrue(o.hasPaddingZeros());
        assertTrue(!p("94.5").hasPaddingZeros() && !p("100").hasPaddingZeros());
        Operand hedged = Operand.atLeast(d("1000"));
        assertInterval("1000", null, hedged.interval(Operand.Reading.TRUNCATED_OR_ROUNDED));
        assertEquals(BigDecimal.ONE, Operand.exact("1").interval(Operand.Reading.ROUNDED).lo());
    }
}
