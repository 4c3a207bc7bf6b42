package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code sum}: a total against its parts, in tables and in prose.
 *
 * <p><b>Tables.</b> A total row is one whose label (the nearest text cell left of the column judged) ends in
 * 合计, 总计, 小计 or 总额 (年度资金总额, 支出合计 …). Its parts are the data rows next to it: above it when the
 * total closes a list (the usual 合计 line), below it when it heads one (a form's 年度资金总额 line followed by
 * its sources 其中：财政拨款 / 其他资金). Each column is judged on its own at its printed precision, and only
 * columns of amounts: a column whose header or cells speak of rates (率, %), scores (分值, 得分, 权重), serial
 * numbers (序号) or years is skipped, because a 合计 line's rate is a ratio and its score is the
 * {@code score-sum} rule's business. Nested groups: a 合计 below 小计 lines adds the 小计 lines, not the rows
 * inside them; a 总计 below a 合计 adds the 合计 and what lies between them. A 其中 line under an item is a part
 * of that item, not of the total, and is left out; a list under a heading total with more than one 其中 line is
 * nested in a way the table does not show, so only "no part exceeds the total" is asserted there. A blank part
 * cell counts as nothing; a part that is text (not a number or a dash) makes the column unreadable and it is
 * skipped. Numbered part lines (一、 （一） 1、 （1）) may be details or second breakdowns of the same total, so
 * they are also read level by level and run by run, and only when no reading adds up is there a finding. A total
 * printed as 0 above non-zero parts gets its own code: the line was not filled in. A 合计 column is checked
 * the same way against the amount columns beside it, line by line, and a 结余 column against the funds that
 * arrived (or were planned) less those spent ({@link BalanceColumns}; outside a grid, {@link FigureBalance}).
 *
 * <p>Where: total lines in {@link TableTotals}, total columns in {@link TotalColumns}, both reading cells through
 * {@link TableCells}; the total lines of forms printed without their grid in {@link FlatSums}; prose in
 * {@link ProseSums}.
 */
public final class SumRule implements CheckRule {

    static final String RULE = "sum";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (Block block : report.source().blocks()) {
            if (block instanceof Table t) {
                TableTotals.check(t, out);
                TotalColumns.check(t, out);
                BalanceColumns.check(t, out);
            }
        }
        FlatSums.check(prose.flatForms(report.source()), out);
        ProseSums.check(report, out);
        FigureBalance.check(report, out);
        return out;
    }
}
