package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks.UnitSuspicion;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.number.Interval;
import org.jixiao.extractors.number.Unit;

/**
 * {@code unit}: the same quantity written in one unit here and another there — 万元 in the form, 元 in the prose,
 * or a figure in 元 with the word 万元 after it ("基本支出1353475.8万元" beside the table's 135.35万元) — so that
 * the two differ by a power of ten after conversion. "The same quantity" is matched by what the figures are
 * called, never by an accident of value:
 * <ul>
 *   <li>a prose figure whose label names a budget role (年初预算数, 全年预算数, 预算批复资金, 全年执行数, 支出金额)
 *       against that role in a self-evaluation form;</li>
 *   <li>a prose figure against a table figure whose row or column label contains the prose label (基本支出).</li>
 * </ul>
 * A prose figure that equals any such candidate is explained and left alone, so a project's budget quoted beside
 * the department's is not compared with the wrong form.
 *
 * <p>Severity. When shifting one figure by the power of ten gives the other's printed digits ("2059.52元" against
 * 2059.52万元; 1353475.8 against 135.35) only the unit can be wrong and no rounding makes the amounts equal: an
 * error. A budget-role figure in another unit whose ratio is near a power of ten without the digits agreeing is
 * suspicious but could be another amount of the same name: a warning. Table labels are looser than budget roles,
 * so a table match is reported only when the digits agree.
 */
public final class UnitRule implements CheckRule {

    /** The budget roles of a form and the words a prose label uses for each. */
    private enum Role {
        INITIAL("年初预算数", Pattern.compile("年初预算"), List.of(Budget::initial)),
        FULL_YEAR("全年预算数", Pattern.compile("全年预算|调整后预算|预算调整数"), List.of(Budget::fullYear)),
        APPROVED("预算批复数", Pattern.compile("预算批复|批复预算|批复资金|预算资金总额|预算总额"),
                List.of(Budget::initial, Budget::fullYear)),
        EXECUTED("全年执行数", Pattern.compile("执行数|全年执行|实际支出|决算数|支出金额|支出总额"),
                List.of(Budget::executed));

        final String name;
        final Pattern words;
        final List<Function<Budget, Amount>> amounts;

        Role(String name, Pattern words, List<Function<Budget, Amount>> amounts) {
            this.name = name;
            this.words = words;
            this.amounts = amounts;
        }
    }

    /** A labelled amount another figure is compared with. */
    private record Candidate(String described, BigDecimal value, String unit, Provenance at, boolean role) {
    }

    private static final Pattern LABEL_NOISE = Pattern.compile("^.*?(其中[:：]?|\\d{4}年度?|[,，、:：])");

    @Override
    public String rule() {
        return "unit";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts facts) {
        List<Finding> out = new ArrayList<>();
        Set<Provenance> flat = null;
        for (Figure f : report.figures()) {
            if (f.at() == null || f.at().table() != null || f.kind() != Figure.Kind.AMOUNT || f.label() == null) {
                continue;
            }
            Optional<Operand> prose = inYuan(f.value(), f.unit());
            if (prose.isEmpty()) {
                continue;
            }
            if (flat == null && role(f.label()) != null) {
                flat = FlatForms.budgetValues(facts.flatForms());
            }
            List<Candidate> candidates = roleCandidates(report, f.label(), flat);
            String roleName = candidates.isEmpty() ? null : role(f.label()).name;
            if (candidates.isEmpty()) {
                candidates = tableCandidates(report, f.label());
            }
            judge(f, roleName, prose.get(), candidates).ifPresent(out::add);
        }
        UnitSlip.check(report, out);
        return out;
    }

