package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * The {@code sum} rule's balance stated outside a table's grid: a form printed one cell a line or a run of labelled
 * amounts ({@code 实际到位资金(万元) 170 / 实际支出(万元) 179.6 / 结余(万元) 0}), read as labelled figures. As in
 * {@link BalanceColumns}, 到位 = 支出 + 结余, the funds that arrived or, read the other way, those planned; only a
 * balance no base makes hold is a finding. The four figures must stand together (a few figures apart, close in the
 * text), in one money unit, and nothing near them may name a carry-over (结转, 上年), which the balance may include.
 */
final class FigureBalance {

    private static final Pattern BALANCE = BalanceColumns.BALANCE;
    private static final Pattern ARRIVED = BalanceColumns.ARRIVED;
    private static final Pattern SPENT = BalanceColumns.SPENT;
    /** Spending named by the verb alone in a sentence: 项目预算120万元，执行115万元，结余5万元. */
    private static final Pattern EXECUTED = Pattern.compile("(?:已|实际)?执行(?:了)?");
    private static final Pattern PLANNED = BalanceColumns.PLANNED;
    private static final Pattern CARRY_OVER = BalanceColumns.CARRY_OVER;
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile("率|%|％|比例|占比|分值|得分|权重|其中");
    /** How many figures before the balance its base and spending may stand, and how many characters. */
    private static final int FIGURES_BACK = 4;
    private static final int SPAN = 200;

    private FigureBalance() {
    }

    static void check(Report report, List<Finding> out) {
        List<Figure> figures = report.figures().stream()
                .filter(f -> f.kind() == Figure.Kind.AMOUNT && f.at() != null && f.at().table() == null
                        && f.label() != null && f.unit() != null)
                .sorted(Comparator.comparingInt(f -> f.at().start())).toList();
        String text = report.source() == null ? null : report.source().text().text();
        for (int i = 0; i < figures.size(); i++) {
            Figure balance = figures.get(i);
            if (BALANCE.matcher(key(balance)).matches()) {
                check(figures, i, text, out);
            }
        }
    }

    private static void check(List<Figure> figures, int i, String text, List<Finding> out) {
        Figure balance = figures.get(i);
        Figure spent = null;
        Figure arrived = null;
        Figure planned = null;
        for (int j = i - 1; j >= 0 && j >= i - FIGURES_BACK; j--) {
            Figure f = figures.get(j);
            String k = key(f);
            if (balance.at().start() - f.at().start() > SPAN || !f.unit().equals(balance.unit())) {
                return;
            }
            if (CARRY_OVER.matcher(k).find() || BALANCE.matcher(k).matches()) {
                return;
            }
            if (NOT_AN_AMOUNT.matcher(k).find()) {
                continue;
            }
            if (ARRIVED.matcher(k).find()) {
                arrived = arrived == null ? f : arrived;
            } else if (SPENT.matcher(k).find() || EXECUTED.matcher(k).matches()) {
                spent = spent == null ? f : spent;
            } else if (PLANNED.matcher(k).find()) {
                planned = planned == null ? f : planned;
            }
        }
        if (spent == null || arrived == null && planned == null) {
            return;
        }
        Figure first = arrived != null && (planned == null || arrived.at().start() < planned.at().start()) ? arrived : planned;
        first = spent.at().start() < first.at().start() ? spent : first;
        if (text != null && CARRY_OVER.matcher(text.substring(Math.max(0, first.at().start()),
                Math.min(text.length(), balance.at().end() + 20))).find()) {
            return; // a carry-over named among them or right after the balance
        }
        Comparison worst = BalanceColumns.unexplained(spent.value(), balance.value(),
                arrived == null ? null : arrived.value(), planned == null ? null : planned.value(), balance.unit());
        if (worst == null) {
            return;
        }
        Figure base = arrived != null ? arrived : planned;
        String message = "“" + balance.label() + "”" + balance.value().toPlainString() + balance.unit() + "与“"
                + base.label() + "”减“" + spent.label() + "”之差不符";
        List<Provenance> at = new ArrayList<>(List.of(base.at(), spent.at(), balance.at()));
        Worded.finding(worst, SumRule.RULE, BalanceColumns.CODE, message,
                base.value().toPlainString() + balance.unit(), at).ifPresent(out::add);
    }

    private static String key(Figure f) {
        return f.label().replaceAll("\\s+", "");
    }
}
