package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Candidate;
import org.jixiao.extractors.check.arith.ArithmeticChecks.CandidateMatch;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code rate}: 执行率 = 执行数 ÷ 预算数, trying the full-year budget and then the initial one (the finding says
 * which matched best). A rate above 100% that is arithmetically right is still worth a look: a warning.
 */
public final class RateRule implements CheckRule {

    @Override
    public String rule() {
        return "rate";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            Budget b = e.budget();
            if (b == null || b.rate() == null || b.executed() == null) {
                continue;
            }
            List<Candidate> denominators = new ArrayList<>();
            List<Provenance> at = new ArrayList<>(List.of(b.rate().at(), b.executed().at()));
            add(denominators, at, "全年预算数", b.fullYear(), b.executed());
            add(denominators, at, "年初预算数", b.initial(), b.executed());
            if (denominators.isEmpty()) {
                continue;
            }
            at.removeIf(java.util.Objects::isNull);
            CandidateMatch m = ArithmeticChecks.rate(Operand.printed(b.executed().value()), denominators,
                    Operand.printed(b.rate().value()), b.executed().unit());
            Worded.finding(m.comparison(), rule(), "rate.execution",
                    Names.of(e) + "执行率" + b.rate().value().toPlainString() + "%与执行数÷" + m.label() + "不符",
                    b.rate().value().toPlainString() + "%", at).ifPresent(out::add);
            wholeAmounts(e, b, m).ifPresent(out::add);
            if (m.comparison().consistent() && b.rate().value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                out.add(new Finding(rule(), "rate.over-100", Finding.Severity.WARNING,
                        Names.of(e) + "执行率" + b.rate().value().toPlainString() + "%超过100%，执行数大于预算数",
                        "≤100%", b.rate().value().toPlainString() + "%", "无", at));
            }
        }
        ProseRates.check(report, out);
        return out;
    }

    /**
     * {@code rate.execution-whole}: amounts printed as whole 万元 (222, 60) and a rate printed to hundredths
     * (27.00%) that is not their ratio (27.03%). Read at the printed precision the amounts may be 221.5–222.5 and
     * the rate holds, so this is only an {@code info} note; but a rate more precise than its amounts was either
     * computed from other figures than those printed or mistyped, and a reader recomputing it from the form gets
     * another number.
     */
    private java.util.Optional<Finding> wholeAmounts(Evaluation e, Budget b, CandidateMatch m) {
        Amount denominator = m.label().equals("全年预算数") ? b.fullYear() : b.initial();
        java.math.BigDecimal expected = m.comparison().computedValue();
        if (!m.comparison().consistent() || denominator == null || expected == null
                || b.executed().value().scale() > 0 || denominator.value().scale() > 0
                || b.rate().value().scale() < 1 || expected.compareTo(b.rate().value()) == 0) {
            return java.util.Optional.empty();
        }
        List<Provenance> at = new ArrayList<>(List.of(b.rate().at(), b.executed().at()));
        if (denominator.at() != null) {
            at.add(denominator.at());
        }
        at.removeIf(java.util.Objects::isNull);
        String printed = b.rate().at() != null ? b.rate().at().text() : b.rate().value().toPlainString() + "%";
        return java.util.Optional.of(new Finding(rule(), "rate.execution-whole", Finding.Severity.INFO,
                Names.of(e) + "执行率" + printed + "与按表列整数金额计算的" + expected.toPlainString() + "%不同，"
                        + "若金额系四舍五入到整数则可吻合，仅作说明",
                expected.toPlainString() + "%", printed, m.comparison().tolerance(), at));
    }

    /** A denominator in the executed amount's unit only: mixing 万元 and 元 here would be a unit finding. */
    private static void add(List<Candidate> out, List<Provenance> at, String label, Amount budget, Amount executed) {
        if (budget != null && budget.value().signum() != 0 && java.util.Objects.equals(budget.unit(), executed.unit())) {
            out.add(new Candidate(label, Operand.printed(budget.value())));
            at.add(budget.at());
        }
    }
}
