package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jixiao.extractors.check.arith.Operand.Reading;

/**
 * The common arithmetic checks of a performance report, each a comparison of a reported figure with what its inputs
 * allow (see {@link Interval} for why intervals).
 *
 * <p>Every check reads the figures up to three ways, from strict to lenient: rounded at the printed decimals
 * ({@link Verdict#CONSISTENT}); rounded or truncated ({@link Verdict#CONSISTENT_IF_TRUNCATED}, a note); and, for a
 * reported percentage whose decimals end in zero, rounded at fewer decimals and padded ({@code 94.5%} typed, shown
 * {@code 94.50%}: {@link Verdict#CONSISTENT_IF_FEWER_DECIMALS}, a note). The padded reading is kept to reported
 * percentages on purpose: applied to amounts, {@code 100.00 + 200.00} could excuse a total of {@code 300.90}. Only
 * when no reading agrees is the figure {@link Verdict#INCONSISTENT}: an error a finance officer can trust.
 *
 * <p>Formulas are written so that each input occurs once (a change rate is {@code current ÷ previous − 1}, not
 * {@code (current − previous) ÷ previous}): with a repeated input, interval arithmetic would treat the two
 * occurrences as independent and widen the result, hiding real errors.
 *
 * <p>Units are the caller's business: pass figures already in one unit (or use
 * {@link Interval#scaled(int)}); the {@code unit} arguments only label the tolerance text.
 */
public final class ArithmeticChecks {

    private ArithmeticChecks() {
    }

    /** Whether the parts are all of the total (合计, 总计) or only some of it (其中). */
    public enum Coverage {
        /** The parts add up to the total. */
        EXHAUSTIVE,
        /** The parts are a selection of the total (其中…): their sum may not exceed it. */
        PARTIAL
    }

    /** What the report says about the sign of a change. */
    public enum Direction {
        /** 增加/增长/提高: the printed change is a magnitude and the change is positive. */
        INCREASE,
        /** 减少/下降/降低: the printed change is a magnitude and the change is negative. */
        DECREASE,
        /** The printed change carries its own sign (a table column "增减" with −107.28). */
        SIGNED,
        /** Only a magnitude ("变动107.28"): compared with the size of the change. */
        UNSTATED
    }

