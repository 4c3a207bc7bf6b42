package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.UnitSuspicion;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.number.Interval;
import org.jixiao.extractors.number.Unit;

/**
 * {@code unit}: the same quantity written in 万元 in one place and in 元 (or 亿元) in another, whose values differ
 * by a power of ten after conversion — a number typed in the wrong unit. "The same quantity" is matched by what
 * the figures are called, never by an accident of value: a form's budget role (年初预算数, 全年预算数, 全年执行数)
 * against a prose figure whose label names that role. A prose figure that equals the same role of any form in the
 * report is explained and left alone, so a project's budget quoted beside the department's is not compared with
 * the wrong form.
 *
 * <p>Severity: when the two print the very same digits ("2059.52元" against the form's 2059.52万元) only the unit
 * word can be wrong, and no rounding makes the amounts equal: an error. A ratio near 10^k with different digits
 * is suspicious but could be two different amounts that share a name: a warning.
 */
public final class UnitRule implements CheckRule {

    /** The budget roles of a form and the words a prose label uses for each. */
    private enum Role {
        INITIAL("年初预算数", Pattern.compile("年初预算"), Budget::initial),
        FULL_YEAR("全年预算数", Pattern.compile("全年预算|调整后预算|预算调整数"), Budget::fullYear),
        EXECUTED("全年执行数", Pattern.compile("执行数|全年执行|实际支出|决算数"), Budget::executed);

        final String name;
        final Pattern words;
        final Function<Budget, Amount> amount;

        Role(String name, Pattern words, Function<Budget, Amount> amount) {
            this.name = name;
            this.words = words;
            this.amount = amount;
        }
    }

    @Override
    public String rule() {
        return "unit";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : report.figures()) {
            if (f.at() == null || f.at().table() != null || f.kind() != Figure.Kind.AMOUNT || f.label() == null) {
                continue;
            }
            Role role = role(f.label());
            Optional<Operand> prose = inYuan(f.value(), f.unit());
            if (role == null || prose.isEmpty()) {
                continue;
            }
            judge(report, f, role, prose.get(), out);
        }
        return out;
    }

    private void judge(Report report, Figure f, Role role, Operand prose, List<Finding> out) {
        Amount suspect = null;
        Evaluation suspectOf = null;
        UnitSuspicion suspicion = null;
        int suspects = 0;
        for (Evaluation e : report.evaluations()) {
            Amount a = e.budget() == null ? null : role.amount.apply(e.budget());
            if (a == null || a.at() == null || a.at().table() == null) {
                continue;
            }
            Optional<Operand> form = inYuan(a.value(), a.unit());
            if (form.isEmpty()) {
                continue;
            }
            if (prose.interval().overlaps(form.get().interval())) {
                return; // the prose figure is this form's amount: nothing to suspect
            }
            if (Objects.equals(a.unit(), f.unit())) {
                continue;
            }
            Optional<UnitSuspicion> s = ArithmeticChecks.unitMagnitude(prose, form.get());
            if (s.isPresent()) {
                suspects++;
                suspect = a;
                suspectOf = e;
                suspicion = s.get();
            }
        }
        if (suspects != 1) {
            return;
        }
        boolean sameDigits = f.value().compareTo(suspect.value()) == 0;
        String stated = f.value().toPlainString() + f.unit();
        String inForm = suspect.value().toPlainString() + suspect.unit();
        String message = "正文" + role.name + "写作" + stated + "，而" + Names.of(suspectOf) + "自评表为" + inForm
                + "，两者相差约10^" + suspicion.powerOfTen() + "倍，疑为单位写错（" + f.unit() + "与" + suspect.unit()
                + "混用）";
        String tolerance = "各数按显示精度±半个末位计，换算为元后两数之比为10^" + suspicion.powerOfTen() + "×"
                + suspicion.ratio().scaled(-suspicion.powerOfTen()).format(6) + "，只与10^" + suspicion.powerOfTen()
                + "相容，不可能为1";
        List<Provenance> at = new ArrayList<>(List.of(f.at(), suspect.at()));
        out.add(new Finding(rule(), "unit.magnitude",
                sameDigits ? Finding.Severity.ERROR : Finding.Severity.WARNING, message, inForm, stated, tolerance,
                at));
    }

    private static Role role(String label) {
        for (Role r : Role.values()) {
            if (r.words.matcher(label).find()) {
                return r;
            }
        }
        return null;
    }

    /** The printed amount as an interval in 元, or empty when the unit is not a money unit. */
    private static Optional<Operand> inYuan(BigDecimal value, String unit) {
        if (unit == null || value == null || value.signum() == 0) {
            return Optional.empty();
        }
        Optional<Unit> u = Unit.of(unit);
        if (u.isEmpty() || !unit.endsWith("元")) {
            return Optional.empty();
        }
        int exponent = u.get().exponent();
        return Optional.of(new Operand(value, Interval.ofPrinted(value).scaled(exponent), Operand.Kind.PRINTED));
    }
}
