package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/** {@code count.projects}: "共对N个项目开展了绩效自评" against the projects the same paragraph scores. */
class ProjectCountRuleTest {

    private static final String COUNT = "本年度共对5个项目开展了绩效自评";

    private static List<Finding> projects(Report r) {
        return Passages.of(r, "count").stream().filter(f -> f.code().equals("count.projects")).toList();
    }

    @Test
    void fiveProjectsAndFiveScoresAgree() {
        assertEquals(List.of(), projects(Passages.edited(t -> t)));
    }

    @Test
    void moreScoredProjectsThanStatedIsAnError() {
        Report r = Passages.streetWith(COUNT, "本年度共对4个项目开展了绩效自评");
        List<Finding> f = projects(r);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("5个", f.get(0).expected());
        assertEquals("4个", f.get(0).actual());
        assertEquals(List.of("4个", "老旧小区综合整治项目", "乡村振兴衔接补助资金", "网格化服务管理经费", "市容秩序管理经费",
                "森林防火专项经费"), Passages.snippets(f.get(0)));
        Passages.quotes(r, f.get(0));
    }

    @Test
    void fewerScoredProjectsThanStatedIsAWarningUnlessTheListIsASelection() {
        List<Finding> f = projects(Passages.streetWith(COUNT, "本年度共对6个项目开展了绩效自评"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        Report selection = Passages.streetWith("万元。老旧小区综合整治项目、", "万元。其中老旧小区综合整治项目、");
        assertEquals(List.of(), projects(Passages.edited(t -> t.replace(COUNT, "本年度共对6个项目开展了绩效自评")
                .replace("万元。老旧小区综合整治项目、", "万元。其中老旧小区综合整治项目、"))),
                "共6个，其中5个的得分: a selection");
        assertEquals(List.of(), projects(selection));
    }

    private static List<Finding> enumerated(String text) {
        Report r = Passages.ofText(text);
        List<Finding> f = Passages.of(r, "count").stream().filter(x -> x.code().equals("count.enumerated")).toList();
        f.forEach(x -> Passages.quotes(r, x));
        return f;
    }

    @Test
    void aStatedNumberOfUnitsAgainstTheNamesAfterIt() {
        List<Finding> f = enumerated("平川县水务局2023年度部门整体支出绩效自评报告\n"
                + "一、基本情况\n直属事业单位5个，即县水文站、县灌溉管理所、县水土保持站、县河道管理所。\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("5个", f.get(0).expected());
        assertEquals("4个", f.get(0).actual());
        assertEquals("直属事业单位5个", f.get(0).at().get(0).text());
    }

    @Test
    void aListEitherReadingMakesLongEnoughHolds() {
        String head = "平川县水务局2023年度部门整体支出绩效自评报告\n一、基本情况\n";
        assertEquals(List.of(), enumerated(head + "纳入部门预算的单位有3个，分别为县水务局本级、县水文站和县灌溉管理所。\n"),
                "和 joins the last two");
        assertEquals(List.of(), enumerated(head + "下属单位2个，即县城市管理和综合执法大队、县水文站。\n"),
                "和 inside a name");
        assertEquals(List.of(), enumerated(head + "下属单位5个，即县水文站、县灌溉管理所等。\n"), "等: a selection");
        assertEquals(List.of(), enumerated(head + "项目3个，分别为90分、85分。\n"), "values, not names");
        assertEquals(List.of(), enumerated(head + "下属单位5个，即县水文站、县灌溉管理所、县水土保持站"),
                "a list the excerpt cuts may go on");
    }
}
