package org.jixiao.extractors.evaluation.prose;

import static org.jixiao.corpus.testing.Documents.read;
import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.jixiao.extractors.model.Section;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evaluations stated in prose: real reports, handwritten passages in other wording, and the generated corpus. */
class ProseEvaluationsTest {

    private static final Path CORPUS = TestPaths.bundledCorpus();

    private static SourceDocument donghuaPdf;
    private static List<Evaluation> donghua;

    @BeforeAll
    static void readDonghua() {
        if (TestPaths.sharedIfPresent().isEmpty()) {
            return; // the donghua tests are skipped (@RequiresShared); the others need only the bundled corpus
        }
        donghuaPdf = read(TestPaths.sample("donghua-2024.pdf"));
        donghua = ProseEvaluations.extract(donghuaPdf);
    }

    static void assertAllQuote(SourceDocument doc, List<Evaluation> evaluations) {
        for (Evaluation e : evaluations) {
            assertQuotes(doc, e.at());
            e.sections().forEach(s -> assertQuotes(doc, s.at()));
            for (var a : new Object[] {e.budget().initial(), e.budget().fullYear(), e.budget().executed()}) {
                if (a instanceof org.jixiao.extractors.model.Amount amount) {
                    assertQuotes(doc, amount.at());
                }
            }
        }
    }

