package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

/**
 * {@code score-sum}: indicator scores add up to their section's score, and section scores to the total.
 *
 * <p>Only complete pictures are judged. A section's indicator rows count as complete when their weights add up
 * to the section's weight; the sections count as complete when their weights add up to the full marks (the
 * evaluation's own, else 100). A section whose score is not stated takes the sum of its complete indicator
 * rows (as an interval, so rounding widens it); a partial list proves nothing and is skipped.
 */
public final class ScoreSumRule implements CheckRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String rule() {
        return "score-sum";
    }

    /** A section's score as stated, or as the sum of its rows, with the evidence behind it. */
    private record Part(List<Operand> scores, List<Provenance> at) {
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            if (e.sections().isEmpty()) {
                continue;
            }
            BigDecimal weights = BigDecimal.ZERO;
            List<Operand> parts = new ArrayList<>();
            List<Provenance> evidence = new ArrayList<>();
            boolean complete = true;
            for (Section s : e.sections()) {
                Optional<Part> rows = s.weight() == null ? Optional.empty() : rows(e, s);
                if (s.score() != null && rows.isPresent()) {
                    List<Provenance> at = new ArrayList<>();
                    addIfPresent(at, s.at());
                    at.addAll(rows.get().at());
                    Worded.finding(ArithmeticChecks.scoreSum(rows.get().scores(), Operand.printed(s.score())),
                            rule(), "score-sum.indicators",
                            Names.of(e) + "的" + s.name() + "得分" + s.score().toPlainString() + "分与其各项指标得分之和不符",
                            s.score().toPlainString(), at).ifPresent(out::add);
                }
                if (s.weight() == null || (s.score() == null && rows.isEmpty())) {
                    complete = false;
                    continue;
                }
                weights = weights.add(s.weight());
                if (s.score() != null) {
                    parts.add(Operand.printed(s.score()));
                    addIfPresent(evidence, s.at());
                } else {
                    parts.addAll(rows.get().scores());
                    evidence.addAll(rows.get().at());
                }
            }
            BigDecimal full = e.maxScore() != null ? e.maxScore() : HUNDRED;
            if (e.score() != null && complete && weights.compareTo(full) > 0) {
                overFullMarks(report, prose, e, parts, evidence, out);
                continue;
            }
            if (e.score() != null && !complete) {
                items(e, full, out);
                continue;
            }
            if (e.score() == null || weights.compareTo(full) != 0) {
                continue;
            }
            List<Provenance> at = new ArrayList<>();
            addIfPresent(at, e.at());
            at.addAll(evidence);
            Worded.finding(ArithmeticChecks.scoreSum(parts, Operand.printed(e.score())),
                    rule(), "score-sum.sections",
                    Names.of(e) + "总得分" + e.score().toPlainString() + "分与各一级指标得分之和不符",
                    e.score().toPlainString(), at).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Sections whose weights exceed the full marks (the weights rule's finding) may still be scored: when their
     * scores add up to other than the stated total, the total was capped or mis-added. Which, the form does not
     * say: a warning, quoting the form's 总分 line where it was printed without a grid.
     */
    private void overFullMarks(Report report, ProseFacts prose, Evaluation e, List<Operand> parts, List<Provenance> evidence,
                               List<Finding> out) {
        List<Provenance> at = new ArrayList<>();
        addIfPresent(at, e.at());
        at.addAll(evidence);
        org.jixiao.extractors.evaluation.form.FlatForms.Form form =
                org.jixiao.extractors.evaluation.form.FlatForms.formOf(report.source(), e,
                        () -> prose.flatForms(report.source()));
        if (form != null) {
            addIfPresent(at, form.scoreStatement());
        }
        Worded.finding(ArithmeticChecks.scoreSum(parts, Operand.printed(e.score())),
                rule(), "score-sum.over-full-marks",
                Names.of(e) + "各一级指标得分之和与总得分" + e.score().toPlainString() + "分不符（各一级指标分值之和已超过满分）",
                e.score().toPlainString(), at).map(f -> f.severity() == Finding.Severity.ERROR
                        ? new Finding(f.rule(), f.code(), Finding.Severity.WARNING, f.message(), f.expected(), f.actual(),
                                f.tolerance(), f.at(), f.related()) : f)
                .ifPresent(out::add);
    }

    /**
     * A form that states no section weights (产出指标 without its 50分) can still be complete: when every section is
     * scored through its indicator rows, or states its own weight and score (the budget block's 预算执行率), and
     * those weights make up the full marks, nothing is missing, and the items' scores must add up to the total.
     */
    private void items(Evaluation e, BigDecimal full, List<Finding> out) {
        BigDecimal weights = BigDecimal.ZERO;
        List<Operand> parts = new ArrayList<>();
        List<Provenance> at = new ArrayList<>();
        addIfPresent(at, e.at());
        for (Section s : e.sections()) {
            Optional<Part> rows = allRows(e, s);
            if (rows.isPresent() && s.weight() != null && s.weight().compareTo(rowWeights(e, s)) != 0) {
                return; // the section states a weight its rows do not make up: some are missing
            }
            if (rows.isPresent()) {
                weights = weights.add(rowWeights(e, s));
                parts.addAll(rows.get().scores());
                at.addAll(rows.get().at());
            } else if (s.weight() != null && s.score() != null) {
                weights = weights.add(s.weight());
                parts.add(Operand.printed(s.score()));
                addIfPresent(at, s.at());
            } else {
                return;
            }
        }
        if (weights.compareTo(full) != 0) {
            return;
        }
        Worded.finding(ArithmeticChecks.scoreSum(parts, Operand.printed(e.score())),
                rule(), "score-sum.items",
                Names.of(e) + "总得分" + e.score().toPlainString() + "分与各项指标得分之和不符（各项分值之和为满分"
                        + full.stripTrailingZeros().toPlainString() + "分）",
                e.score().toPlainString(), at).ifPresent(out::add);
    }

    /** A section's indicator rows when there are some and every one has a weight and a score, whatever they add to. */
    private static Optional<Part> allRows(Evaluation e, Section s) {
        BigDecimal w = rowWeights(e, s);
        return w == null || w.signum() <= 0 ? Optional.empty()
                : rows(e, new Section(s.name(), w, s.score(), s.at()));
    }

    /** The sum of a section's row weights; null when a row has none, zero when the section has no rows. */
    private static BigDecimal rowWeights(Evaluation e, Section s) {
        String key = key(s.name());
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : e.indicators()) {
            if (i.level1() != null && key(i.level1()).equals(key)) {
                if (i.weight() == null) {
                    return null;
                }
                sum = sum.add(i.weight());
            }
        }
        return sum;
    }

    /**
     * The indicator rows of a section, when they are all scored and their weights make up the section's.
     *
     * <p>Precision is a property of the score column, not of each cell: a form that prints {@code 7.5} and
     * {@code 10} in one column means 10.0, since Word and WPS print no padding zeros. Every row score is read
     * at the finest precision the evaluation's rows show; reading {@code 10} as ±0.5 would let a dozen rows
     * excuse a difference of several points.
     */
    private static Optional<Part> rows(Evaluation e, Section s) {
        String key = key(s.name());
        int columnScale = 0;
        for (Indicator i : e.indicators()) {
            if (i.score() != null) {
                columnScale = Math.max(columnScale, i.score().scale());
            }
        }
        List<Operand> scores = new ArrayList<>();
        List<Provenance> at = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (Indicator i : e.indicators()) {
            if (i.level1() == null || !key(i.level1()).equals(key)) {
                continue;
            }
            if (i.weight() == null || i.score() == null) {
                return Optional.empty();
            }
            weights = weights.add(i.weight());
            scores.add(Operand.printed(i.score().setScale(Math.max(i.score().scale(), columnScale))));
            addIfPresent(at, i.at());
        }
        return scores.isEmpty() || weights.compareTo(s.weight()) != 0 ? Optional.empty() : Optional.of(new Part(scores, at));
    }

    /** A section name without its stated weight or spacing: {@code 产出指标(50分)} → {@code 产出指标}. */
    static String key(String name) {
        return SPACES.matcher(BRACKETED.matcher(name).replaceAll("")).replaceAll("");
    }

    // compiled once: key is asked for each indicator row of each section (String.replaceAll compiles per call)
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static void addIfPresent(List<Provenance> list, Provenance p) {
        if (p != null) {
            list.add(p);
        }
    }
}
