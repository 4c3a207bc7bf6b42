package org.jixiao.index.crossyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.check.arith.Verdict;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.number.Interval;
import org.jixiao.extractors.number.Unit;
import org.jixiao.index.crossyear.YearFigures.Read;
import org.jixiao.index.crossyear.YearRole.Period;

/**
 * The {@code cross-year} rule: what a report says about last year (上年/去年 figures, year-on-year changes) against
 * the same department's own report for that year.
 *
 * <p>Two checks, so that one slip is reported once:
 * <ul>
 *   <li>{@code cross-year.last-year-figure}: a figure the current report gives for last year
 *       ({@code 上年实际收入为2320.93万元}) must be the previous report's own figure for the same measure
 *       ({@code 本年度收入总额2319.93万元}). Measures are matched by label (see {@link YearRole}).</li>
 *   <li>{@code cross-year.change} / {@code cross-year.change-percent}: a change stated without last year's figure
 *       ({@code 本年收入较上年增加216.50万元，增长7.46%}) is recomputed from this year's figure and the previous
 *       report's. When the sentence states last year's figure too, the in-report {@code change} rule already checks
 *       the change against it and the first check compares that figure with the previous report, so the change is
 *       not judged again here.</li>
 * </ul>
 *
 * <p>Figures are compared as intervals of what their printed digits allow (see {@link Interval}), in 元 when the
 * two reports use different units, so {@code 2319.93万元} and {@code 23199315元} agree and rounding never raises an
 * error. A difference only truncation explains is {@code info}. When the previous report holds several different
 * figures for the measure and none agrees, the finding is a {@code warning}: the pairing itself is then uncertain.
 */
public final class CrossYearChecks {

    static final String RULE = "cross-year";

    private CrossYearChecks() {
    }

