package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.number.Interval;

/**
 * {@code text-table}: the text and the self-evaluation form state the same quantity differently ("全年执行数为
 * 2114.98万元" in the text, 2104.98 in the form's 年度资金总额 row).
 *
 * <p>Why a rule of its own: the merged report keeps only the form's value (the form is the more structured
 * evidence), so the text's contradicting figure would otherwise vanish silently. Quantities are matched by role
 * (年初预算数, 全年预算数, 全年执行数, 执行率, 总得分) and by evaluation (the project's name, or the department), never by
 * value. Both figures are read as the intervals their printed precision allows, in one unit; a difference that is
 * a power of ten is a unit slip ({@code 2244.22元} for {@code 2244.22万元}) and is left to the {@code unit} rule so
 * that one mistake is not reported twice.
 *
 * <p>The department's figures are taken from prose paragraphs that name no project, by their label alone
 * ({@code 全年预算数}, {@code 已执行}, {@code 预算执行率}); when such a paragraph states one role twice with
 * different values the role is skipped: the text is then ambiguous, not contradictory.
 */
public final class TextTableRule implements CheckRule {

    private static final String YEAR = "(?:截至)?(?:\\d{4}年(?:度)?(?:\\d{1,2}月\\d{1,2}日)?)?(?:部门|整体|部门整体|全年|本年度?|年度|年末|年底|累计|预算资金)*";
    private static final Pattern INITIAL = Pattern.compile("^" + YEAR + "年初预算(?:数|金额)?(?:为|是)?$");
    private static final Pattern FULL_YEAR = Pattern.compile("^" + YEAR + "(?:调整后)?(?:预算(?:数|金额|安排)?|安排资金)(?:为|是|共)?$");
    private static final Pattern EXECUTED = Pattern.compile(
            "^" + YEAR + "(?:预算)?(?:已执行|实际执行|实际支出|执行数|执行金额|执行)(?:数)?(?:为|是|了)?$");
    private static final Pattern RATE = Pattern.compile("^" + YEAR + "(?:预算)?执行率(?:为|是|达到|达)?$");

    @Override
    public String rule() {
        return "text-table";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts facts) {
        Set<Provenance> flat = FlatForms.budgetValues(facts.flatForms());
        List<Evaluation> forms = facts.forms().stream()
                .filter(e -> fromTable(e) || fromFlatForm(e, flat)).toList();
        if (forms.isEmpty()) {
            return List.of();
        }
        List<Evaluation> prose = facts.evaluations();
        List<Finding> out = new ArrayList<>();
        boolean departmentSeen = false;
        for (Evaluation form : forms) {
            Stated stated = Stated.NONE;
            for (Evaluation p : prose) {
                if (SameProject.evaluations(form, p)) {
                    stated = Stated.of(p);
                    break;
                }
            }
            if (form.scope() == Evaluation.Scope.DEPARTMENT && !departmentSeen) {
                departmentSeen = true;
                stated = stated.orElse(departmentFigures(report, forms, prose));
            }
            compare(out, form, "text-table.budget", "年初预算数", form.budget().initial(), stated.initial);
            if (!sameAmount(stated.fullYear, form.budget().initial())) {
                compare(out, form, "text-table.budget", "全年预算数", form.budget().fullYear(), stated.fullYear);
            }
            compare(out, form, "text-table.executed", "全年执行数", form.budget().executed(), stated.executed);
            compareRate(out, form, stated.rate);
            compareScore(out, form, stated.score, stated.scoreAt);
        }
        return out;
    }

