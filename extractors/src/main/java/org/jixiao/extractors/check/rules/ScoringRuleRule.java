package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.check.arith.Verdict;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.number.Interval;
import org.jixiao.extractors.text.FirstChars;

/**
 * {@code scoring-rule}: a quantitative indicator (target and actual both numbers in one unit: "≥162户" against
 * "154户") scored against the usual rule of these forms: full marks when the target is met, otherwise actual ÷ target
 * × weight (target ÷ actual for a "≤" target), see {@link ArithmeticChecks#proportionalScore}.
 *
 * <p>Why conservative: many reports score by judgement, so the usual rule is only a yardstick. Without a rule stated
 * in the report, a score above what the rule allows is a warning (more points than the result earns) and a score
 * below it a note. When the report states the rule itself, a score it contradicts under every rounding is an error.
 * Two stated rules are understood: proportional scoring ("未完成按比例扣分", "按完成比例计分") and a fixed deduction per
 * percentage point ("每降低1%扣1分", for percentage indicators). Rules stated per indicator, thresholds ("低于80%
 * 不得分") and bands are not parsed: for them the rule falls back to the usual one, never to an error.
 */
public final class ScoringRuleRule implements CheckRule {

    private static final Pattern FIGURE = Pattern.compile(
            "^(≥|>=|≧|＞|>|不低于|不少于|≤|<=|≦|＜|<|不高于|不超过|低于)?\\s*(\\d+(?:\\.\\d+)?)\\s*([%‰]|[\\p{IsHan}]{1,3})?$");
    private static final Pattern PROPORTIONAL = Pattern.compile(
            "(?:未完成|未达到|未达标|未达成)[^。；;]{0,8}按(?:完成)?比例(?:扣分|计分|得分|扣减)|按(?:实际)?完成(?:比例|率|进度)(?:计分|得分|折算)");
    /** Where {@link #PROPORTIONAL} can begin (its alternatives open on 未 or 按). */
    private static final FirstChars PROPORTIONAL_STARTS = FirstChars.of("未按");
    private static final Pattern PER_POINT = Pattern.compile(
            "每(?:降低|减少|下降|低于(?:目标值?|指标值?)?|少|偏离)(\\d+(?:\\.\\d+)?)(?:%|个百分点)(?:的)?扣(\\d+(?:\\.\\d+)?)分");

