package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The 分值 and 得分 of a form's indicator rows when a PDF dump tore the row labels off and printed them after the
 * values ({@code =100% 100% 20 20 及时 及时 30 30 … 100 96.5 率 产出指标 …}): each row's weight and score are the
 * two plain numbers standing together after its target and actual. Which row is which cannot be told, so the rows
 * are named by their place only.
 *
 * <p>Read only when every stretch of plain numbers is such a pair (score at most weight) and the pairs, with the
 * budget line's 分值 and 得分, add up exactly to the 总分 row after them (its full marks and its score): the sums
 * confirm that no number was taken from the wrong column. The places are still inferred: the caller marks them
 * guessed.
 */
final class FlatTornRows {

    private static final Pattern PLAIN = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?");
    /** How a torn row is named: its place among the rows. */
    static final String ROW_NAME = "绩效指标第%d行";

    private FlatTornRows() {
    }

    /**
     * The rows between {@code from} and the 总分 row, or empty; {@code budgetWeight}/{@code budgetScore} are the
     * budget line's (zero when the header has no such column, null when it has but they went unread).
     */
    static List<FlatIndicators.Line> read(FlatText t, int from, FlatScore.Torn total, BigDecimal budgetWeight,
                                          BigDecimal budgetScore) {
        if (budgetWeight == null || budgetScore == null || total.rowStart() <= from) {
            return List.of();
        }
        String text = t.text();
        List<FlatValueRun.Token> tokens = FlatValueRun.tokens(text, from, total.rowStart());
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && plain(text, tokens.get(j))) {
                j++;
            }
            if (j - i == 2) {
                pairs.add(new int[] {i, i + 1});
            } else if (j - i != 0) {
                return List.of(); // a lone number or three together: which are the weight and score is unclear
            }
            i = Math.max(j, i + 1);
        }
        BigDecimal weights = budgetWeight;
        BigDecimal scores = budgetScore;
        List<FlatIndicators.Line> out = new ArrayList<>();
        for (int[] p : pairs) {
            FlatValueRun.Token w = tokens.get(p[0]);
            FlatValueRun.Token s = tokens.get(p[1]);
            BigDecimal weight = new BigDecimal(text.substring(w.start(), w.end()));
            BigDecimal score = new BigDecimal(text.substring(s.start(), s.end()));
            if (weight.signum() <= 0 || score.compareTo(weight) > 0) {
                return List.of();
            }
            weights = weights.add(weight);
            scores = scores.add(score);
            String name = String.format(ROW_NAME, out.size() + 1);
            out.add(new FlatIndicators.Line(name, value(t, BudgetColumn.WEIGHT, "分值", w),
                    value(t, BudgetColumn.SCORE, "得分", s), null, null));
        }
        boolean adds = weights.compareTo(total.weight()) == 0 && scores.compareTo(total.score().number()) == 0;
        return adds && !out.isEmpty() ? out : List.of();
    }

    private static boolean plain(String text, FlatValueRun.Token tok) {
        return tok.value() && PLAIN.matcher(text.substring(tok.start(), tok.end())).matches();
    }

    private static FlatForms.Value value(FlatText t, BudgetColumn column, String header, FlatValueRun.Token tok) {
        String printed = t.text().substring(tok.start(), tok.end());
        return new FlatForms.Value(column, header, new BigDecimal(printed), printed, t.at(tok.start(), tok.end()));
    }
}
