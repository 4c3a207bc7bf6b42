package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.evaluation.prose.DeclaredWeight;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

/**
 * {@code weights}: the weights (分值) of a scoring scheme must add up. Three sums:
 * <ul>
 *   <li>{@code weights.section-rows}: a first-level section's weight (产出指标 45分) against the weights of its
 *       indicator rows in the form;</li>
 *   <li>{@code weights.total}: the first-level sections' weights against the maximum score (the evaluation's
 *       满分, else 100);</li>
 *   <li>{@code weights.declared}: the weights a paragraph declares as the scoring scheme ("产出指标40分、效益指标
 *       30分…") against 100.</li>
 * </ul>
 *
 * <p>Why weights are read as exact when they are whole numbers: a weight is set by the scheme, not measured, so
 * "12、11、12、10" is 45 and nothing else; only a weight printed with decimals (33.3) is taken as rounded. A sum
 * above its total is impossible: an error. A sum below it may mean a row or section the extraction did not see: a
 * warning for a declared scheme, nothing for a form's sections or rows (a form split over pages is the commonest
 * cause). Sections that exceed the maximum by exactly the 预算执行率 section's weight are a warning:
 * some forms score budget execution outside the indicator table's 100 points. A row weight larger than its section's (a year read as a weight, say) is extraction noise: the
 * section is skipped rather than reported.
 */
