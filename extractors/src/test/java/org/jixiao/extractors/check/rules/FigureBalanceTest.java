package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A balance stated outside a grid (a form printed one cell a line, invented numbers): 实际到位资金 = 实际支出 + 结余 over
 * the labelled amounts, unless a carry-over is named beside them.
 */
class FigureBalanceTest {

    @TempDir
    Path tmp;

    private List<Finding> balances(String cells) throws Exception {
        Path f = tmp.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(f, "某新区财政支出项目绩效评价自评报告\n项目名称\n优抚\n" + cells, StandardCharsets.UTF_8);
        Report r = new ReportExtractor().extract(((ReadResult.Loaded) new DocumentReader().read(f)).document());
        return r.findings().stream().filter(x -> x.code().equals(BalanceColumns.CODE)).toList();
    }

    private static String form(String planned, String arrived, String spent, String balance) {
        return "计划安排资金\n\n(万元)\n\n" + planned + "\n\n实际到位资金\n\n(万元)\n\n" + arrived + "\n\n实际支出\n\n(万元)\n\n"
                + spent + "\n\n结余(万元)\n\n" + balance + "\n\n其中:中央财政\n\n项目负责人\n";
    }

    @Test
    void aBalanceNoBaseMakesHoldIsAnError() throws Exception {
        List<Finding> f = balances(form("160", "160", "168.4", "0"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("结余"), f.get(0).message());
        assertEquals(3, f.get(0).at().size(), "the base, the spending and the balance quoted");
    }

    @Test
    void balancesThatHoldOrOnlyThePlannedFundsExplainRaiseNothing() throws Exception {
        assertEquals(List.of(), balances(form("160", "160", "151.35", "8.65")));
        assertEquals(List.of(), balances(form("160", "150", "151.35", "8.65")), "planned less spent is a reading");
        assertEquals(List.of(), balances(form("160", "160", "151.3", "8.65")), "within the printed precision");
    }

    @Test
    void aSentenceThatNamesSpendingByItsVerb() throws Exception {
        List<Finding> f = balances("项目预算160万元，执行151万元，结余12万元。\n");
        assertEquals(1, f.size(), "160 − 151 is 9, not 12: " + f);
        assertEquals(List.of(), balances("项目预算160万元，已执行151万元，结余9万元。\n"));
    }

    @Test
    void aCarryOverBesideThemLeavesTheBalanceAlone() throws Exception {
        assertEquals(List.of(), balances(form("160", "160", "168.4", "0").replace("其中:中央财政", "含上年结转8.4万元")));
    }
}
