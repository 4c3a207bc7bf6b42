package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The {@code sum} rule's balance columns (计划安排资金 / 实际到位资金 / 实际支出 / 结余, invented numbers): 到位 = 支出 +
 * 结余 line by line at the printed precision; a 结余 that only the planned funds explain is no finding; a
 * carry-over column leaves the table alone.
 */
class BalanceColumnsTest {

    private static Report report(String[] head, String[]... rows) {
        TableDraft t = new TableDraft().caption("单位：万元");
        for (int c = 0; c < head.length; c++) {
            t.cell(0, c, 1, 1, head[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r + 1, c, 1, 1, rows[r][c]);
            }
        }
        DocumentBuilder b = new DocumentBuilder(new SourceFile(Path.of("t.txt"), "1".repeat(64), 1, Format.TXT));
        b.table(t);
        return new ReportExtractor().extract(b.build());
    }

    private static final String[] FUNDS = {"资金来源", "计划安排资金", "实际到位资金", "实际支出", "结余", "执行率"};

    private static List<Finding> balances(Report r) {
        return new SumRule().check(r).stream().filter(f -> f.code().equals(BalanceColumns.CODE)).toList();
    }

    @Test
    void linesThatBalanceRaiseNothingRoundingIncluded() {
        Report r = report(FUNDS,
                new String[] {"中央资金", "120.00", "120.00", "96.40", "23.60", "80.3%"},
                new String[] {"省级资金", "80.5", "60.00", "59.96", "0.1", "99.9%"}); // 59.96 + 0.1 = 60.06 ± 0.05
        assertEquals(List.of(), balances(r));
    }

    @Test
    void aBalanceThatIsNotArrivedLessSpentIsAnErrorQuotingTheThreeFigures() {
        Report r = report(FUNDS,
                new String[] {"中央资金", "120.00", "120.00", "96.40", "23.60", "80.3%"},
                new String[] {"市级资金", "45.00", "40.00", "31.25", "9.75", "78.1%"});
        List<Finding> f = balances(r);
        assertEquals(1, f.size(), f.toString());
        Finding only = f.get(0);
        assertEquals(Finding.Severity.ERROR, only.severity(), "neither 到位 nor 计划 less 支出 gives 9.75");
        assertTrue(only.message().contains("市级资金"), only.message());
        String text = r.source().text().text();
        List<String> quoted = only.at().stream().map(Provenance::text).toList();
        assertEquals(List.of("40.00", "31.25", "9.75"), quoted);
        only.at().forEach(at -> assertEquals(at.text(), text.substring(at.start(), at.end())));
    }

    @Test
    void aBalanceOfThePlannedFundsIsAReadingToo() {
        // 45.00 − 31.25 = 13.75: the balance of the plan, not of what arrived; the table does not say which it means
        Report r = report(FUNDS, new String[] {"市级资金", "45.00", "40.00", "31.25", "13.75", "78.1%"});
        assertEquals(List.of(), balances(r));
    }

    @Test
    void aCarryOverColumnLeavesTheTableAlone() {
        String[] head = {"资金来源", "上年结转", "实际到位资金", "实际支出", "结余"};
        Report r = report(head, new String[] {"区级资金", "5.00", "40.00", "31.25", "13.75"});
        assertEquals(List.of(), balances(r), "the balance may include the carry-over");
    }
}
