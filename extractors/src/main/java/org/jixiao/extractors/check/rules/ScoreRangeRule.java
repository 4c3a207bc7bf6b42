package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.number.Interval;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

/**
 * {@code score-range}: no score above its weight (分值) or below zero — for indicator rows and sections.
 *
 * <p>A form may print no weights at all and still score "weight × actual ÷ target" without the cap at full
 * marks: then an over-achieved indicator scores above its weight. The weight is inferred
 * ({@code score.uncapped}): a round weight (see {@link #ROUND_WEIGHTS}) that reproduces the score at the printed
 * precision, and only when another indicator of the same form is explained by the same formula (evidence that the
 * form scores in proportion). A warning, since the weight is read from the arithmetic, not the form.
 */
public final class ScoreRangeRule implements CheckRule {

    @Override
    public String rule() {
        return "score-range";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            for (Indicator i : e.indicators()) {
                if (i.score() != null && i.weight() != null) {
                    Worded.finding(ArithmeticChecks.scoreWithinWeight(Operand.printed(i.score()), Operand.printed(i.weight())),
                            rule(), "score-range.indicator",
                                    "指标“" + i.level3() + "”得分" + i.score().toPlainString() + "分超出其分值"
                                            + i.weight().toPlainString() + "分的范围",
                                    i.score().toPlainString(), at(i.at()))
                            .ifPresent(out::add);
                }
            }
            uncapped(e, out);
            for (Section s : e.sections()) {
                if (s.score() != null && s.weight() != null) {
                    Worded.finding(ArithmeticChecks.scoreWithinWeight(Operand.printed(s.score()), Operand.printed(s.weight())),
                            rule(), "score-range.section",
                                    Names.of(e) + "的" + s.name() + "得分" + s.score().toPlainString() + "分超出满分"
                                            + s.weight().toPlainString() + "分",
                                    s.score().toPlainString(), at(s.at()))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The weights forms give indicators; an implied weight must be one of them. */
    static final List<BigDecimal> ROUND_WEIGHTS = java.util.stream.Stream.of("2", "3", "4", "5", "6", "8", "10", "12",
            "15", "20", "25", "30", "40").map(BigDecimal::new).toList();
    private static final Pattern PLAIN = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*[^\\d≥≤<>＞＜≧≦以上下约余]*$");

    /** An indicator whose score is {@code weight × actual ÷ target} for a round weight. */
    private record Implied(Indicator indicator, BigDecimal weight, BigDecimal actual, BigDecimal target) {
    }

    private void uncapped(Evaluation e, List<Finding> out) {
        List<Implied> implied = new ArrayList<>();
        for (Indicator i : e.indicators()) {
            if (i.weight() != null || i.score() == null) {
                continue;
            }
            BigDecimal actual = plain(i.actual());
            BigDecimal target = plain(i.target());
            if (actual == null || target == null || target.signum() <= 0 || actual.signum() <= 0
                    || actual.compareTo(target) == 0) {
                continue;
            }
            List<BigDecimal> fits = new ArrayList<>();
            for (BigDecimal w : ROUND_WEIGHTS) {
                Interval computed = Operand.printed(actual).interval().times(w)
                        .dividedBy(Interval.exact(target)).orElse(null);
                if (computed != null && computed.overlaps(Operand.printed(i.score()).interval())) {
                    fits.add(w);
                }
            }
            if (fits.size() == 1) {
                implied.add(new Implied(i, fits.get(0), actual, target));
            }
        }
        if (implied.size() < 2) {
            return;
        }
        for (Implied x : implied) {
            Indicator i = x.indicator();
            if (x.actual().compareTo(x.target()) > 0 && i.score().compareTo(x.weight()) > 0) {
                out.add(new Finding(rule(), "score-range.uncapped", Finding.Severity.WARNING,
                        "指标“" + name(i) + "”得分" + i.score().toPlainString() + "分等于" + x.weight().toPlainString()
                                + "分×实际值" + x.actual().toPlainString() + "÷目标值" + x.target().toPlainString()
                                + "，未以分值" + x.weight().toPlainString() + "分封顶（分值系按同表计分方式推断）",
                        "≤" + x.weight().toPlainString(), i.score().toPlainString(),
                        "得分按显示精度±半个末位", at(i.at())));
            }
        }
    }

    private static String name(Indicator i) {
        return i.level3() != null ? i.level3() : i.level2() != null ? i.level2() : "";
    }

    private static BigDecimal plain(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = PLAIN.matcher(s);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    static List<Provenance> at(Provenance p) {
        return p == null ? List.of() : List.of(p);
    }
}
