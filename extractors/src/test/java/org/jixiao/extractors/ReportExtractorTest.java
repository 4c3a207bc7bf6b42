package org.jixiao.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportExtractorTest {

    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    static Report extract(String sample) {
        Path p = TestPaths.sample(sample);
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, new DocumentReader().read(p)).document();
        return EXTRACTOR.extract(d);
    }

    /** The record's values without provenance, text compared without whitespace (line wraps differ by format). */
    static String signature(Report r) {
        StringBuilder b = new StringBuilder();
        var m = r.metadata();
        b.append(m.title()).append('|').append(m.department()).append('|').append(m.region()).append('|')
                .append(m.year()).append('|').append(m.scope()).append('|').append(r.score()).append('|')
                .append(r.grade()).append('\n');
        for (Evaluation e : r.evaluations()) {
            b.append(e.scope()).append(' ').append(e.name()).append(" score=").append(e.score()).append('/')
                    .append(e.maxScore()).append(' ').append(e.grade());
            if (e.budget() != null) {
                var bu = e.budget();
                b.append(" budget=").append(bu.initial() == null ? null : bu.initial().value()).append(',')
                        .append(bu.fullYear() == null ? null : bu.fullYear().value()).append(',')
                        .append(bu.executed() == null ? null : bu.executed().value()).append(',')
                        .append(bu.rate() == null ? null : bu.rate().value());
            }
            b.append('\n');
            for (Section s : e.sections()) {
                b.append("  section ").append(s.name()).append(' ').append(s.weight()).append(' ').append(s.score()).append('\n');
            }
            for (Indicator i : e.indicators()) {
                b.append("  indicator ").append(i.level1()).append('/').append(i.level2()).append('/').append(i.level3())
                        .append(' ').append(i.target()).append(' ').append(i.actual()).append(' ')
                        .append(i.weight()).append(' ').append(i.score()).append('\n');
            }
        }
        return b.toString().replaceAll("[ \\t\\u3000]+(?=[^\\n])", " ").replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
    }

    @ParameterizedTest(name = "{0} and {1} give the same record")
    @CsvSource({
            "yanfeng-2021.docx, yanfeng-2021.doc",
            "yanfeng-2021.docx, yanfeng-2021.pdf",
            "qingyuan-2020.docx, qingyuan-2020.doc",
            "gexin-2025.docx, gexin-2025.rtf",
            "donghua-2024.pdf, donghua-2024-gb18030.txt",
    })
    void theSameReportGivesTheSameRecordInEveryFormat(String reference, String other) {
        assertEquals(signature(extract(reference)).replaceAll("\\s+", ""), signature(extract(other)).replaceAll("\\s+", ""));
    }

    @Test
    void everyValueQuotesItsEvidence() {
        Report r = extract("yanfeng-2021.pdf");
        String text = r.source().text().text();
        assertFalse(r.evaluations().isEmpty());
        assertFalse(r.figures().isEmpty());
        for (Evaluation e : r.evaluations()) {
            quotes(text, e.at());
            e.sections().forEach(s -> quotes(text, s.at()));
            e.indicators().forEach(i -> quotes(text, i.at()));
        }
        for (Figure f : r.figures()) {
            quotes(text, f.at());
        }
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    private static void quotes(String text, Provenance at) {
        if (at != null) {
            assertEquals(at.text(), text.substring(at.start(), at.end()));
        }
    }

    private static java.util.List<String> findings(Report r, org.jixiao.extractors.model.Finding.Severity severity) {
        return r.findings().stream().filter(f -> f.severity() == severity).map(f -> f.code()).sorted().toList();
    }

    @Test
    void theSamplesRealProblemsAreFoundAndTheirCorrectFiguresAreNotErrors() {
        var error = org.jixiao.extractors.model.Finding.Severity.ERROR;
        var warning = org.jixiao.extractors.model.Finding.Severity.WARNING;
        // five project names, six scores
        assertEquals(java.util.List.of("count.aligned-list"), findings(extract("qingyuan-2020.docx"), error));
        // a project scored twice, a score paragraph without a project name
        Report donghua = extract("donghua-2024.pdf");
        assertEquals(java.util.List.of(), findings(donghua, error));
        assertEquals(java.util.List.of("duplicate.project", "missing.name"), findings(donghua, warning));
        // rates of 148% and 133.86% are right arithmetic but worth a look; the department form's 效益指标(30分)
        // has rows of 10+10+5+5+5+5 = 40 points and the project form's 产出指标(50分) rows of 10+10+10+5+5+10+5 = 55:
        // genuine slips in the report; the project's sections 10+50+40+10 exceed 100 by the 预算执行率 row's 10;
        // 规模以上工业生产值 reached 2485 of 5000万元 yet scored 4 of 5 points (the proportional rule gives 2.49)
        Report yanfeng = extract("yanfeng-2021.docx");
        assertEquals(java.util.List.of("weights.section-rows", "weights.section-rows"), findings(yanfeng, error));
        assertEquals(java.util.List.of("rate.over-100", "rate.over-100", "scoring-rule.proportional", "weights.total"),
                findings(yanfeng, warning));
        assertEquals(java.util.List.of(), findings(extract("gexin-2025.docx"), error));
        // the prose gives 预算批复资金, 支出金额, 基本支出 and 项目支出 in 元 but calls them 万元 (4774760.72万元 for the
        // form's 477.48万元): four amounts 10^4 too large
        assertEquals(java.util.List.of("unit.magnitude", "unit.magnitude", "unit.magnitude", "unit.magnitude"),
                findings(extract("shangjie-2021.pdf"), error));
        for (var f : yanfeng.findings()) {
            f.at().forEach(at -> assertEquals(at.text(), yanfeng.source().text().text().substring(at.start(), at.end())));
        }
    }

    @Test
    void headlineScoreIsTheDepartmentsOwn() {
        Report r = extract("gexin-2025.docx");
        assertEquals(0, new java.math.BigDecimal("96").compareTo(r.score()));
        assertTrue(r.grade().startsWith("优"), r.grade());
    }

    private static Evaluation project(String name, String score, int at) {
        Provenance p = new Provenance(null, null, null, null, at, at + name.length(), name);
        return new Evaluation(Evaluation.Scope.PROJECT, name, org.jixiao.extractors.model.Budget.NONE,
                score == null ? null : new java.math.BigDecimal(score), null, null,
                java.util.List.of(), java.util.List.of(), p);
    }

    @Test
    void headlineAmongSeveralProjectsIsTheOnlyScoredOneNeverAGuessBetweenTwoScores() {
        Evaluation a = project("某某村道路建设项目", null, 0);
        Evaluation b = project("某某村饮水工程项目", "87.5", 40);
        Evaluation c = project("某某村路灯安装项目", null, 80);
        Evaluation h = ReportExtractor.headline(java.util.List.of(a, b, c));
        assertEquals(b, h);
        assertEquals(0, new java.math.BigDecimal("87.5").compareTo(h.score()));
        assertEquals("某某村饮水工程项目", h.at().text());
        assertEquals(40, h.at().start());
        // the same form read twice: one score, taken once
        assertEquals(b, ReportExtractor.headline(java.util.List.of(a, b, project("某某村饮水工程项目", "87.5", 120))));
        // two different scores: no headline
        assertEquals(null, ReportExtractor.headline(java.util.List.of(a, b, project("某某村路灯安装项目", "91", 80))));
        // none scored: no headline
        assertEquals(null, ReportExtractor.headline(java.util.List.of(a, c)));
        // a peer project with a budget of its own whose score went unread: one project does not head the report
        Evaluation peer = new Evaluation(Evaluation.Scope.PROJECT, "某某村路灯安装项目",
                new org.jixiao.extractors.model.Budget(null, null, null,
                        new org.jixiao.extractors.model.Rate(new java.math.BigDecimal("98.5"), "%", a.at())),
                null, null, null, java.util.List.of(), java.util.List.of(), a.at());
        assertEquals(null, ReportExtractor.headline(java.util.List.of(b, peer)));
    }

    /**
     * A page copied as an opening excerpt, cut inside its second form: that form begins near the end of the text and
     * has only its budget block. It does not take the headline from the first form's score; the same form earlier in
     * a long text, or with indicator rows of its own, still does.
     */
    @Test
    void aLastFormCutBeforeItsResultsLeavesTheHeadlineToTheScoredOne() {
        Evaluation first = project("某某村饮水工程项目", "87.5", 40);
        Provenance late = new Provenance(null, null, null, null, 3000, 3009, "某某村路灯安装项目");
        var budget = new org.jixiao.extractors.model.Budget(null, null, null,
                new org.jixiao.extractors.model.Rate(new java.math.BigDecimal("45.17"), "%", late));
        var points = java.util.List.of(new org.jixiao.extractors.model.Section("预算执行率", new java.math.BigDecimal("10"),
                new java.math.BigDecimal("4.52"), late));
        Evaluation cut = new Evaluation(Evaluation.Scope.PROJECT, "某某村路灯安装项目", budget, null, null, null,
                points, java.util.List.of(), late);
        assertEquals(first, ReportExtractor.headline(java.util.List.of(first, cut), 3400));
        assertEquals(null, ReportExtractor.headline(java.util.List.of(first, cut), 9000), "far from the end: a peer");
        assertEquals(null, ReportExtractor.headline(java.util.List.of(cut, first), 3400), "not the last form: a peer");
        var sections = java.util.List.of(points.get(0), new org.jixiao.extractors.model.Section("产出指标",
                new java.math.BigDecimal("50"), null, late));
        Evaluation fuller = new Evaluation(Evaluation.Scope.PROJECT, "某某村路灯安装项目", budget, null, null, null,
                sections, java.util.List.of(), late);
        assertEquals(null, ReportExtractor.headline(java.util.List.of(first, fuller), 3400), "a section of results: a peer");
    }
}