    /** A labelled candidate input: one of the denominators a rate may have been computed from. */
    public record Candidate(String label, Operand value) {
        public Candidate {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The best candidate and the comparison for each one, in the order given. */
    public record CandidateMatch(String label, Comparison comparison, List<Comparison> all) {
        public CandidateMatch {
            all = List.copyOf(all);
        }
    }

    /** An amount that looks like the same figure in another unit: {@code a ≈ b × 10^powerOfTen}. */
    public record UnitSuspicion(int powerOfTen, Interval ratio) {
    }

    /** The powers of ten that separate the units used in these reports: %, 千元/元, 万元/元 and 亿元/万元, 亿元/元. */
    public static final List<Integer> UNIT_POWERS = List.of(2, 3, 4, 8);

    /**
     * A total against its parts. Exhaustive (合计): the sum must match. Partial (其中): the sum must not exceed the
     * total. Parts 29.03 + 14.48 + 15 + 7 + 7 against 72.51 are consistent: the integers alone allow ±1.5.
     */
    public static Comparison sum(List<Operand> parts, Operand total, Coverage coverage, String unit) {
        UnaryOperator<Interval> region = coverage == Coverage.EXHAUSTIVE
                ? UnaryOperator.identity()
                : r -> r.boundedAbove() ? Interval.atMost(r.hi()) : Interval.ALL;
        Function<List<Interval>, Optional<Interval>> add = xs -> Optional.of(
                xs.stream().reduce(Interval.exact(BigDecimal.ZERO), Interval::plus));
        String label = coverage == Coverage.EXHAUSTIVE ? "合计" : "分项之和（不得超过总额）";
        return compare(total, region, parts, add, unit, unit, label, "报告值", false);
    }

    /**
     * Scores against the total they make up (各项得分之和 = 总分), read as {@link #sum} does, and one reading more.
     * A form's scores are typed, not rounded by a machine: {@code 14} means 14, and reading it as [13.5, 14.5] is
     * the benefit of the doubt. Given to twenty rows, that doubt excuses ten points. So when the figures agree only
     * because the roundings of nearly all the scores lean the same way, further from the printed values than
     * independent roundings go together but once in several hundred times (three standard deviations of their
     * sum), the comparison is {@link Verdict#CONSISTENT_IF_ROUNDED_ALIKE}: a warning, since that reading exists.
     */
    public static Comparison scoreSum(List<Operand> parts, Operand total) {
        Comparison c = sum(parts, total, Coverage.EXHAUSTIVE, "分");
        if (c.verdict() != Verdict.CONSISTENT || total.kind() == Operand.Kind.HEDGED) {
            return c;
        }
        BigDecimal atPrinted = BigDecimal.ZERO;
        BigDecimal variance = Interval.halfUlp(total.printed()).pow(2);
        for (Operand p : parts) {
            if (p.kind() == Operand.Kind.HEDGED) {
                return c;
            }
            atPrinted = atPrinted.add(p.printed());
            if (p.kind() == Operand.Kind.PRINTED) {
                variance = variance.add(Interval.halfUlp(p.printed()).pow(2));
            }
        }
        // a rounding error is uniform on ±h: variance h²/3; beyond 3σ means d² > 9·Σh²/3 = 3·Σh²
        BigDecimal gap = atPrinted.subtract(total.printed()).abs();
        if (gap.pow(2).compareTo(variance.multiply(BigDecimal.valueOf(3))) <= 0) {
            return c;
        }
        String words = "；按所印数字相差" + gap.stripTrailingZeros().toPlainString() + "分，只有" + parts.size()
                + "项得分的舍入几乎都朝同一方向时才能吻合，而填报的得分通常就是原数";
        return new Comparison(Verdict.CONSISTENT_IF_ROUNDED_ALIKE, c.reported(), c.computed(), c.difference(),
                c.computedValue(), () -> c.tolerance() + words);
    }

    /** A printed percentage against {@code numerator ÷ denominator × 100} (预算执行率 = 执行数 ÷ 预算数 × 100%). */
    public static Comparison rate(Operand numerator, Operand denominator, Operand printedPercent, String amountUnit) {
        return compare(printedPercent, UnaryOperator.identity(), List.of(numerator, denominator),
                xs -> xs.get(0).dividedBy(xs.get(1)).map(q -> q.scaled(2)),
                amountUnit, "%", "比率", "报告值", true);
    }

    /**
     * A printed rate against each candidate denominator (年初预算数, 全年预算数, …): the best explained wins and its
     * label is reported, so a rate computed from the adjusted budget is not flagged against the initial one.
     */
    public static CandidateMatch rate(Operand numerator, List<Candidate> denominators, Operand printedPercent,
                                      String amountUnit) {
        if (denominators.isEmpty()) {
            throw new IllegalArgumentException("no candidate denominator");
        }
        List<Comparison> all = new ArrayList<>(denominators.size());
        int best = 0;
        for (int i = 0; i < denominators.size(); i++) {
            all.add(rate(numerator, denominators.get(i).value(), printedPercent, amountUnit));
            if (Comparison.BEST_FIRST.compare(all.get(i), all.get(best)) < 0) {
                best = i;
            }
        }
        return new CandidateMatch(denominators.get(best).label(), all.get(best), all);
    }

    /** A printed change (增减额) against {@code current − previous}. */
    public static Comparison change(Operand current, Operand previous, Operand printedChange, Direction direction,
                                    String unit) {
        return compare(signed(printedChange, direction), UnaryOperator.identity(), List.of(current, previous),
                xs -> Optional.of(magnitudeIf(direction, xs.get(0).minus(xs.get(1)))),
                unit, unit, "增减额", "报告值", false);
    }

    /** A printed change rate (增减率, %) against {@code (current ÷ previous − 1) × 100}. */
    public static Comparison changePercent(Operand current, Operand previous, Operand printedPercent,
                                           Direction direction) {
        return compare(signed(printedPercent, direction), UnaryOperator.identity(), List.of(current, previous),
                xs -> xs.get(0).dividedBy(xs.get(1))
                        .map(q -> magnitudeIf(direction, q.minus(Interval.exact(BigDecimal.ONE)).scaled(2))),
                null, "%", "增减率", "报告值", true);
    }

    /**
     * A printed change rate against {@code change ÷ previous × 100}, when the report gives the change amount and
     * the previous year; {@code change} is a magnitude under {@code direction} like the rate.
     */
    public static Comparison changePercentOfChange(Operand change, Operand previous, Operand printedPercent,
                                                   Direction direction) {
        Direction forChange = direction == Direction.UNSTATED ? Direction.SIGNED : direction;
        return compare(signed(printedPercent, direction), UnaryOperator.identity(),
                List.of(signed(change, forChange), previous),
                xs -> xs.get(0).dividedBy(xs.get(1)).map(q -> magnitudeIf(direction, q.scaled(2))),
                null, "%", "增减率", "报告值", true);
    }

    /**
     * A printed change rate when the report gives this year's amount and the change but not last year's
     * ("收入3120.40万元…增加216.5万元,增长7.46%"): previous = current − change, so the rate is
     * {@code 100 ÷ (current ÷ change − 1)}, each input once. Under {@link Direction#UNSTATED} both signs are tried.
     */
    public static Comparison changePercentFromCurrent(Operand current, Operand change, Operand printedPercent,
                                                      Direction direction) {
        if (direction == Direction.UNSTATED) {
            Comparison up = changePercentFromCurrent(current, change, printedPercent, Direction.INCREASE);
            Comparison down = changePercentFromCurrent(current, change, printedPercent, Direction.DECREASE);
            return Comparison.BEST_FIRST.compare(up, down) <= 0 ? up : down;
        }
        Interval hundred = Interval.exact(BigDecimal.valueOf(100));
        return compare(signed(printedPercent, direction), UnaryOperator.identity(),
                List.of(current, signed(change, direction)),
                xs -> xs.get(0).dividedBy(xs.get(1))
                        .flatMap(q -> hundred.dividedBy(q.minus(Interval.exact(BigDecimal.ONE)))),
                null, "%", "增减率", "报告值", true);
    }

    /**
     * A score must lie in {@code [0, weight]} (各项指标得分最高不能超过该指标分值). A weight is set, not measured: a
     * printed weight is taken as exact (10分 is 10, not [9.5, 10.5]), otherwise a score of 10.4 would pass.
     */
    public static Comparison scoreWithinWeight(Operand score, Operand weight) {
        return compare(setNumber(weight), w -> new Interval(BigDecimal.ZERO, w.hi()), List.of(score),
                xs -> Optional.of(xs.get(0)), "分", "分", "得分", "分值", false);
    }

    /** 满分 − 扣分 = 得分; full marks are set, hence exact. */
    public static Comparison deduction(Operand fullMarks, Operand deducted, Operand score) {
        return compare(score, UnaryOperator.identity(), List.of(setNumber(fullMarks), deducted),
                xs -> Optional.of(xs.get(0).minus(xs.get(1))), "分", "分", "满分减扣分", "报告得分", false);
    }

    /**
     * A quantitative indicator's score: full marks when the target is met, otherwise in proportion
     * ({@code weight × min(1, actual ÷ target)}; for a "lower is better" indicator {@code target ÷ actual}).
     * The rate score of 10 points at 94.5% is 9.45. Target and weight are set numbers, taken as exact.
     */
    public static Comparison proportionalScore(Operand actual, Operand target, Operand weight, Operand score,
                                               boolean lowerIsBetter) {
        return compare(score, UnaryOperator.identity(), List.of(actual, setNumber(target), setNumber(weight)),
                xs -> (lowerIsBetter ? xs.get(1).dividedBy(xs.get(0)) : xs.get(0).dividedBy(xs.get(1)))
                        .map(q -> q.capAt(BigDecimal.ONE).times(xs.get(2))),
                null, "分", "按完成比例计得分", "报告得分", false);
    }

    /**
     * Whether two amounts that should be the same look like one figure in two units: their ratio is compatible with
     * 10^k for k in {@link #UNIT_POWERS} (either way) and not with 1. "1353475.8万元" in the text against 135.35万元 in
     * the table is 10⁴: the text's amount is really in 元. Figures too coarse to tell one power from another
     * ("5" against "0.02") raise no suspicion.
     */
    public static Optional<UnitSuspicion> unitMagnitude(Operand a, Operand b) {
        Optional<Interval> ratio = a.interval().dividedBy(b.interval());
        if (ratio.isEmpty() || ratio.get().contains(BigDecimal.ONE)) {
            return Optional.empty();
        }
        List<Integer> compatible = new ArrayList<>(1);
        for (int k : UNIT_POWERS) {
            for (int power : new int[] {k, -k}) {
                if (ratio.get().contains(BigDecimal.ONE.scaleByPowerOfTen(power))) {
                    compatible.add(power);
                }
            }
        }
        return compatible.size() == 1
                ? Optional.of(new UnitSuspicion(compatible.get(0), ratio.get()))
                : Optional.empty();
    }

    // --- the engine --------------------------------------------------------------------------------------------

    private static Comparison compare(Operand reported, UnaryOperator<Interval> region, List<Operand> inputs,
                                      Function<List<Interval>, Optional<Interval>> formula, String inputUnit,
                                      String resultUnit, String label, String reportedLabel,
                                      boolean percentMayBePadded) {
        Interval target = region.apply(reported.interval(Reading.ROUNDED));
        Optional<Interval> computed = formula.apply(read(inputs, Reading.ROUNDED));
        Optional<Interval> atPrintedValues = formula.apply(read(inputs, Reading.PRINTED_VALUE));
        BigDecimal computedValue = atPrintedValues
                .flatMap(Interval::midpoint)
                .map(v -> v.setScale(Math.max(reported.printed().scale(), 0), RoundingMode.HALF_UP))
                .orElse(null);
        // the words are written only if a finding shows them
        Supplier<String> tolerance = () -> tolerance(inputs, reported, target, computed.orElse(null),
                atPrintedValues.orElse(null), inputUnit, resultUnit, label, reportedLabel);
        if (computed.isEmpty()) {
            return new Comparison(Verdict.UNDETERMINED, target, null, null, computedValue,
                    () -> tolerance.get() + "；分母可能为零，无法核对");
        }
        BigDecimal difference = target.distance(computed.get());
        Verdict verdict;
        String why = "";
        if (difference.signum() == 0) {
            verdict = Verdict.CONSISTENT;
        } else if (agrees(reported.interval(Reading.TRUNCATED_OR_ROUNDED), region, inputs, formula,
                Reading.TRUNCATED_OR_ROUNDED)) {
            verdict = Verdict.CONSISTENT_IF_TRUNCATED;
            why = "；按四舍五入不能吻合，若有数字系截尾（舍去尾数）则可吻合";
        } else if (percentMayBePadded && reported.hasPaddingZeros()
                && agrees(reported.interval(Reading.COARSER_OR_ROUNDED), region, inputs, formula, Reading.ROUNDED)) {
            verdict = Verdict.CONSISTENT_IF_FEWER_DECIMALS;
            why = "；按显示精度不能吻合，若报告值系按较少小数位取整后补零（如94.5%写作94.50%）则可吻合";
        } else {
            verdict = Verdict.INCONSISTENT;
        }
        String reading = why;
        return new Comparison(verdict, target, computed.get(), difference, computedValue,
                () -> tolerance.get() + reading);
    }

    private static boolean agrees(Interval reported, UnaryOperator<Interval> region, List<Operand> inputs,
                                  Function<List<Interval>, Optional<Interval>> formula, Reading inputReading) {
        Interval target = region.apply(reported);
        return formula.apply(read(inputs, inputReading)).map(target::overlaps).orElse(false);
    }

    private static List<Interval> read(List<Operand> inputs, Reading reading) {
        List<Interval> out = new ArrayList<>(inputs.size());
        for (Operand o : inputs) {
            out.add(o.interval(reading));
        }
        return out;
    }

    private static Operand signed(Operand o, Direction direction) {
        return direction == Direction.DECREASE
                ? new Operand(o.printed().negate(), o.interval().negate(), o.kind())
                : o;
    }

    private static Operand setNumber(Operand o) {
        return o.kind() == Operand.Kind.PRINTED ? Operand.exact(o.printed()) : o;
    }

    private static Interval magnitudeIf(Direction direction, Interval x) {
        return direction == Direction.UNSTATED ? x.abs() : x;
    }

    /**
     * "各数按显示精度±0.005万元，合计允许误差±0.025万元；报告值±0.005万元": the half-units used for the inputs, the
     * resulting allowance of the computation and that of the reported figure.
     */
    private static String tolerance(List<Operand> inputs, Operand reported, Interval target, Interval computed,
                                    Interval atPrintedValues, String inputUnit, String resultUnit, String label,
                                    String reportedLabel) {
        SortedSet<BigDecimal> halves = new TreeSet<>();
        int hedged = 0;
        for (Operand o : inputs) {
            switch (o.kind()) {
                case PRINTED -> halves.add(Interval.halfUlp(o.printed()).stripTrailingZeros());
                case HEDGED -> hedged++;
                case EXACT -> { }
            }
        }
        String in = inputUnit == null ? "" : inputUnit;
        String out = resultUnit == null ? "" : resultUnit;
        StringBuilder s = new StringBuilder();
        if (!halves.isEmpty()) {
            s.append("各数按显示精度");
            s.append(String.join("、", halves.stream().map(h -> "±" + h.toPlainString() + in).toList()));
        }
        if (hedged > 0) {
            s.append(s.isEmpty() ? "" : "，").append("含").append(hedged).append("个约数或界限值（按其区间计）");
        }
        if (computed != null) {
            s.append(s.isEmpty() ? "" : "，").append(label);
            // sums and differences are symmetric around the value at the printed figures: say "±h"; ratios are not
            boolean additive = computed.bounded() && atPrintedValues != null && atPrintedValues.bounded()
                    && atPrintedValues.lo().compareTo(atPrintedValues.hi()) == 0
                    && computed.midpoint().orElseThrow().compareTo(atPrintedValues.lo()) == 0;
            int scale = Math.max(reported.printed().scale(), 0) + 2;
            if (additive) {
                s.append("允许误差±").append(computed.halfWidth().orElseThrow().stripTrailingZeros().toPlainString())
                        .append(out);
            } else {
                s.append("可能范围").append(computed.format(scale)).append(out);
            }
        }
        s.append("；").append(reportedLabel);
        if (reported.kind() == Operand.Kind.PRINTED) {
            s.append(reported.printed().toPlainString()).append(out).append("按±")
                    .append(Interval.halfUlp(reported.printed()).stripTrailingZeros().toPlainString()).append(out);
        } else if (reported.kind() == Operand.Kind.EXACT) {
            s.append(reported.printed().toPlainString()).append(out).append("（定数）");
        } else {
            s.append(reported.printed().toPlainString()).append(out).append("取")
                    .append(reported.interval().toString());
        }
        if (!target.equals(reported.interval())) {
            s.append("，允许范围").append(target);
        }
        return s.toString();
    }
}