    @Override
    public String rule() {
        return "scoring-rule";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        String text = report.source().text().text();
        List<Stated> proportional = new ArrayList<>();
        Matcher stated = PROPORTIONAL.matcher(text);
        for (int from = 0; PROPORTIONAL_STARTS.find(stated, text, from); from = stated.end()) {
            proportional.add(new Stated(sentence(text, stated.start()), at(report, stated.start(), stated.end())));
        }
        List<PerPoint> perPoints = new ArrayList<>();
        Matcher per = PER_POINT.matcher(text);
        while (per.find()) {
            perPoints.add(new PerPoint(new BigDecimal(per.group(1)), new BigDecimal(per.group(2)),
                    sentence(text, per.start()), at(report, per.start(), per.end())));
        }
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            for (Indicator i : e.indicators()) {
                String name = i.level3() != null ? i.level3() : i.level2();
                Provenance proportionalAt = proportional.stream().filter(st -> appliesTo(st.sentence(), name))
                        .map(Stated::at).findFirst().orElse(null);
                PerPoint perPoint = perPoints.stream().filter(pp -> appliesTo(pp.sentence(), name)).findFirst()
                        .orElse(null);
                check(e, i, proportionalAt, perPoint).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a stated rule covers an indicator: its sentence names the indicator, or speaks of quantitative
     * indicators in general. "预算执行率每降低1%扣1分" covers the budget execution rate only, not every percentage.
     */
    private static boolean appliesTo(String sentence, String indicator) {
        return indicator != null && indicator.length() >= 2 && sentence.contains(indicator)
                || GENERAL.matcher(sentence).find();
    }

    private static final Pattern GENERAL = Pattern.compile("定量指标|量化指标|数量指标|各项指标|各指标");

    /** A stated rule and the sentence it stands in. */
    private record Stated(String sentence, Provenance at) {
    }

    private static String sentence(String text, int at) {
        int from = at;
        while (from > 0 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && "。；;\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** A stated deduction: {@code points} for every {@code step} percentage points short of the target. */
    private record PerPoint(BigDecimal step, BigDecimal points, String sentence, Provenance at) {
    }

    /** A target or actual as printed: comparison sign, number, unit. */
    private record Printed(String sign, BigDecimal value, String unit) {
        boolean lowerIsBetter() {
            return sign != null && (sign.contains("≤") || sign.contains("<") || sign.contains("≦") || sign.contains("＜")
                    || sign.equals("不高于") || sign.equals("不超过") || sign.equals("低于"));
        }
    }

    private static Optional<Printed> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = FIGURE.matcher(s.replaceAll("\\s+", ""));
        return m.matches() ? Optional.of(new Printed(m.group(1), new BigDecimal(m.group(2)), m.group(3)))
                : Optional.empty();
    }

    private Optional<Finding> check(Evaluation e, Indicator i, Provenance proportionalAt, PerPoint perPoint) {
        if (i.weight() == null || i.score() == null || i.weight().signum() <= 0 || i.score().compareTo(i.weight()) > 0) {
            // a score above its weight is the score-range rule's finding
            return Optional.empty();
        }
        Optional<Printed> target = parse(i.target());
        Optional<Printed> actual = parse(i.actual());
        if (target.isEmpty() || actual.isEmpty() || actual.get().sign() != null
                || !java.util.Objects.equals(target.get().unit(), actual.get().unit())
                || target.get().value().signum() <= 0 || actual.get().value().signum() < 0
                || target.get().lowerIsBetter() && actual.get().value().signum() == 0) {
            return Optional.empty();
        }
        boolean lower = target.get().lowerIsBetter();
        String name = Names.of(e) + "指标“" + (i.level3() != null ? i.level3() : i.level2()) + "”";
        String unit = target.get().unit() == null ? "" : target.get().unit();
        List<Provenance> at = new ArrayList<>(List.of(i.at()));
        if (perPoint != null && "%".equals(unit) && !lower) {
            at.add(perPoint.at());
            return perPointFinding(i, target.get(), actual.get(), perPoint, name, at);
        }
        Comparison c = ArithmeticChecks.proportionalScore(Operand.printed(actual.get().value()),
                Operand.printed(target.get().value()), Operand.printed(i.weight()), Operand.printed(i.score()), lower);
        if (c.verdict() != Verdict.INCONSISTENT) {
            return Optional.empty(); // consistent, or a rounding-level difference: nothing a reader needs
        }
        boolean above = c.computed() != null && c.computed().boundedAbove()
                && c.reported().lo().compareTo(c.computed().hi()) > 0;
        Finding.Severity severity = proportionalAt != null ? Finding.Severity.ERROR
                : above ? Finding.Severity.WARNING : Finding.Severity.INFO;
        if (proportionalAt != null) {
            at.add(proportionalAt);
        }
        BigDecimal a = actual.get().value();
        BigDecimal t = target.get().value();
        BigDecimal ratio = lower ? t.divide(a, Interval.DIVISION) : a.divide(t, Interval.DIVISION);
        String computed = ratio.min(BigDecimal.ONE).multiply(i.weight()).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String rule = proportionalAt != null ? "报告所述按比例计分规则" : "按完成比例计分的通常规则";
        String message = name + "目标" + i.target() + "、实际" + i.actual() + "，得分" + i.score().toPlainString()
                + "分" + (above ? "高于" : "低于") + rule + "所得约" + computed + "分"
                + (proportionalAt == null ? (above ? "，请核实是否多计了分" : "，可能另有扣分理由，仅作说明") : "");
        return Optional.of(new Finding(rule(), "scoring-rule.proportional", severity, message, computed + "分", i.score().toPlainString() + "分", c.tolerance(), at));
    }

    /** score = weight − (target − actual) ÷ step × points, at least 0; full marks when the target is met. */
    private Optional<Finding> perPointFinding(Indicator i, Printed target, Printed actual, PerPoint rule, String name,
                                              List<Provenance> at) {
        Interval shortfall = Interval.exact(target.value()).minus(Interval.ofPrinted(actual.value()));
        Interval clipped = new Interval(shortfall.lo().max(BigDecimal.ZERO), shortfall.hi().max(BigDecimal.ZERO));
        Interval deducted = clipped.times(rule.points()).dividedBy(Interval.exact(rule.step())).orElseThrow()
                .capAt(i.weight());
        BigDecimal printedDeduction = target.value().subtract(actual.value()).max(BigDecimal.ZERO)
                .multiply(rule.points()).divide(rule.step(), Interval.DIVISION).min(i.weight());
        Comparison c = ArithmeticChecks.deduction(Operand.exact(i.weight()),
                Operand.hedged(printedDeduction, deducted), Operand.printed(i.score()));
        if (c.verdict() != Verdict.INCONSISTENT) {
            return Optional.empty();
        }
        String expected = c.computedValue().toPlainString() + "分";
        return Optional.of(new Finding(rule(), "scoring-rule.per-point", Finding.Severity.ERROR,
                name + "目标" + i.target() + "、实际" + i.actual() + "，按报告所述“每" + rule.step().toPlainString()
                        + "个百分点扣" + rule.points().toPlainString() + "分”应得" + expected + "，报告得分"
                        + i.score().toPlainString() + "分",
                expected, i.score().toPlainString() + "分", c.tolerance(), at));
    }

    private static Provenance at(Report report, int start, int end) {
        String text = report.source().text().text();
        return Provenance.ofText(null, start, end, text.substring(start, end));
    }
}
