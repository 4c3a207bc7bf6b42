package org.jixiao.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the places in a finished report where naive arithmetic on the printed figures misses the printed
 * result, yet the intervals meet: the honest rounding differences a checker must leave alone. Only checks
 * that are consistent under {@link Intervals} are reported, so a planted problem is never listed here.
 */
final class RoundingAudit {

    private RoundingAudit() {
    }

    static List<RoundingCase> audit(GeneratedReport r) {
        List<RoundingCase> out = new ArrayList<>();
        List<Evaluation> forms = new ArrayList<>();
        forms.add(r.whole());
        forms.addAll(r.projects());
        for (Evaluation e : forms) {
            sums(e, "全年预算数", BudgetLine::fullYear, out);
            sums(e, "全年执行数", BudgetLine::executed, out);
            sums(e, "年初预算数", BudgetLine::initial, out);
            for (BudgetLine l : e.budget()) {
                BigDecimal naive = Money.percent(l.executed(), l.fullYear(), l.rate().scale());
                if (naive.compareTo(l.rate()) != 0 && Intervals.ratioConsistent(l.executed(), l.fullYear(), l.rate())) {
                    out.add(new RoundingCase("rate", "“" + l.name() + "”执行率由四舍五入前的金额算得", e.name(),
                            naive.toPlainString(), l.rate().toPlainString()));
                }
            }
        }
        ProseFigures p = r.prose();
        BigDecimal naiveChange = p.income().subtract(p.lastIncome()).abs();
        BigDecimal signed = p.increase() ? p.change() : p.change().negate();
        if (naiveChange.compareTo(p.change()) != 0
                && Intervals.differenceConsistent(p.income(), p.lastIncome(), signed)) {
            out.add(new RoundingCase("change", "收入增减额由四舍五入前的金额算得", null, naiveChange.toPlainString(),
                    p.change().toPlainString()));
        }
        BigDecimal naivePct = p.lastIncome().signum() == 0 ? null
                : Money.percent(naiveChange, p.lastIncome(), p.changePercent().scale());
        BigDecimal signedPct = p.increase() ? p.changePercent() : p.changePercent().negate();
        if (naivePct != null && naivePct.compareTo(p.changePercent()) != 0
                && Intervals.changePercentConsistent(p.income(), p.lastIncome(), signedPct)) {
            out.add(new RoundingCase("change", "收入增减幅度由四舍五入前的金额算得", null, naivePct.toPlainString(),
                    p.changePercent().toPlainString()));
        }
        BigDecimal naiveExpense = p.basic().add(p.projectExpense());
        if (naiveExpense.compareTo(p.expense()) != 0
                && Intervals.sumConsistent(List.of(p.basic(), p.projectExpense()), p.expense())) {
            out.add(new RoundingCase("sum", "支出合计由四舍五入前的基本支出和项目支出算得", null,
                    naiveExpense.toPlainString(), p.expense().toPlainString()));
        }
        return out;
    }

    private static void sums(Evaluation e, String column, Function<BudgetLine, BigDecimal> f, List<RoundingCase> out) {
        List<BigDecimal> parts = e.budget().subList(1, e.budget().size()).stream().map(f).toList();
        BigDecimal total = f.apply(e.totalLine());
        BigDecimal naive = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        if (naive.compareTo(total) != 0 && Intervals.sumConsistent(parts, total)) {
            out.add(new RoundingCase("sum", "年度资金总额的" + column + "由四舍五入前的各来源金额合计得出", e.name(),
                    naive.toPlainString(), total.toPlainString()));
        }
    }
}