public final class WeightsRule implements CheckRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final java.util.regex.Pattern BUDGET_SECTION = java.util.regex.Pattern.compile("预算执行|资金执行|资金管理|资金使用");

    @Override
    public String rule() {
        return "weights";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            sectionRows(e, out);
            sectionTotal(e, out);
            flatRowsTotal(report, prose, e, out);
        }
        declared(report, prose, out);
        return out;
    }

    private void sectionRows(Evaluation e, List<Finding> out) {
        for (Section s : e.sections()) {
            if (s.weight() == null || s.weight().signum() <= 0) {
                continue;
            }
            List<Indicator> rows = e.indicators().stream()
                    .filter(i -> i.level1() != null && SameProject.key(i.level1()).equals(SameProject.key(s.name())))
                    .toList();
            if (rows.isEmpty() || rows.stream().anyMatch(i -> i.weight() == null || i.weight().signum() < 0
                    || i.weight().compareTo(s.weight()) > 0 || !belongs(i, s))) {
                continue;
            }
            List<BigDecimal> weights = rows.stream().map(Indicator::weight).toList();
            if (weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(s.weight()) < 0) {
                continue; // rows short of the section: more often rows the form reader missed than a wrong form
            }
            List<Provenance> at = new ArrayList<>();
            at.add(s.at());
            rows.forEach(i -> at.add(i.at()));
            compare(out, "weights.section-rows", weights, s.weight(),
                    Names.of(e) + "一级指标“" + s.name() + "”分值" + s.weight().toPlainString() + "分与其下各指标分值之和",
                    at);
        }
    }

    /** The 二级指标 families of the standard scheme, by the 一级指标 they belong to. */
    private static final List<java.util.Map.Entry<java.util.regex.Pattern, java.util.regex.Pattern>> FAMILIES = List.of(
            Map.entry(java.util.regex.Pattern.compile("产出"), java.util.regex.Pattern.compile("数量|质量|时效|成本")),
            Map.entry(java.util.regex.Pattern.compile("效益"), java.util.regex.Pattern.compile("效益|可持续|影响")),
            Map.entry(java.util.regex.Pattern.compile("满意"), java.util.regex.Pattern.compile("满意")));

    /**
     * Whether a row plausibly belongs to its section: it names its 二级指标, and that is not one of another
     * section's family (a 质量指标 row under 效益指标 means the form reader lost a merged 一级指标 cell, as happens
     * with tables split over PDF pages; summing such rows would report the reader's slip as the writer's).
     */
    private static boolean belongs(Indicator row, Section section) {
        if (row.level2() == null || row.level2().isBlank()) {
            return false;
        }
        String level2 = row.level2().replaceAll("\\s+", "");
        String name = section.name().replaceAll("\\s+", "");
        for (var family : FAMILIES) {
            boolean ownFamily = family.getKey().matcher(name).find();
            if (!ownFamily && family.getValue().matcher(level2).find()
                    && FAMILIES.stream().noneMatch(f -> f.getKey().matcher(name).find() && f.getValue().matcher(level2).find())) {
                return false;
            }
        }
        return true;
    }

    private void sectionTotal(Evaluation e, List<Finding> out) {
        List<Section> weighted = e.sections().stream().filter(s -> s.weight() != null).toList();
        if (weighted.size() < 3 || weighted.size() != e.sections().size()) {
            return;
        }
        BigDecimal max = e.maxScore() != null ? e.maxScore() : HUNDRED;
        if (weighted.stream().anyMatch(s -> s.weight().compareTo(max) > 0)) {
            return;
        }
        List<Provenance> at = new ArrayList<>();
        weighted.forEach(s -> at.add(s.at()));
        BigDecimal sum = weighted.stream().map(Section::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetSection = weighted.stream().filter(s -> BUDGET_SECTION.matcher(s.name()).find())
                .map(Section::weight).findFirst().orElse(null);
        if (budgetSection != null && sum.subtract(budgetSection).compareTo(max) == 0) {
            // some forms score 预算执行率 outside the 100 points of the indicator table: a convention, not a slip
            out.add(new Finding(rule(), "weights.total", Finding.Severity.WARNING,
                    Names.of(e) + "各一级指标分值之和为" + sum.toPlainString() + "分，超过满分" + max.toPlainString()
                            + "分；不计预算执行率的" + budgetSection.toPlainString() + "分则吻合，请核实总分口径",
                    max.toPlainString() + "分", sum.toPlainString() + "分", "无（分值为定数）", at));
            return;
        }
        if (sum.compareTo(max) < 0) {
            return; // sections short of the maximum: more often a section not read than a wrong scheme
        }
        compare(out, "weights.total", weighted.stream().map(Section::weight).toList(), max,
                Names.of(e) + "各一级指标分值之和与满分" + max.toPlainString() + "分", at);
    }

    /**
     * {@code weights.rows-total}: a form printed without its grid, whose indicator table was read row by row to its
     * closing 总分 line and declares no section weights: every row's weight plus the 预算执行率 weight is the form's
     * full marks. A shortfall or excess is a warning only: the rows were told apart by inference.
     */
    private void flatRowsTotal(Report report, ProseFacts prose, Evaluation e, List<Finding> out) {
        if (e.indicators().isEmpty() || e.sections().stream().anyMatch(s -> s.weight() != null
                && !BUDGET_SECTION.matcher(s.name()).find())) {
            return;
        }
        org.jixiao.extractors.evaluation.form.FlatForms.Form form =
                org.jixiao.extractors.evaluation.form.FlatForms.formOf(report.source(), e,
                        () -> prose.flatForms(report.source()));
        if (form == null || form.indicators() == null || !form.indicators().closed()
                || form.indicators().indicators().size() != e.indicators().size()
                || e.indicators().stream().anyMatch(i -> i.weight() == null)) {
            return;
        }
        List<BigDecimal> weights = new ArrayList<>();
        List<Provenance> at = new ArrayList<>();
        for (Section s : e.sections()) {
            if (s.weight() != null) {
                weights.add(s.weight());
                at.add(s.at());
            }
        }
        for (Indicator i : e.indicators()) {
            weights.add(i.weight());
            at.add(i.at());
        }
        if (form.scoreStatement() != null) {
            at.add(form.scoreStatement());
        }
        BigDecimal max = e.maxScore() != null ? e.maxScore() : HUNDRED;
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(max) == 0) {
            return;
        }
        out.add(new Finding(rule(), "weights.rows-total", Finding.Severity.WARNING,
                Names.of(e) + "各项指标分值（含预算执行率）之和为" + sum.toPlainString() + "分，与满分" + max.toPlainString()
                        + "分不符（表格由文本还原，请核对原表）",
                max.toPlainString() + "分", sum.toPlainString() + "分", "无（分值为定数）", at));
    }

    /** Declared weights grouped by paragraph: one paragraph declares one scheme. */
    private void declared(Report report, ProseFacts prose, List<Finding> out) {
        Map<Provenance, List<DeclaredWeight>> byParagraph = new LinkedHashMap<>();
        for (DeclaredWeight w : prose.declaredWeights()) {
            for (Block b : report.source().blocks()) {
                if (b instanceof Paragraph p && p.at().start() <= w.at().start() && w.at().end() <= p.at().end()) {
                    byParagraph.computeIfAbsent(p.at(), k -> new ArrayList<>()).add(w);
                    break;
                }
            }
        }
        for (List<DeclaredWeight> scheme : byParagraph.values()) {
            if (scheme.size() < 3 || scheme.stream().anyMatch(w -> w.weight().compareTo(HUNDRED) > 0)) {
                continue;
            }
            compare(out, "weights.declared", scheme.stream().map(DeclaredWeight::weight).toList(), HUNDRED,
                    "文中规定的各一级指标分值之和与满分100分", scheme.stream().map(DeclaredWeight::at).toList());
        }
    }

    /**
     * {@code parts} against {@code total}: the sum above the total under every rounding is an error; below it, a
     * warning (a part may not have been read); a rounding-level difference, a note.
     */
    private void compare(List<Finding> out, String code, List<BigDecimal> parts, BigDecimal total, String what,
                         List<Provenance> at) {
        List<Operand> operands = parts.stream().map(WeightsRule::weight).toList();
        Comparison c = ArithmeticChecks.sum(operands, weight(total), ArithmeticChecks.Coverage.EXHAUSTIVE, "分");
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String message = what + "不符：合计" + sum.toPlainString() + "分";
        String expected = total.toPlainString() + "分";
        Worded.finding(c, rule(), code, message, sum.toPlainString() + "分", at)
                .map(f -> f.severity() == Finding.Severity.ERROR && sum.compareTo(total) < 0
                        ? new Finding(f.rule(), f.code(), Finding.Severity.WARNING,
                                f.message() + "，少于" + expected + "，可能有指标未列出或未识别",
                                expected, f.actual(), f.tolerance(), f.at())
                        : new Finding(f.rule(), f.code(), f.severity(), f.message(), expected, f.actual(),
                                f.tolerance(), f.at()))
                .ifPresent(out::add);
    }

    /** A whole-number weight is set by the scheme, hence exact; one printed with decimals may be rounded. */
    private static Operand weight(BigDecimal w) {
        return w.stripTrailingZeros().scale() <= 0 ? Operand.exact(w) : Operand.printed(w);
    }
}
