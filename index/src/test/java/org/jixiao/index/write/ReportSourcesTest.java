package org.jixiao.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.index.identity.DepartmentIdentity;
import org.junit.jupiter.api.Test;

/** When two files are one report, and when they are not (invented departments and scores). */
class ReportSourcesTest {

    private static final String TEXT = "某某县农业农村局2023年度部门整体支出绩效自评报告。".repeat(10);

    private static Evaluation eval(String name, String score) {
        return new Evaluation(Evaluation.Scope.PROJECT, name, Budget.NONE, new BigDecimal(score), null, null,
                List.of(), List.of(), null);
    }

    private static ReportRecord record(String id, Integer year, String score, Evaluation... evaluations) {
        return new ReportRecord(id, "/r/" + id, "docx", null, false, null, "某某县农业农村局", List.of(),
                "某某县", year, "department", score == null ? null : new BigDecimal(score), null, List.of(evaluations),
                List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> keys(ReportRecord r, String text) {
        return ReportSources.keys(r, text, DepartmentIdentity.of(r.department(), r.aliases(), r.region()));
    }

    @Test
    void sameDepartmentYearAndScoresAreOneReportWhateverTheText() {
        ReportSources s = new ReportSources();
        ReportRecord docx = record("a", 2023, "92.5", eval("高标准农田建设", "88"), eval("农机购置补贴", "95.0"));
        s.report("a", "/r/a.docx", keys(docx, TEXT));
        // the PDF lost a budget cell and reads its text differently, but prints the same scores (95 = 95.0)
        ReportRecord pdf = record("b", 2023, "92.50", eval("农机购置补贴", "95"), eval("高标准农田建设", "88"));
        assertEquals(new ReportSources.Owner("a", "/r/a.docx"), s.sameAs(keys(pdf, TEXT + "第1页"), "/r/b.pdf"));

        assertNull(s.sameAs(keys(record("c", 2023, "92.5", eval("高标准农田建设", "87"), eval("农机购置补贴", "95")),
                "x"), "/r/c.pdf"), "one score differs: another report");
        assertNull(s.sameAs(keys(record("d", 2024, "92.5", eval("高标准农田建设", "88"), eval("农机购置补贴", "95")),
                "x"), "/r/d.pdf"), "another year");
        assertNull(s.sameAs(keys(docx, TEXT), "/r/a.docx"), "a file is not another file of itself");
    }

    @Test
    void tooFewScoresOrTooLittleTextNeverJoinTwoFiles() {
        assertEquals(1, keys(record("a", 2023, "92.5"), TEXT).size(), "one score: only the text key");
        assertTrue(keys(record("a", 2023, "92.5", eval("项目", "90")), "第1页").getFirst().startsWith("scores:"));
        assertEquals(List.of(), keys(record("a", null, "92.5", eval("项目", "90")), "第1页"), "no year, short text");
        assertNotEquals(keys(record("a", 2023, null), TEXT + "。"), keys(record("a", 2023, null), TEXT));
    }

    @Test
    void whenTheReportsOwnFileGoesItsOtherFilesAreReadAgain() {
        ReportSources s = new ReportSources();
        List<String> k = keys(record("a", 2023, "92.5", eval("项目", "90")), TEXT);
        s.report("a", "/r/a.docx", k);
        s.other("a", "/r/a.pdf");
        s.other("a", "/r/a.txt");
        assertEquals(java.util.Set.of(), s.forget("/r/a.txt", null), "an other file going orphans nothing");
        assertEquals(java.util.Set.of("/r/a.pdf"), s.forget("/r/a.docx", "a"));
        assertEquals(List.of("/r/a.pdf"), s.takeOrphans());
        assertEquals(List.of(), s.takeOrphans(), "each once");
        assertNull(s.sameAs(k, "/r/a.pdf"), "the report's keys are forgotten with it");
    }
}