    private static List<Evaluation> named(List<Evaluation> all, String name) {
        return all.stream().filter(e -> name.equals(e.name())).toList();
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected);
        assertEquals(0, expected.compareTo(actual), expected + " vs " + actual);
    }

    // ---- donghua: 16 score paragraphs, one without a name, one repeated --------------------------------

    @Test
    @RequiresShared
    void donghuaSeventeenScoreParagraphsWithSectionsFortyTenFortyTen() {
        // 16 named paragraphs (15 projects, one of them twice) and one without a name
        List<Evaluation> scored = donghua.stream().filter(e -> !e.sections().isEmpty()).toList();
        assertEquals(17, scored.size(), summary(scored).toString());
        assertEquals(1, scored.stream().filter(e -> e.name() == null).count());
        for (Evaluation e : scored) {
            assertEquals(Scope.PROJECT, e.scope());
            assertEquals(List.of(n("40"), n("10"), n("40"), n("10")), e.sections().stream().map(Section::weight).toList(),
                    "weights of " + e.name());
            assertEquals(List.of("产出指标", "预算执行情况指标", "效益指标", "满意度指标"),
                    e.sections().stream().map(Section::name).toList());
        }
        Evaluation first = named(donghua, "社区工作经费").getFirst();
        assertEquals(List.of(n("40"), n("6"), n("40"), n("8")), first.sections().stream().map(Section::score).toList());
        assertTrue(first.sections().get(1).at().text().startsWith("预算执行情况指标满分10分"), first.sections().get(1).at().text());
        assertAllQuote(donghuaPdf, donghua);
    }

    @Test
    @RequiresShared
    void donghuaKeepsTheNamelessParagraphAndTheRepeatedProject() {
        List<Evaluation> nameless = donghua.stream().filter(e -> e.name() == null).toList();
        assertEquals(1, nameless.size());
        assertEquals(Scope.PROJECT, nameless.getFirst().scope());
        assertTrue(nameless.getFirst().at().text().startsWith("项目产出指标满分40分"));
        assertEquals(2, named(donghua, "疑难信访案件专项救助金").size(), "a project scored twice stays twice");
    }

    @Test
    @RequiresShared
    void donghuaNamesKeepTheirOwnSpellingAndInnerProjectWord() {
        assertEquals(1, named(donghua, "恒润旧城改造项目信访维稳资金").size());
        assertEquals(1, named(donghua, "党建惠民项目资金").size());
        assertTrue(named(donghua, "社区工作经费项目").isEmpty(), "the generic 项目 before 产出指标 is not part of the name");
    }

    @Test
    @RequiresShared
    void donghuaTotalsAndGradesAttachToTheRightNames() {
        Evaluation community = named(donghua, "社区工作经费").getFirst();
        assertSame(n("94"), community.score());
        assertEquals("优秀", community.grade());
        assertSame(n("95"), named(donghua, "综合事务专项经费").getFirst().score());
        assertSame(n("94"), named(donghua, "恒润旧城改造项目信访维稳资金").getFirst().score());
        // the PDF breaks this grade across lines (优 / 秀): the joined prose still reads 优秀
        Evaluation congress = named(donghua, "全国两会信访维稳经费").getFirst();
        assertSame(n("97"), congress.score());
        assertEquals("优秀", congress.grade());
        // scored under a shorter name (…调查) than in the totals (…调查经费): attached by the unique prefix
        assertSame(n("98"), named(donghua, "第五次全国经济普查及投入产出调查").getFirst().score());
        assertTrue(named(donghua, "第五次全国经济普查及投入产出调查经费").isEmpty());
        List<Evaluation> twice = named(donghua, "疑难信访案件专项救助金");
        assertSame(n("98"), twice.get(0).score());
        assertNull(twice.get(1).score(), "the single total goes to the first copy only");
        // scored in the totals sentence but never in a score paragraph: its own evaluation, for the missing check
        Evaluation air = named(donghua, "大气污染防治经费").getFirst();
        assertSame(n("98"), air.score());
        assertTrue(air.sections().isEmpty());
        assertTrue(air.at().text().startsWith("大气污染防治经费绩效评价的得分结果为98分"), air.at().text());
    }

    @Test
    @RequiresShared
    void donghuaBudgetListGivesFullYearBudgetsOfScoredProjects() {
        var budget = named(donghua, "社区工作经费").getFirst().budget().fullYear();
        assertSame(n("49.63"), budget.value());
        assertEquals("万元", budget.unit());
        assertSame(n("496300"), budget.yuan());
        assertEquals("49.63万元", budget.at().text().replace(" ", ""));
        assertSame(n("1.928"), named(donghua, "第五次全国经济普查及投入产出调查").getFirst().budget().fullYear().value());
        assertSame(n("100"), named(donghua, "党建惠民项目资金").getFirst().budget().fullYear().value());
    }

    @Test
    @RequiresShared
    void donghuaPdfAndGb18030TextGiveTheSameEvaluations() {
        SourceDocument txt = read(TestPaths.sample("donghua-2024-gb18030.txt"));
        List<Evaluation> fromText = ProseEvaluations.extract(txt);
        assertAllQuote(txt, fromText);
        assertEquals(summary(donghua), summary(fromText));
    }

    private static List<String> summary(List<Evaluation> es) {
        return es.stream().map(e -> e.scope() + "|" + e.name() + "|" + e.score() + "|" + e.grade() + "|"
                + e.sections().stream().map(s -> s.name() + s.weight() + "/" + s.score()).toList() + "|"
                + (e.budget().fullYear() == null ? null : e.budget().fullYear().value())).toList();
    }

    // ---- qingyuan: 5 names, 6 scores; budgets from the table -------------------------------------------

    @Test
    void qingyuanExposesFiveNamesAgainstSixScoresAndPairsOnlyWhatCanBePaired() {
        SourceDocument doc = read(TestPaths.sample("qingyuan-2020.docx"));
        List<AlignedList> lists = ProseFacts.of(doc, null).alignedLists();
        assertEquals(1, lists.size());
        AlignedList l = lists.getFirst();
        assertEquals(5, l.names().size());
        assertEquals(6, l.values().size());
        assertFalse(l.aligned());
        assertEquals("社区办公经费", l.names().getFirst());
        assertEquals("94", l.valueAt().getFirst().text());
        assertQuotes(doc, l.at());
        l.nameAt().forEach(at -> assertQuotes(doc, at));

        List<Evaluation> es = ProseEvaluations.extract(doc);
        assertAllQuote(doc, es);
        long scored = es.stream().filter(e -> e.score() != null).count();
        assertEquals(5, scored, "the sixth score has no name and is not invented onto one");
        assertSame(n("93"), named(es, "社区党建经费").getFirst().score());

        List<StatedCount> counts = ProseFacts.of(doc, null).statedCounts();
        assertEquals(1, counts.size());
        assertEquals(5, counts.getFirst().value());
        assertEquals("5个", counts.getFirst().at().text());
    }

    @Test
    void qingyuanProjectTableGivesBudgetAndExecutionPerProject() {
        SourceDocument doc = read(TestPaths.sample("qingyuan-2020.docx"));
        List<Evaluation> es = ProseEvaluations.extract(doc);
        Evaluation office = named(es, "社区办公经费").getFirst();
        assertSame(n("29.03"), office.budget().fullYear().value());
        assertSame(n("23.99"), office.budget().executed().value());
        assertNotNull(office.budget().executed().at().table(), "read from the table cell");
        assertNull(office.budget().fullYear().unit(), "the table prints no unit: none is guessed");
        Evaluation petition = named(es, "信访经费").getFirst();
        assertSame(n("7"), petition.budget().executed().value());
    }

    @Test
    void sameReportInOtherFormatsGivesTheSameEvaluations() {
        for (String[] pair : new String[][] {{"qingyuan-2020.docx", "qingyuan-2020.doc"}, {"gexin-2025.docx", "gexin-2025.rtf"}}) {
            SourceDocument a = read(TestPaths.sample(pair[0]));
            SourceDocument b = read(TestPaths.sample(pair[1]));
            List<Evaluation> ea = ProseEvaluations.extract(a);
            List<Evaluation> eb = ProseEvaluations.extract(b);
            assertFalse(ea.isEmpty(), pair[0]);
            assertAllQuote(b, eb);
            assertEquals(summary(ea), summary(eb), pair[1]);
        }
    }

    @Test
    void qingyuanDeclaredWeights() {
        SourceDocument doc = read(TestPaths.sample("qingyuan-2020.docx"));
        List<DeclaredWeight> w = ProseFacts.of(doc, null).declaredWeights();
        assertEquals(List.of("产出指标", "预算执行率指标", "效益指标", "满意度指标"), w.stream().map(DeclaredWeight::section).toList());
        assertEquals(List.of(n("40"), n("10"), n("40"), n("10")), w.stream().map(DeclaredWeight::weight).toList());
        assertEquals("预算执行率指标10分", w.get(1).at().text());
        w.forEach(x -> assertQuotes(doc, x.at()));
    }

    // ---- gexin and yanfeng ---------------------------------------------------------------------------

    @Test
    void gexinTotalScoreIsTheDepartments() {
        SourceDocument doc = read(TestPaths.sample("gexin-2025.docx"));
        List<Evaluation> es = ProseEvaluations.extract(doc);
        List<Evaluation> dept = es.stream().filter(e -> e.scope() == Scope.DEPARTMENT).toList();
        assertEquals(1, dept.size());
        assertSame(n("96"), dept.getFirst().score());
        assertEquals("优秀", dept.getFirst().grade());
        assertNotNull(dept.getFirst().name());
        assertTrue(dept.getFirst().name().contains("革新街道"), dept.getFirst().name());
        assertAllQuote(doc, es);
    }

    @Test
    void yanfengFormsAreLeftToTheFormExtractor() {
        SourceDocument doc = read(TestPaths.sample("yanfeng-2021.docx"));
        List<Evaluation> es = ProseEvaluations.extract(doc);
        assertAllQuote(doc, es);
        assertTrue(es.stream().noneMatch(e -> e.budget().fullYear() != null && e.budget().fullYear().at().inTable()),
                "no budget is read from a self-evaluation form table");
    }

    @Test
    void shangjieDepartmentTotalGradeAndSectionsFromProse() {
        SourceDocument doc = read(TestPaths.sample("shangjie-2021.pdf"));
        List<Evaluation> es = ProseEvaluations.extract(doc);
        assertAllQuote(doc, es);
        assertEquals(1, es.size(), summary(es).toString());
        Evaluation dept = es.getFirst();
        assertEquals(Scope.DEPARTMENT, dept.scope());
        assertSame(n("99.34"), dept.score());
        assertEquals("优", dept.grade());
        assertEquals(List.of("预算执行率:10/9.45", "投入管理指标:40/39.89", "产出指标:30/30", "效益指标:20/20"),
                dept.sections().stream().map(x -> x.name() + ":" + x.weight() + "/" + x.score()).toList());
    }

    // ---- handwritten passages in other wording ------------------------------------------------------

    private static SourceDocument text(String body) throws IOException {
        Path f = Files.createTempFile("prose", ".txt");
        Files.writeString(f, body);
        try {
            return read(f);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static final ReportMetadata COUNTY = new ReportMetadata("t", "平川县水利局", List.of(), null, 2023,
            ReportScope.BOTH, Map.of());

    /** {@code 附件:} before a form's title labels an enclosure: the amounts after it are no project named 附件. */
    @Test
    void anEnclosureLabelNamesNoProject() throws IOException {
        SourceDocument doc = text("""
                附件2: 项目支出绩效自评表 本项目共申请预算资金60万元,全年共完成支出58.5万元。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertTrue(es.stream().noneMatch(e -> e.name() != null && e.name().startsWith("附")), summary(es).toString());
    }

    @Test
    void countyProjectParagraphWithCompositeScoreAndQuotedGrade() throws IOException {
        SourceDocument doc = text("""
                平川县水利局2023年度项目支出绩效自评报告

                （一）农村饮水安全巩固提升工程：年初预算120万元，全年预算130万元，全年执行123.5万元，执行率95%。项目综合得分为88.5分，评价等级为"良"。

                （二）河道清淤疏浚维护经费。项目产出指标满分50分，得分45分；效益指标满分30分，得分27分；满意度指标满分10分，得分9分；预算执行率指标满分10分，得分10分。

                经综合评价，本局部门整体支出绩效自评得分为91分，等级为优。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertAllQuote(doc, es);
        assertEquals(3, es.size(), summary(es).toString());
        Evaluation water = named(es, "农村饮水安全巩固提升工程").getFirst();
        assertSame(n("88.5"), water.score());
        assertEquals("良", water.grade());
        assertSame(n("120"), water.budget().initial().value());
        assertSame(n("130"), water.budget().fullYear().value());
        assertSame(n("123.5"), water.budget().executed().value());
        assertSame(n("95"), water.budget().rate().value());
        assertEquals("123.5万元", water.budget().executed().at().text());

        Evaluation dept = es.stream().filter(e -> e.scope() == Scope.DEPARTMENT).findFirst().orElseThrow();
        assertEquals("平川县水利局", dept.name());
        assertSame(n("91"), dept.score());
        assertEquals("优", dept.grade());
    }

    @Test
    void sectionsAfterAHeadingOnlyParagraphAreTheDepartmentsWhenNoProjectIsNamed() throws IOException {
        SourceDocument doc = text("""
                （二）各项指标完成情况

                一级指标预算执行率：年初目标100%，实际完成值为94.5%，总分10分，得分为9.45分。偏差原因是资金紧张。

                一级指标投入管理指标：总分值40分，总得分39.89分，达到预期目标。

                产出指标满分30分，本次得分30分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertEquals(1, es.size());
        Evaluation dept = es.getFirst();
        assertEquals(Scope.DEPARTMENT, dept.scope());
        assertEquals(List.of("预算执行率", "投入管理指标", "产出指标"), dept.sections().stream().map(Section::name).toList());
        assertSame(n("9.45"), dept.sections().get(0).score());
        assertSame(n("39.89"), dept.sections().get(1).score());
        assertNull(dept.score(), "section scores are not a stated total");
    }

    @Test
    void indicatorScoresGradeBandsAndBonusPointsAreNotEvaluations() throws IOException {
        SourceDocument doc = text("""
                评价等级划分：得分≥90分为优秀，80≤得分<90分为良好。

                其中资金使用合规率得分10分，群众满意度得分9.5分，加分项获得5分。

                总分100分，其中产出指标满分50分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertTrue(es.stream().noneMatch(e -> e.score() != null), summary(es).toString());
        assertTrue(es.stream().allMatch(e -> e.scope() == Scope.DEPARTMENT), summary(es).toString());
    }

    @Test
    void alignedListWithUnitsAndAConjunction() throws IOException {
        SourceDocument doc = text("""
                2023年，我局对农田水利设施维修经费、防汛物资储备经费和水土保持补助资金三个项目开展自评。农田水利设施维修经费、防汛物资储备经费、水土保持补助资金的自评得分分别为91分、86.5分和79分。
                """);
        AlignedList l = ProseFacts.of(doc, null).alignedLists().getFirst();
        assertTrue(l.aligned());
        assertEquals("自评得分", l.label());
        assertEquals(List.of(n("91"), n("86.5"), n("79")), l.values());
        assertEquals("79分", l.valueAt().get(2).text());
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertSame(n("86.5"), named(es, "防汛物资储备经费").getFirst().score());
        assertEquals("防汛物资储备经费", named(es, "防汛物资储备经费").getFirst().at().text());
    }

    @Test
    void aProjectsOwnReportKeepsItsUnnamedSectionsAsAProject() throws IOException {
        SourceDocument doc = text("""
                二、绩效目标完成情况

                产出指标（权重50分），得分46分；效益指标（权重30分），得分28分；满意度指标（权重10分），得分10分。
                """);
        ReportMetadata projectReport = new ReportMetadata("t", "平川县水利局", List.of(), null, 2023,
                ReportScope.PROJECT, Map.of());
        List<Evaluation> es = ProseEvaluations.extract(doc, projectReport);
        assertEquals(1, es.size(), summary(es).toString());
        assertEquals(Scope.PROJECT, es.getFirst().scope());
        assertNull(es.getFirst().name(), "not named in this passage: left for the merge, not guessed");
        assertEquals(List.of("产出指标:50/46", "效益指标:30/28", "满意度指标:10/10"),
                es.getFirst().sections().stream().map(x -> x.name() + ":" + x.weight() + "/" + x.score()).toList());
    }

    @Test
    void theDepartmentNamedInFullIsTheDepartment() throws IOException {
        SourceDocument doc = text("""
                经综合评价，平川县水利局2023年度绩效自评综合得分为92.5分，评价等级为优秀。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertEquals(1, es.size());
        assertEquals(Scope.DEPARTMENT, es.getFirst().scope());
        assertSame(n("92.5"), es.getFirst().score());
        assertEquals("优秀", es.getFirst().grade());
    }

    @Test
    void budgetListsOnlyAddToProjectsAlreadyScored() throws IOException {
        SourceDocument doc = text("""
                全年各项目支出：河道清淤疏浚维护经费45.2万元，预算绩效管理经费16万元，办公楼维修费8万元。

                河道清淤疏浚维护经费绩效评价的得分结果为90分，绩效评价等级为优秀；预算绩效管理经费绩效评价的得分结果为85分，绩效评价等级为良好。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertEquals(2, es.size(), summary(es).toString());
        assertSame(n("45.2"), named(es, "河道清淤疏浚维护经费").getFirst().budget().executed().value());
        Evaluation mgmt = named(es, "预算绩效管理经费").getFirst();
        assertSame(n("16"), mgmt.budget().executed().value());
        assertNull(mgmt.budget().fullYear());
        assertEquals("良好", mgmt.grade());
    }

    @Test
    void aProjectTableWithUnitInItsHeaderAndAScoreColumn() throws IOException {
        Path f = Files.createTempFile("prose", ".html");
        Files.writeString(f, """
                <html><head><meta charset="utf-8"><title>t</title></head><body>
                <p>三、项目支出自评情况</p>
                <table border="1">
                <tr><td>项目名称</td><td>年初预算数（万元）</td><td>实际支出（万元）</td><td>自评得分</td></tr>
                <tr><td>农机购置补贴资金</td><td>230.5</td><td>221.08</td><td>93</td></tr>
                <tr><td>高标准农田建设经费</td><td>512</td><td>498.6</td><td>88.5</td></tr>
                <tr><td>合计</td><td>742.5</td><td>719.68</td><td></td></tr>
                </table></body></html>
                """);
        SourceDocument doc;
        try {
            doc = read(f);
        } finally {
            Files.deleteIfExists(f);
        }
        List<Evaluation> es = ProseEvaluations.extract(doc, COUNTY);
        assertAllQuote(doc, es);
        assertEquals(2, es.size(), "the 合计 row is not a project: " + summary(es));
        Evaluation farm = named(es, "高标准农田建设经费").getFirst();
        assertSame(n("512"), farm.budget().initial().value());
        assertNull(farm.budget().fullYear(), "年初 is the initial budget");
        assertEquals("万元", farm.budget().executed().unit());
        assertSame(n("4986000"), farm.budget().executed().yuan());
        assertSame(n("88.5"), farm.score());
        assertEquals("498.6", farm.budget().executed().at().text());
    }

    @Test
    void statedCountsInOtherWordingAndNotOtherCounts() throws IOException {
        SourceDocument doc = text("""
                本年度纳入自评范围的项目共7个，另设4个一级指标、12个三级指标，全部7个项目支出均开展自评。
                """);
        List<StatedCount> counts = ProseFacts.of(doc, null).statedCounts();
        assertEquals(List.of(7, 7), counts.stream().map(StatedCount::value).toList());
        counts.forEach(c -> assertQuotes(doc, c.at()));
    }

    // ---- the generated corpus, against its ground truth ---------------------------------------------

    @Test
    void generatedCorpusScoresAndGradesMatchTheTruthInEveryFormat() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int projects = 0;
        int departments = 0;
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".json") && !f.toString().endsWith(".md"))
                    .sorted().toList()) {
                String name = file.getFileName().toString();
                String stem = name.replaceFirst("(-gb18030)?\\.[a-z]+$", "");
                JsonNode truth = json.readTree(CORPUS.resolve(stem + ".truth.json").toFile());
                SourceDocument doc = read(file);
                List<Evaluation> es = ProseEvaluations.extract(doc);
                assertAllQuote(doc, es);
                for (JsonNode t : truth.get("evaluations")) {
                    String truthName = t.get("name").asText();
                    Evaluation e;
                    if (t.get("scope").asText().equals("department")) {
                        e = es.stream().filter(x -> x.scope() == Scope.DEPARTMENT).findFirst()
                                .orElseThrow(() -> new AssertionError(name + ": no department evaluation"));
                        assertEquals(truthName, e.name(), name);
                        assertEquals(t.get("sections").size(), e.sections().size(), name + " department sections");
                        departments++;
                    } else {
                        List<Evaluation> same = named(es, truthName);
                        assertEquals(1, same.size(), name + ": " + truthName);
                        e = same.getFirst();
                        projects++;
                    }
                    assertSame(t.get("score").decimalValue(), e.score());
                    assertEquals(t.get("grade").asText(), e.grade(), name + ": grade of " + truthName);
                }
            }
        }
        assertEquals(8, departments);
        assertTrue(projects >= 30, "projects checked: " + projects);
    }

    @Test
    void generatedCorpusStatedCountsAndAlignedListsMatchTheTruth() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int planted = 0;
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".json") && !f.toString().endsWith(".md"))
                    .sorted().toList()) {
                String name = file.getFileName().toString();
                JsonNode truth = json.readTree(CORPUS.resolve(name.replaceFirst("(-gb18030)?\\.[a-z]+$", "")
                        + ".truth.json").toFile());
                int projects = 0;
                for (JsonNode t : truth.get("evaluations")) {
                    projects += t.get("scope").asText().equals("project") ? 1 : 0;
                }
                int expected = projects;
                for (JsonNode p : truth.get("planted")) {
                    if (p.get("code").asText().equals("count.projects")) {
                        expected = Integer.parseInt(p.get("actual").asText().replaceAll("\\D", ""));
                        planted++;
                    }
                }
                SourceDocument doc = read(file);
                List<StatedCount> counts = ProseFacts.of(doc, null).statedCounts();
                assertEquals(1, counts.size(), name + ": " + counts);
                assertEquals(expected, counts.getFirst().value(), name);
                assertQuotes(doc, counts.getFirst().at());
                List<AlignedList> lists = ProseFacts.of(doc, null).alignedLists();
                assertEquals(1, lists.size(), name);
                assertEquals(projects, lists.getFirst().names().size(), name);
                assertTrue(lists.getFirst().aligned(), name);
            }
        }
        assertEquals(1, planted, "the corpus plants one wrong project count");
    }

    @Test
    void generatedCorpusPlantedDuplicateShowsInTheAlignedList() {
        SourceDocument doc = read(CORPUS.resolve("0002-bureau-2022.pdf"));
        AlignedList l = ProseFacts.of(doc, null).alignedLists().getFirst();
        assertEquals(4, l.names().size());
        assertEquals(4, l.values().size());
        assertEquals(3, l.names().stream().distinct().count(), "one project named twice: " + l.names());
        // the per-project paragraphs name all four; the list's duplicate does not overwrite them
        List<Evaluation> es = ProseEvaluations.extract(doc);
        assertSame(n("97.7"), named(es, "市容秩序管理经费").getFirst().score());
        assertSame(n("96.7"), named(es, "安全生产监管专项经费").getFirst().score());
    }

    @Test
    void generatedCorpusPerProjectParagraphBudgetsMatchTheTruth() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(CORPUS.resolve("0003-street-2023.truth.json").toFile());
        SourceDocument doc = read(CORPUS.resolve("0003-street-2023.txt"));
        List<Evaluation> es = ProseEvaluations.extract(doc);
        for (JsonNode t : truth.get("evaluations")) {
            if (!t.get("scope").asText().equals("project")) {
                continue;
            }
            Evaluation e = named(es, t.get("name").asText()).getFirst();
            assertSame(t.at("/budget/fullYear/value").decimalValue(), e.budget().fullYear().value());
            assertSame(t.at("/budget/executed/value").decimalValue(), e.budget().executed().value());
            assertEquals(t.get("grade").asText(), e.grade());
        }
        assertEquals(List.of(5), ProseFacts.of(doc, null).statedCounts().stream().map(StatedCount::value).toList());
    }
}
