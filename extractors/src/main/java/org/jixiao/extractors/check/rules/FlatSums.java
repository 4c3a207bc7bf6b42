package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.model.Finding;

/**
 * The {@code sum} rule over forms printed without their grid ({@link FlatForms}): the budget block's total line
 * (年度资金总额) against the funding-source lines that follow it (其中：财政拨款 / 其他资金), amount column by amount
 * column, as {@link TableTotals} does for a form read as a table. Two or more source lines, each with a value in the
 * column, are summed; a single 其中 line may be a selection, not a breakdown, so it is held only to not exceeding the
 * total (a total line left at 0 over a source of 90 is the form's error). A sum that does not hold is an error
 * only when every line's split is proved by its rate ({@link #rateHolds}); values whose column was placed by
 * inference are the checks' usual business ({@code Checks}: a warning at most).
 */
final class FlatSums {

    private static final List<BudgetColumn> AMOUNTS = List.of(BudgetColumn.INITIAL, BudgetColumn.FULL_YEAR,
            BudgetColumn.EXECUTED, BudgetColumn.ARRIVED);

    private FlatSums() {
    }

    static void check(List<FlatForms.Form> forms, List<Finding> out) {
        for (FlatForms.Form form : forms) {
            List<FlatForms.Row> rows = form.rows();
            int t = 0;
            while (t < rows.size() && !rows.get(t).total()) {
                t++;
            }
            List<FlatForms.Row> sources = new ArrayList<>();
            for (int i = t + 1; i < rows.size() && !rows.get(i).total(); i++) {
                sources.add(rows.get(i));
            }
            if (t == rows.size() || sources.isEmpty()) {
                continue;
            }
            String unit = form.unit() == null ? "" : form.unit().symbol();
            for (BudgetColumn c : AMOUNTS) {
                column(rows.get(t), sources, c, unit, out);
            }
        }
    }

    private static void column(FlatForms.Row total, List<FlatForms.Row> sources, BudgetColumn c, String unit,
                               List<Finding> out) {
        FlatForms.Value whole = value(total, c);
        if (whole == null) {
            return;
        }
        List<Operand> parts = new ArrayList<>();
        List<Provenance> at = new ArrayList<>(List.of(whole.at()));
        for (FlatForms.Row s : sources) {
            FlatForms.Value v = value(s, c);
            if (v == null) {
                return; // a source line without this column's value: the breakdown cannot be added up
            }
            parts.add(Operand.printed(v.number()));
            at.add(v.at());
        }
        Coverage coverage = sources.size() == 1 ? Coverage.PARTIAL : Coverage.EXHAUSTIVE;
        Comparison cmp = ArithmeticChecks.sum(parts, Operand.printed(whole.number()), coverage, unit);
        boolean confirmed = rateHolds(total) && sources.stream().allMatch(FlatSums::rateHolds);
        String where = "自评表“" + total.label() + "”行“" + whole.header() + "”";
        boolean zeroTotal = whole.number().signum() == 0;
        String message = (zeroTotal ? where + "填为0，但其下资金来源“" + sources.get(0).label() + "”为"
                        + value(sources.get(0), c).printed() + unit + "，总额未填或填错"
                : coverage == Coverage.PARTIAL ? where + whole.printed() + unit + "小于其下资金来源“"
                        + sources.get(0).label() + "”" + value(sources.get(0), c).printed() + unit
                : where + whole.printed() + unit + "与各资金来源之和不符")
                + (confirmed ? "" : "（数字由连排文本拆分，请核对原表）");
        Worded.finding(cmp, SumRule.RULE, zeroTotal ? "sum.zero-total" : "sum.budget-sources", message,
                whole.printed() + unit, at)
                .map(f -> confirmed || f.severity() != Finding.Severity.ERROR ? f
                        : new Finding(f.rule(), f.code(), Finding.Severity.WARNING, f.message(), f.expected(),
                                f.actual(), f.tolerance(), f.at(), f.related()))
                .ifPresent(out::add);
    }

    /**
     * Whether the line's printed rate is its 执行数 ÷ 预算数 (全年, else 年初) to the rate's last printed digit: the
     * arithmetic that proves a split of digits run together. Without it, a sum that does not hold may be the split's
     * doing, so it is a warning, not an error.
     */
    private static boolean rateHolds(FlatForms.Row row) {
        FlatForms.Value rate = value(row, BudgetColumn.RATE);
        FlatForms.Value executed = value(row, BudgetColumn.EXECUTED);
        FlatForms.Value base = value(row, BudgetColumn.FULL_YEAR);
        if (base == null) {
            base = value(row, BudgetColumn.INITIAL);
        }
        if (rate == null || executed == null || base == null || base.number().signum() == 0) {
            return false;
        }
        BigDecimal computed = executed.number().multiply(BigDecimal.valueOf(100))
                .divide(base.number(), rate.number().scale() + 1, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, rate.number().scale()));
        return computed.subtract(rate.number()).abs().compareTo(unit) <= 0;
    }

    private static FlatForms.Value value(FlatForms.Row row, BudgetColumn c) {
        return row.values().stream().filter(v -> v.column() == c).findFirst().orElse(null);
    }
}
