package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The {@code sum} rule over a form whose cells ran together (invented numbers): the total line against its
 * funding-source lines, whose points columns print nothing (no gap shows it).
 */
class FlatSumsTest {

    private static Report report(String total, String fiscal, String other) {
        return Passages.ofText("项目支出绩效自评表\n项目名称乡村道路养护自评得分90.3\n"
                + "项目资金（万元）年初预算数全年预算数全年执行数标准分执行率得分\n"
                + "年度资金总额" + total + "\n其中：财政拨款" + fiscal + "\n其他资金" + other + "\n总分10090.3\n");
    }

    private static List<Finding> sums(Report r) {
        return r.findings().stream().filter(f -> f.code().equals("sum.budget-sources")).toList();
    }

    @Test
    void sourcesThatAddUpRaiseNothing() {
        assertEquals(List.of(), sums(report("2275.422275.422025.791089.0%8.9", "1755.711755.711608.3691.6%",
                "519.71519.71417.4380.3%")));
    }

    @Test
    void sourcesThatDoNotAddUpAreAnErrorWhenEveryLinesRateProvesItsSplit() {
        Report r = report("2275.422275.422025.791089.0%8.9", "1755.711755.711609.3691.7%", "519.71519.71417.4380.3%");
        List<Finding> f = sums(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("2025.79"), f.get(0).message());
        String text = r.source().text().text();
        List<String> quoted = f.get(0).at().stream().map(p -> text.substring(p.start(), p.end())).toList();
        assertEquals(List.of("2025.79", "1609.36", "417.43"), quoted, "the total, then each source, as printed");
    }

    @Test
    void aSplitNoRateProvesIsAWarning() {
        // 其他资金 prints 81.3% for 417.43 ÷ 519.71 = 80.3%: near enough to take the split, not to prove it
        List<Finding> f = sums(report("2275.422275.422025.791089.0%8.9", "1755.711755.711609.3691.7%",
                "519.71519.71417.4381.3%"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
    }

    private static Report spaced(String total, String fiscal) {
        return Passages.ofText("项目支出绩效自评表 (2022年度) 项目名称 乡村道路养护 项目资金 (万元) 年初预算数 全年预算数 全年执行数"
                + " 分值 执行率 得分 年度资金总额: " + total + " 其中:本年财政拨款 " + fiscal + " 上年结转资金 其他资金 年度总体目标\n");
    }

    @Test
    void aSingleSourceAboveATotalLeftAtZeroIsShown() {
        Report r = spaced("0 0 0 10 0 0", "60 58.125 58.125");
        List<Finding> f = r.findings().stream().filter(x -> x.code().equals("sum.zero-total")).toList();
        assertEquals(3, f.size(), r.findings().toString());
        assertTrue(f.get(0).message().contains("本年财政拨款") && f.get(0).message().contains("60"), f.get(0).message());
        assertTrue(f.stream().noneMatch(x -> x.severity() == Finding.Severity.ERROR),
                "a split no rate proves is no error");
    }

    @Test
    void aSingleSourceWithinItsTotalIsASelectionAndRaisesNothing() {
        Report r = spaced("80 80 72 10 90 9", "60 58.125 58.125");
        assertEquals(List.of(), r.findings().stream().filter(x -> x.rule().equals(SumRule.RULE)).toList());
    }
}