    private Optional<Finding> judge(Figure f, String roleName, Operand prose, List<Candidate> candidates) {
        Candidate suspect = null;
        UnitSuspicion suspicion = null;
        int suspects = 0;
        boolean sameDigits = false;
        for (Candidate c : candidates) {
            Optional<Operand> other = inYuan(c.value(), c.unit());
            if (other.isEmpty()) {
                continue;
            }
            if (prose.interval().overlaps(other.get().interval())) {
                return Optional.empty(); // the prose figure is this amount: nothing to suspect
            }
            Optional<UnitSuspicion> s = ArithmeticChecks.unitMagnitude(prose, other.get());
            if (s.isEmpty() || Math.abs(s.get().powerOfTen()) == 2) {
                continue; // 10² separates a percentage from its number, not two money units
            }
            boolean digits = digitsAgree(f.value(), f.unit(), c.value(), c.unit(), s.get().powerOfTen());
            if (!digits && (!c.role() || Objects.equals(c.unit(), f.unit()))) {
                continue;
            }
            if (suspect == null || digits && !sameDigits) {
                suspect = c;
                suspicion = s.get();
                sameDigits = digits;
            }
            suspects++;
        }
        if (suspect == null || !sameDigits && suspects != 1) {
            return Optional.empty();
        }
        String stated = f.value().toPlainString() + f.unit();
        String elsewhere = suspect.value().toPlainString() + suspect.unit();
        String what = roleName != null ? roleName : "“" + label(f.label()) + "”";
        String message = "正文" + what + "写作" + stated + "，而" + suspect.described() + "为" + elsewhere
                + "，换算后相差约10^" + suspicion.powerOfTen() + "倍，疑为单位写错"
                + (Objects.equals(f.unit(), suspect.unit()) ? "（数字按元填写却标为" + f.unit() + "）"
                        : "（" + f.unit() + "与" + suspect.unit() + "混用）");
        String tolerance = "各数按显示精度±半个末位计，换算为元后两数之比为10^" + suspicion.powerOfTen() + "×"
                + suspicion.ratio().scaled(-suspicion.powerOfTen()).format(6) + "，只与10^" + suspicion.powerOfTen()
                + "相容，不可能为1";
        return Optional.of(new Finding(rule(), "unit.magnitude",
                sameDigits ? Finding.Severity.ERROR : Finding.Severity.WARNING, message, elsewhere, stated, tolerance,
                List.of(f.at(), suspect.at())));
    }

    /**
     * Whether one figure, shifted by the power of ten that separates them, prints as the other at the other's
     * decimals: 1353475.8 (元 read as 万元) against 135.35万元, 2059.52元 against 2059.52万元.
     */
    private static boolean digitsAgree(BigDecimal a, String aUnit, BigDecimal b, String bUnit, int power) {
        int aExp = Unit.of(aUnit).orElseThrow().exponent();
        int bExp = Unit.of(bUnit).orElseThrow().exponent();
        // a·10^aExp ≈ b·10^bExp·10^power, so a in b's unit, corrected, is a·10^(aExp − bExp − power)
        BigDecimal aAsB = a.scaleByPowerOfTen(aExp - bExp - power);
        BigDecimal bAsA = b.scaleByPowerOfTen(bExp - aExp + power);
        return aAsB.setScale(Math.max(b.scale(), 0), RoundingMode.HALF_UP).compareTo(b) == 0
                || bAsA.setScale(Math.max(a.scale(), 0), RoundingMode.HALF_UP).compareTo(a) == 0;
    }

    private static Role role(String label) {
        for (Role r : Role.values()) {
            if (r.words.matcher(label).find()) {
                return r;
            }
        }
        return null;
    }

    /**
     * The forms' amounts for the budget role the label names: read from a table, or from a flat form's text under
     * their column ({@code flat}).
     */
    private static List<Candidate> roleCandidates(Report report, String label, Set<Provenance> flat) {
        Role role = role(label);
        List<Candidate> out = new ArrayList<>();
        if (role == null) {
            return out;
        }
        for (Evaluation e : report.evaluations()) {
            if (e.budget() == null) {
                continue;
            }
            for (Function<Budget, Amount> get : role.amounts) {
                Amount a = get.apply(e.budget());
                if (a != null && a.at() != null && (a.at().table() != null || flat.contains(a.at()))) {
                    out.add(new Candidate(Names.of(e) + "自评表", a.value(), a.unit(), a.at(), true));
                }
            }
        }
        return out;
    }

    /** Table amounts whose label contains the prose label's name (基本支出 in "2、资金结构:基本支出 / 预算执行数"). */
    private static List<Candidate> tableCandidates(Report report, String label) {
        String name = label(label);
        List<Candidate> out = new ArrayList<>();
        if (name.length() < 2) {
            return out;
        }
        for (Figure t : report.figures()) {
            if (t.at() != null && t.at().table() != null && t.kind() == Figure.Kind.AMOUNT && t.label() != null
                    && t.label().contains(name)) {
                out.add(new Candidate("表" + (t.at().table() + 1) + "“" + t.label() + "”", t.value(), t.unit(), t.at(),
                        false));
            }
        }
        return out;
    }

    /** The name in a prose label: what follows the last 其中, year or punctuation ("其中：基本支出" → 基本支出). */
    private static String label(String label) {
        return LABEL_NOISE.matcher(label.strip()).replaceFirst("").strip();
    }

    /** The printed amount as an interval in 元, or empty when the unit is not a money unit. */
    private static Optional<Operand> inYuan(BigDecimal value, String unit) {
        if (unit == null || value == null || value.signum() == 0 || !unit.endsWith("元")) {
            return Optional.empty();
        }
        Optional<Unit> u = Unit.of(unit);
        if (u.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Operand(value, Interval.ofPrinted(value).scaled(u.get().exponent()),
                Operand.Kind.PRINTED));
    }
}
