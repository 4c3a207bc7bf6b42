package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/** {@code text-table}: the text's budget figures against the form's, by role and evaluation. */
class TextTableRuleTest {

    private static final String DEPARTMENT = "全年预算数1485.95万元，实际支出1380.79万元，预算执行率92.92%";

    @Test
    void theUneditedReportSaysTheSameInTextAndForm() {
        assertEquals(List.of(), Passages.of(Passages.edited(t -> t), "text-table"));
    }

    @Test
    void aDepartmentExecutedAmountTheFormContradictsIsAnError() {
        Report r = Passages.streetWith(DEPARTMENT, "全年预算数1485.95万元，实际支出1390.79万元，预算执行率92.92%");
        List<Finding> f = Passages.of(r, "text-table");
        assertEquals(1, f.size(), f.toString());
        assertEquals("text-table.executed", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("1390.79万元", f.get(0).actual());
        assertTrue(f.get(0).expected().startsWith("1380.79"), f.get(0).expected());
        assertEquals(List.of("1390.79万元", "1380.79"), Passages.snippets(f.get(0)));
        assertTrue(f.get(0).at().get(1).inTable(), "the second figure is the form's cell");
        Passages.quotes(r, f.get(0));
    }

    /**
     * A form printed without its grid (cells run together) is the form as much as a table is: its 全年执行数, read
     * under its column, contradicts the text's. A form whose values had to be placed by their arithmetic is not
     * compared (see {@code FlatForms.guessedGrid}).
     */
    @Test
    void aFormWhoseCellsRanTogetherIsComparedToo() {
        Report r = Passages.flatDepartmentFormAfter("2022年全年预算数为677.31万元，全年执行数为583.68万元。");
        List<Finding> f = Passages.of(r, "text-table");
        assertEquals(1, f.size(), f.toString());
        assertEquals("text-table.executed", f.get(0).code());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("583.68万元", "582.68"), Passages.snippets(f.get(0)));
        Passages.quotes(r, f.get(0));
    }

    @Test
    void theTextRoundingTheFormsFigureIsNotAFinding() {
        Report r = Passages.streetWith(DEPARTMENT, "全年预算数1486万元，实际支出1380.8万元，预算执行率92.9%");
        assertEquals(List.of(), Passages.of(r, "text-table"));
    }

    @Test
    void anAmountInTheWrongUnitIsLeftToTheUnitRule() {
        Report r = Passages.streetWith(DEPARTMENT, "全年预算数1485.95元，实际支出1380.79万元，预算执行率92.92%");
        assertEquals(List.of(), Passages.of(r, "text-table"), "a factor of 10⁴ is a unit slip, reported once");
    }

    @Test
    void theRateAndAProjectsAmountAreComparedToo() {
        Report r = Passages.streetWith(DEPARTMENT, "全年预算数1485.95万元，实际支出1380.79万元，预算执行率93.92%");
        List<Finding> f = Passages.of(r, "text-table");
        assertEquals(List.of("text-table.rate"), f.stream().map(Finding::code).toList());
        assertEquals(List.of("93.92%", "92.92%"), Passages.snippets(f.get(0)));

        Report p = Passages.streetWith("预算安排252.77万元，支出237.53万元", "预算安排252.77万元，支出227.53万元");
        List<Finding> g = Passages.of(p, "text-table");
        assertEquals(1, g.size(), g.toString());
        assertEquals("text-table.executed", g.get(0).code());
        assertTrue(g.get(0).message().contains("老旧小区综合整治项目"), g.get(0).message());
        assertEquals(List.of("227.53万元", "237.53"), Passages.snippets(g.get(0)));
        Passages.quotes(p, g.get(0));
    }
}