    /** What the text says about one evaluation; each value is from prose (not a table), or null. */
    private record Stated(Amount initial, Amount fullYear, Amount executed, Rate rate, BigDecimal score,
                          Provenance scoreAt) {
        static final Stated NONE = new Stated(null, null, null, null, null, null);

        static Stated of(Evaluation p) {
            Budget b = p.budget() == null ? Budget.NONE : p.budget();
            boolean scoreInProse = p.score() != null && p.at() != null && !p.at().inTable();
            return new Stated(prose(b.initial()), prose(b.fullYear()), prose(b.executed()),
                    b.rate() != null && !b.rate().at().inTable() ? b.rate() : null,
                    scoreInProse ? p.score() : null, scoreInProse ? p.at() : null);
        }

        Stated orElse(Stated other) {
            return new Stated(initial != null ? initial : other.initial, fullYear != null ? fullYear : other.fullYear,
                    executed != null ? executed : other.executed, rate != null ? rate : other.rate, score, scoreAt);
        }

        private static Amount prose(Amount a) {
            return a != null && a.at() != null && !a.at().inTable() ? a : null;
        }
    }

    /** A form printed without its grid whose budget amounts were read under their columns, not placed by guess. */
    private static boolean fromFlatForm(Evaluation e, Set<Provenance> flat) {
        Budget b = e.budget();
        return b != null && b.executed() != null && flat.contains(b.executed().at())
                && (b.fullYear() == null || flat.contains(b.fullYear().at()))
                && (b.initial() == null || flat.contains(b.initial().at()));
    }

    private static boolean fromTable(Evaluation e) {
        return e.at() != null && e.at().inTable() || e.budget() != null && e.budget().executed() != null
                && e.budget().executed().at() != null && e.budget().executed().at().inTable();
    }

    /**
     * The department's budget as the text states it: labelled figures in paragraphs that name no project (a
     * project's paragraph says "全年预算数" too). A role stated twice with different values is dropped.
     */
    private static Stated departmentFigures(Report report, List<Evaluation> forms, List<Evaluation> prose) {
        List<String> projectNames = new ArrayList<>();
        for (List<Evaluation> list : List.of(forms, prose)) {
            for (Evaluation e : list) {
                if (e.scope() == Evaluation.Scope.PROJECT && e.name() != null && e.name().length() >= 2) {
                    projectNames.add(e.name());
                }
            }
        }
        List<Provenance> departmentParagraphs = new ArrayList<>();
        for (Block b : report.source().blocks()) {
            if (b instanceof Paragraph p && !p.text().contains("项目")
                    && projectNames.stream().noneMatch(n -> p.text().contains(n))) {
                departmentParagraphs.add(p.at());
            }
        }
        Map<String, List<Figure>> byRole = new HashMap<>();
        for (Figure f : report.figures()) {
            if (f.at() == null || f.at().inTable() || f.label() == null
                    || departmentParagraphs.stream().noneMatch(p -> p.start() <= f.at().start() && f.at().end() <= p.end())) {
                continue;
            }
            String label = f.label().replaceAll("\\s+", "");
            String role = f.kind() == Figure.Kind.RATE ? (RATE.matcher(label).matches() ? "rate" : null)
                    : f.kind() != Figure.Kind.AMOUNT ? null
                    : INITIAL.matcher(label).matches() ? "initial"
                    : EXECUTED.matcher(label).matches() ? "executed"
                    : FULL_YEAR.matcher(label).matches() ? "fullYear" : null;
            if (role != null) {
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(f);
            }
        }
        return new Stated(amount(byRole.get("initial")), amount(byRole.get("fullYear")),
                amount(byRole.get("executed")), rate(byRole.get("rate")), null, null);
    }

    private static Figure single(List<Figure> figures) {
        if (figures == null || figures.isEmpty()) {
            return null;
        }
        Figure first = figures.get(0);
        boolean agree = figures.stream().allMatch(f -> f.value().compareTo(first.value()) == 0
                && Objects.equals(f.unit(), first.unit()));
        return agree ? first : null;
    }

    private static Amount amount(List<Figure> figures) {
        Figure f = single(figures);
        return f == null || f.yuan() == null ? null : new Amount(f.value(), f.unit(), f.yuan(), f.at());
    }