    /**
     * Findings on {@code current}, comparing it with {@code previous}, the same department's report for the year
     * before. Every finding's {@code at} points into {@code current}; {@code related} holds {@code previous.id()}.
     * Nothing is judged when the two are the same report or their years are known and not consecutive (上年 would
     * then not be the previous report's year).
     */
    public static List<Finding> check(ReportRecord previous, ReportRecord current) {
        if (Objects.equals(previous.id(), current.id()) && previous.id() != null) {
            return List.of();
        }
        if (previous.year() != null && current.year() != null && previous.year() != current.year() - 1) {
            return List.of();
        }
        Map<String, List<Figure>> theirs = new LinkedHashMap<>();
        Map<String, List<Figure>> theirsLoose = new LinkedHashMap<>();
        for (Read r : YearFigures.of(previous)) {
            if (r.period() == Period.THIS_YEAR && r.figure().kind() == Figure.Kind.AMOUNT && !r.keys().isEmpty()) {
                theirs.computeIfAbsent(r.keys().get(0), k -> new ArrayList<>()).add(r.figure());
                theirsLoose.computeIfAbsent(YearRole.looseKey(r.keys().get(0)), k -> new ArrayList<>())
                        .add(r.figure());
            }
        }
        if (theirs.isEmpty()) {
            return List.of();
        }
        List<Read> ours = YearFigures.of(current);
        List<Finding> out = new ArrayList<>();
        for (Read r : ours) {
            if (r.period() == Period.LAST_YEAR && r.figure().kind() == Figure.Kind.AMOUNT) {
                lastYearFigure(r, candidates(theirs, theirsLoose, r.keys()), previous).ifPresent(out::add);
            } else if (r.period() == Period.CHANGE && !r.lastYear() && !r.keys().isEmpty()) {
                change(r, ours, candidates(theirs, theirsLoose, r.keys()), previous).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The previous report's figures for the measure: with the same wording, else with another funding wording. */
    private static List<Figure> candidates(Map<String, List<Figure>> theirs, Map<String, List<Figure>> loose,
                                           List<String> keys) {
        List<Figure> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(theirs.getOrDefault(k, List.of()));
        }
        if (out.isEmpty()) {
            for (String k : keys) {
                out.addAll(loose.getOrDefault(YearRole.looseKey(k), List.of()));
            }
        }
        return distinctValues(out);
    }

    /** One figure per distinct amount (the same income printed in the text and the form counts once). */
    private static List<Figure> distinctValues(List<Figure> figures) {
        Map<BigDecimal, Figure> byYuan = new LinkedHashMap<>();
        for (Figure f : figures) {
            BigDecimal y = inYuan(f).map(BigDecimal::stripTrailingZeros).orElse(null);
            if (y != null) {
                byYuan.putIfAbsent(y, f);
            }
        }
        return List.copyOf(byYuan.values());
    }

    private static Optional<Finding> lastYearFigure(Read ours, List<Figure> theirs, ReportRecord previous) {
        Figure stated = ours.figure();
        if (theirs.isEmpty() || inYuan(stated).isEmpty()) {
            return Optional.empty();
        }
        Figure best = null;
        Verdict bestVerdict = null;
        for (Figure t : theirs) {
            Verdict v = equality(stated, t);
            if (bestVerdict == null || rank(v) < rank(bestVerdict)) {
                best = t;
                bestVerdict = v;
            }
        }
        if (bestVerdict == Verdict.CONSISTENT) {
            return Optional.empty();
        }
        Finding.Severity severity = bestVerdict == Verdict.INCONSISTENT
                ? (theirs.size() == 1 ? Finding.Severity.ERROR : Finding.Severity.WARNING)
                : Finding.Severity.INFO;
        String measure = ours.keys().get(0);
        String message = "本报告所述上年" + measure + printed(stated) + "，与上年度报告" + describe(previous) + "所载"
                + "“" + best.label() + "”" + printed(best)
                + (severity == Finding.Severity.INFO ? "看似不符，但差异可由截断解释，仅作说明" : "不符")
                + (theirs.size() > 1 ? "（上年度报告中该项有" + theirs.size() + "个不同数值，均不相符）" : "");
        return Optional.of(new Finding(RULE, "cross-year.last-year-figure", severity, message, printed(best),
                printed(stated), "两数按各自显示精度" + halfUlp(stated) + "、" + halfUlp(best) + "比较（单位不同时折算为元）",
                List.of(stated.at()), List.of(previous.id())));
    }

    private static Optional<Finding> change(Read ours, List<Read> all, List<Figure> theirs, ReportRecord previous) {
        Figure printedChange = ours.figure();
        Figure thisYear = thisYearFigure(ours, all).orElse(null);
        if (theirs.isEmpty() || thisYear == null || inYuan(thisYear).isEmpty()) {
            return Optional.empty();
        }
        boolean percent = printedChange.kind() == Figure.Kind.RATE;
        if (!percent && (printedChange.kind() != Figure.Kind.AMOUNT || inYuan(printedChange).isEmpty())) {
            return Optional.empty();
        }
        Comparison best = null;
        Figure bestPrevious = null;
        for (Figure t : theirs) {
            boolean sameUnit = Objects.equals(thisYear.unit(), t.unit())
                    && (percent || Objects.equals(thisYear.unit(), printedChange.unit()));
            Comparison c = percent
                    ? ArithmeticChecks.changePercent(operand(thisYear, sameUnit), operand(t, sameUnit),
                            Operand.printed(printedChange.value()), ours.role().direction())
                    : ArithmeticChecks.change(operand(thisYear, sameUnit), operand(t, sameUnit),
                            operand(printedChange, sameUnit), ours.role().direction(),
                            sameUnit ? thisYear.unit() : "元");
            if (best == null || Comparison.BEST_FIRST.compare(c, best) < 0) {
                best = c;
                bestPrevious = t;
            }
        }
        Optional<Finding.Severity> severity = best.verdict().severity();
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        Finding.Severity s = severity.get() == Finding.Severity.ERROR && theirs.size() > 1
                ? Finding.Severity.WARNING : severity.get();
        String stated = percent ? printedChange.value().toPlainString() + "%" : printed(printedChange);
        String message = "“" + printedChange.label() + stated + "”，按本年" + printed(thisYear) + "与上年度报告"
                + describe(previous) + "所载“" + bestPrevious.label() + "”" + printed(bestPrevious) + "计算"
                + (s == Finding.Severity.INFO ? "看似不符，但差异可由截断解释，仅作说明" : "不符");
        List<Provenance> at = List.of(printedChange.at(), thisYear.at());
        return Optional.of(new Finding(RULE, percent ? "cross-year.change-percent" : "cross-year.change", s, message,
                expected(best, ours.role().direction(), percent ? "%" : sameUnitLabel(thisYear, bestPrevious,
                        printedChange)), stated, best.tolerance(), at, List.of(previous.id())));
    }

    /**
     * What the change should have said, as the report words it: a magnitude after 增加/减少 ({@code 17.98万元}),
     * followed by the range rounding allows.
     */
    private static String expected(Comparison c, ArithmeticChecks.Direction direction, String unit) {
        boolean decrease = direction == ArithmeticChecks.Direction.DECREASE;
        String value = c.computedValue() == null ? ""
                : (decrease ? c.computedValue().negate() : c.computedValue()).toPlainString() + unit;
        if (c.computed() == null) {
            return value;
        }
        Interval range = decrease ? c.computed().negate() : c.computed();
        return value + " " + range.format(4);
    }

    private static String sameUnitLabel(Figure a, Figure b, Figure c) {
        String u = a.unit() == null ? "" : a.unit();
        return u.equals(b.unit()) && u.equals(c.unit()) ? u : "元";
    }

    /** This year's figure the change is about: the clause's subject, else the report's only figure for the measure. */
    private static Optional<Figure> thisYearFigure(Read change, List<Read> all) {
        String key = change.keys().get(0);
        if (change.subject() != null) {
            String subjectKey = YearRole.of(change.subject().label(), null).key();
            if (change.role().key().isEmpty() || subjectKey.equals(key)) {
                return Optional.of(change.subject());
            }
        }
        List<Figure> same = new ArrayList<>();
        for (Read r : all) {
            if (r.period() == Period.THIS_YEAR && r.figure().kind() == Figure.Kind.AMOUNT
                    && !r.keys().isEmpty() && r.keys().get(0).equals(key)) {
                same.add(r.figure());
            }
        }
        List<Figure> distinct = distinctValues(same);
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /** Whether two amounts can be the same under rounding, else under truncation, in 元 when units differ. */
    private static Verdict equality(Figure a, Figure b) {
        boolean sameUnit = Objects.equals(a.unit(), b.unit());
        Operand x = operand(a, sameUnit);
        Operand y = operand(b, sameUnit);
        if (x.interval(Operand.Reading.ROUNDED).overlaps(y.interval(Operand.Reading.ROUNDED))) {
            return Verdict.CONSISTENT;
        }
        if (x.interval(Operand.Reading.TRUNCATED_OR_ROUNDED)
                .overlaps(y.interval(Operand.Reading.TRUNCATED_OR_ROUNDED))) {
            return Verdict.CONSISTENT_IF_TRUNCATED;
        }
        return Verdict.INCONSISTENT;
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case CONSISTENT -> 0;
            case CONSISTENT_IF_TRUNCATED, CONSISTENT_IF_FEWER_DECIMALS, CONSISTENT_IF_ROUNDED_ALIKE -> 1;
            case INCONSISTENT -> 2;
            case UNDETERMINED -> 3;
        };
    }

    /**
     * The figure as an operand, in its own unit or in 元. Converting by moving the decimal point keeps the printed
     * precision: {@code 2320.93万元} becomes {@code 23209300} with scale −2, whose half-unit is 50元 — exactly the
     * ±0.005万元 the printed digits allow.
     */
    private static Operand operand(Figure f, boolean ownUnit) {
        if (ownUnit) {
            return Operand.printed(f.value());
        }
        return Operand.printed(f.value().scaleByPowerOfTen(exponent(f).orElse(0)));
    }

    private static Optional<Integer> exponent(Figure f) {
        if (f.unit() == null) {
            return Optional.empty();
        }
        return Unit.of(f.unit()).map(Unit::exponent);
    }

    private static Optional<BigDecimal> inYuan(Figure f) {
        if (f.yuan() != null) {
            return Optional.of(f.yuan());
        }
        return exponent(f).map(e -> f.value().scaleByPowerOfTen(e));
    }

    private static String printed(Figure f) {
        return f.value().toPlainString() + (f.unit() == null ? "" : f.unit());
    }

    private static String halfUlp(Figure f) {
        return "±" + Interval.halfUlp(f.value()).stripTrailingZeros().toPlainString() + (f.unit() == null ? "" : f.unit());
    }

    /** 《title》（2023年，file.docx）: enough for an officer to open the other report. */
    static String describe(ReportRecord r) {
        return Finding.otherReport(r.title(), r.year(), r.path());
    }

}
