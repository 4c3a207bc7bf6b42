package org.jixiao.index.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.testing.ProvenanceAssertions;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cross-year} rule: what this year's report says of last year against last year's own report. */
class CrossYearChecksTest {

    private static final String LAST_YEAR = """
            青禾县文化旅游局2023年度部门整体支出绩效自评报告

            一、部门基本情况
            本年度收入总额2319.93万元，上年为2692.43万元，同比减少372.50万元，下降幅度为13.84%，原因是项目经费有所压减。
            全年支出2072.26万元，其中基本支出1674.28万元，项目支出397.98万元。
            """;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = new ReportExtractor();

    private Report extract(Path file) {
        var loaded = (ReadResult.Loaded) reader.read(file);
        return extractor.extract(loaded.document());
    }

    private Report write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return extract(file);
    }

    private static void assertQuotes(Report report, Provenance at) {
        ProvenanceAssertions.assertQuotes(report.source(), at);
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    @Test
    void lastYearsIncomeThatDiffersFromLastYearsReportIsAnError() throws IOException {
        Report previous = write("qinghe-2023.txt", LAST_YEAR);
        Report current = write("qinghe-2024.txt", """
                青禾县文化旅游局2024年度部门整体支出绩效自评报告

                一、部门基本情况
                2024年财政拨款收入为2186.10万元，上年实际收入为2320.93万元，本年收入较上年减少134.83万元，减少5.81%，主要原因是项目经费有所减少。
                """);
        ReportRecord prev = ReportRecord.of(previous);
        List<Finding> findings = CrossYearChecks.check(prev, ReportRecord.of(current));

        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("cross-year", f.rule());
        assertEquals("cross-year.last-year-figure", f.code());
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("2319.93万元", f.expected());
        assertEquals("2320.93万元", f.actual());
        assertEquals(List.of(prev.id()), f.related());
        assertTrue(f.message().contains("2320.93万元") && f.message().contains("2319.93万元"), f.message());
        assertTrue(f.message().contains("2023年") && f.message().contains("qinghe-2023.txt")
                && f.message().contains(prev.title()), f.message());
        assertEquals("2320.93万元", f.at().get(0).text());
        assertQuotes(current, f.at().get(0));
    }

    @Test
    void roundingAndUnitsNeverRaiseAnError() throws IOException {
        Report previous = write("qinghe-2023.txt", LAST_YEAR);
        // 上年收入 rounded to one decimal, 上年基本支出 in 元 (1674.28万元 allows 16742750–16742850元),
        // 项目支出's change recomputed from both reports (397.98 − 380.00 = 17.98; 17.98 ÷ 397.98 = 4.518%)
        Report current = write("qinghe-2024.txt", """
                青禾县文化旅游局2024年度部门整体支出绩效自评报告

                一、部门基本情况
                2024年收入2186.10万元，上年实际收入为2319.9万元，本年收入较上年减少133.80万元，减少5.77%，主要原因是项目经费有所减少。
                全年支出2080.00万元，其中基本支出1700.00万元，项目支出380.00万元。上年基本支出16742815元。
                本年项目支出较上年减少17.98万元，下降4.52%。
                """);
        List<Finding> findings = CrossYearChecks.check(ReportRecord.of(previous), ReportRecord.of(current));
        assertEquals(List.of(), findings);
    }

    @Test
    void aFigureInYuanThatLastYearsReportCannotRoundToIsAnError() throws IOException {
        Report previous = write("qinghe-2023.txt", LAST_YEAR);
        Report current = write("qinghe-2024.txt", """
                青禾县文化旅游局2024年度部门整体支出绩效自评报告

                一、部门基本情况
                全年支出2080.00万元，其中基本支出1700.00万元，项目支出380.00万元。上年基本支出16742900元。
                """);
        List<Finding> findings = CrossYearChecks.check(ReportRecord.of(previous), ReportRecord.of(current));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("16742900元", findings.get(0).actual());
        assertEquals("1674.28万元", findings.get(0).expected());
        assertQuotes(current, findings.get(0).at().get(0));
    }

    @Test
    void aChangeStatedWithoutLastYearsFigureIsRecomputedFromLastYearsReport() throws IOException {
        Report previous = write("qinghe-2023.txt", LAST_YEAR);
        // 397.98 − 380.00 = 17.98, not 27.98; the percentage 4.52% is right
        Report current = write("qinghe-2024.txt", """
                青禾县文化旅游局2024年度部门整体支出绩效自评报告

                一、部门基本情况
                全年支出2080.00万元，其中基本支出1700.00万元，项目支出380.00万元。
                本年项目支出较上年减少27.98万元，下降4.52%。
                """);
        ReportRecord prev = ReportRecord.of(previous);
        List<Finding> findings = CrossYearChecks.check(prev, ReportRecord.of(current));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("cross-year.change", f.code());
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("27.98万元", f.actual());
        assertTrue(f.expected().startsWith("17.98万元 [17.97"), f.expected());
        assertTrue(f.message().contains("397.98万元"), f.message());
        assertEquals(List.of(prev.id()), f.related());
        f.at().forEach(at -> assertQuotes(current, at));
        assertEquals("27.98万元", f.at().get(0).text());
    }

    @Test
    void reportsThatAreNotConsecutiveYearsAreNotCompared() throws IOException {
        Report previous = write("qinghe-2023.txt", LAST_YEAR);
        Report later = write("qinghe-2025.txt", """
                青禾县文化旅游局2025年度部门整体支出绩效自评报告

                一、部门基本情况
                2025年收入2186.10万元，上年实际收入为2000.00万元。
                """);
        assertEquals(List.of(), CrossYearChecks.check(ReportRecord.of(previous), ReportRecord.of(later)));
        assertEquals(List.of(), CrossYearChecks.check(ReportRecord.of(previous), ReportRecord.of(previous)));
    }

    @Test
    void theBundledCommitteePairHasItsPlantedLastYearIncome() {
        Path bundled = TestPaths.bundledCorpus();
        Report y2023 = extract(bundled.resolve("0005-committee-2023.html"));
        Report y2024 = extract(bundled.resolve("0006-committee-2024.rtf"));
        ReportRecord prev = ReportRecord.of(y2023);

        List<Finding> findings = CrossYearChecks.check(prev, ReportRecord.of(y2024));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("2319.93万元", f.expected());
        assertEquals("2320.93万元", f.actual());
        assertEquals(List.of(prev.id()), f.related());
        assertTrue(f.message().contains("0005-committee-2023.html"), f.message());
        assertQuotes(y2024, f.at().get(0));
        assertEquals(List.of(), errors(CrossYearChecks.check(ReportRecord.of(y2024), prev)));
        assertEquals(findings, CrossYearChecks.check(ReportRecord.read(ReportJson.toJson(y2023)),
                ReportRecord.read(ReportJson.toJson(y2024))), "the same from the stored records the index keeps");
    }

    private static String cell(String label, String value, String unit, String yuan, int row, int col, int start) {
        return """
                {"label":"%s","value":%s,"unit":"%s","yuan":%s,"kind":"amount",
                 "at":{"page":1,"table":0,"row":%d,"col":%d,"start":%d,"end":%d,"text":"%s"}}"""
                .formatted(label, value, unit, yuan, row, col, start, start + value.length(), value);
    }

    private static ReportRecord record(String id, int year, String... figures) {
        return ReportRecord.read("""
                {"schema":"jixiao.report/1","id":"%s","source":{"path":"/data/%s.xlsx","format":"xlsx"},
                 "title":"青禾县水利局%d年度部门决算表","department":"青禾县水利局","year":%d,"figures":[%s]}"""
                .formatted(id, id, year, year, String.join(",", figures)));
    }

    @Test
    void aFormsLastYearColumnIsComparedWithLastYearsOwnColumnAcrossUnits() {
        ReportRecord previous = record("w2023", 2023,
                cell("收入合计 / 本年决算数", "2319.93", "万元", "23199300", 1, 2, 10),
                cell("支出合计 / 本年决算数", "2072.26", "万元", "20722600", 2, 2, 30));
        // in 元 this year: 23199312元 is within 2319.93万元's ±50元; 20730000元 is not 2072.26万元
        ReportRecord current = record("w2024", 2024,
                cell("收入合计 / 上年决算数", "23199312", "元", "23199312", 1, 1, 10),
                cell("收入合计 / 本年决算数", "25000000", "元", "25000000", 1, 2, 20),
                cell("支出合计 / 上年决算数", "20730000", "元", "20730000", 2, 1, 40),
                cell("支出合计 / 本年决算数", "21000000", "元", "21000000", 2, 2, 50));

        List<Finding> findings = CrossYearChecks.check(previous, current);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("20730000元", f.actual());
        assertEquals("2072.26万元", f.expected());
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals(2, f.at().get(0).row());
        assertEquals(1, f.at().get(0).col());
        assertEquals(List.of("w2023"), f.related());
        assertTrue(f.message().contains("w2023.xlsx"), f.message());
    }
}