    private static Rate rate(List<Figure> figures) {
        Figure f = single(figures);
        return f == null ? null : new Rate(f.value(), f.unit(), f.at());
    }

    private static boolean sameAmount(Amount a, Amount b) {
        return a != null && b != null && a.yuan() != null && b.yuan() != null && a.yuan().compareTo(b.yuan()) == 0;
    }

    private void compare(List<Finding> out, Evaluation form, String code, String role, Amount table, Amount text) {
        if (table == null || text == null || table.yuan() == null || text.yuan() == null
                || table.value().signum() == 0 || text.value().signum() == 0) {
            return;
        }
        int tablePower = powerOfUnit(table);
        int textPower = powerOfUnit(text);
        Operand tableFigure = Operand.printed(table.value());
        Operand textFigure = textPower == tablePower ? Operand.printed(text.value())
                : Operand.hedged(text.value().scaleByPowerOfTen(textPower - tablePower),
                        Interval.ofPrinted(text.value()).scaled(textPower - tablePower));
        if (ArithmeticChecks.unitMagnitude(textFigure, tableFigure).isPresent()) {
            return; // a power of ten apart: the unit rule's finding
        }
        String unit = table.unit() == null ? "" : table.unit();
        Comparison c = ArithmeticChecks.sum(List.of(tableFigure), textFigure, ArithmeticChecks.Coverage.EXHAUSTIVE, unit);
        String textPrinted = text.value().toPlainString() + (text.unit() == null ? "" : text.unit());
        report(out, c, code, Names.of(form) + "正文所述" + role + textPrinted + "与自评表中的"
                + table.value().toPlainString() + unit + "不符", textPrinted, List.of(text.at(), table.at()));
    }

    private void compareRate(List<Finding> out, Evaluation form, Rate text) {
        Rate table = form.budget().rate();
        if (table == null || text == null || !Objects.equals(table.unit(), text.unit())) {
            return;
        }
        Comparison c = ArithmeticChecks.sum(List.of(Operand.printed(table.value())), Operand.printed(text.value()),
                ArithmeticChecks.Coverage.EXHAUSTIVE, table.unit());
        String textPrinted = text.value().toPlainString() + text.unit();
        report(out, c, "text-table.rate", Names.of(form) + "正文所述预算执行率" + textPrinted + "与自评表中的"
                + table.value().toPlainString() + table.unit() + "不符", textPrinted, List.of(text.at(), table.at()));
    }

    private void compareScore(List<Finding> out, Evaluation form, BigDecimal text, Provenance textAt) {
        if (form.score() == null || text == null || form.at() == null || !form.at().inTable()) {
            return;
        }
        Comparison c = ArithmeticChecks.sum(List.of(Operand.printed(form.score())), Operand.printed(text),
                ArithmeticChecks.Coverage.EXHAUSTIVE, "分");
        report(out, c, "text-table.score", Names.of(form) + "正文所述自评得分" + text.toPlainString()
                + "分与自评表中的" + form.score().toPlainString() + "分不符", text.toPlainString() + "分",
                List.of(textAt, form.at()));
    }

    private void report(List<Finding> out, Comparison c, String code, String message, String actual,
                        List<Provenance> at) {
        Optional<Finding> f = Worded.finding(c, rule(), code, message, actual, at);
        f.map(x -> new Finding(x.rule(), x.code(), x.severity(), x.message(), x.expected(), x.actual(),
                x.tolerance().replace("合计允许误差", "自评表数允许误差"), x.at())).ifPresent(out::add);
    }

    /** The power of ten of an amount's unit (元 0, 万元 4 …), from its value in 元. */
    private static int powerOfUnit(Amount a) {
        BigDecimal factor = a.yuan().divide(a.value(), Interval.DIVISION).stripTrailingZeros();
        return factor.precision() == 1 && factor.unscaledValue().intValue() == 1 ? -factor.scale() : 0;
    }
}
