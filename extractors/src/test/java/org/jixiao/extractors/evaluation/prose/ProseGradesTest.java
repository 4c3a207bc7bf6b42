package org.jixiao.extractors.evaluation.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.testing.Documents;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.junit.jupiter.api.Test;

/**
 * Grades stated in prose in the other orders and spellings reports use, and the report's own total stated with
 * no subject ({@code 自评得分103.4分}); invented text and numbers.
 */
class ProseGradesTest {

    private static final ReportMetadata TOWN = new ReportMetadata("t", "望川县青松乡人民政府", List.of(), null, 2022,
            ReportScope.DEPARTMENT, Map.of());

    /** A document read from {@code body} as a text file, the way a report in .txt is read. */
    static SourceDocument text(String body) throws IOException {
        Path f = Files.createTempFile("grades", ".txt");
        Files.writeString(f, body);
        try {
            return Documents.read(f);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void gradeStatedBeforeTheScore() throws IOException {
        SourceDocument doc = text("""
                望川县青松乡人民政府部门整体支出绩效评价报告结果公示
                本项目评价等级为“合格”,总得分为68.34分,其中:投入得分12.10分、过程得分21.40分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        Evaluation e = es.stream().filter(x -> x.score() != null).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("68.34").compareTo(e.score()));
        assertEquals("合格", e.grade());
    }

    @Test
    void overallGradeWithNoScoreAndAGradeSplitByASpace() throws IOException {
        SourceDocument doc = text("""
                一是部门整体绩效自评情况。部门目标实现率100%,整体绩效自评为优 秀;
                二是项目绩效自评情况。我单位共有2个项目批复了绩效目标。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        assertEquals(1, es.size(), es.toString());
        assertEquals("优秀", es.get(0).grade());
        assertTrue(es.get(0).at().text().contains("自评为优"), es.get(0).at().text());
        // a PDF text layer that kept the space between the two characters
        java.util.regex.Matcher m = Vocabulary.OVERALL_GRADE.matcher("整体绩效自评为优 秀;");
        assertTrue(m.find());
        assertEquals("优秀", Grades.clean(m.group(1)));
    }

    @Test
    void overallResultAfterAColon() throws IOException {
        SourceDocument doc = text("""
                三、绩效自评结论
                通过客观公正的评价,得出综合评价结果为:良好。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        assertEquals("良好", es.getFirst().grade());
    }

    @Test
    void aGradeCharacterInsideAWordIsNoGrade() throws IOException {
        SourceDocument doc = text("""
                三、绩效自评结论
                整体评价结果为中央资金拨付及时,管理规范。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        assertTrue(es.isEmpty() || es.getFirst().grade() == null, es.toString());
    }

    @Test
    void theReportsOwnTotalWithNoSubject() throws IOException {
        SourceDocument doc = text("""
                一、绩效自评情况
                我们从资金保障、项目管理和使用成效等方面对2022年全县衔接资金项目进行逐项对照自评,自评得分103.4分。
                二、自评结论
                2022年度该项目的产出指标、效益指标均已完成预定目标,绩效自评分为97.25分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        List<BigDecimal> scores = es.stream().map(Evaluation::score).filter(java.util.Objects::nonNull).toList();
        assertTrue(scores.stream().anyMatch(x -> x.compareTo(new BigDecimal("103.4")) == 0), scores.toString());
        assertTrue(es.stream().anyMatch(e -> e.at().text().contains("103.4")), es.toString());
        SourceDocument second = text("""
                二、自评结论
                2022年度该项目的产出指标、效益指标均已完成预定目标,绩效自评分为97.25分。
                """);
        List<Evaluation> two = ProseEvaluations.extract(second, TOWN);
        assertEquals(0, new BigDecimal("97.25").compareTo(two.getFirst().score()), two.toString());
    }

    @Test
    void aCompositeScoreWithNoSubjectIsTheReportsOwn() throws IOException {
        SourceDocument doc = text("""
                一、自评得分情况
                按照部门整体支出绩效评价指标体系,对本局2022年度机关整体支出开展了绩效评价,综合评分为93分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        Evaluation e = es.stream().filter(x -> x.score() != null).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(0, new BigDecimal("93").compareTo(e.score()));
        assertEquals("望川县青松乡人民政府", e.name(), "the department's own evaluation");
        assertTrue(e.at().text().contains("综合评分为93"), e.at().text());
        SourceDocument table = text("""
                三、综合评分标准
                按照评分标准逐项打分。
                """);
        assertTrue(ProseEvaluations.extract(table, TOWN).stream().allMatch(x -> x.score() == null),
                "综合评分 with no number after it is no score");
    }

    @Test
    void theBudgetWordNearestTheAmountNamesItWhenAFormsColumnNamesRunIntoTheSentence() throws IOException {
        // a form flattened into one line: its column names 实际完成情况 run into the sentence after them
        SourceDocument doc = text("""
                乡村道路养护项目: 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金60万元。其中:20万元用于路面修补。 本项目共完成预算资金58.13万元。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        Evaluation e = es.stream().filter(x -> x.budget() != null && x.budget().fullYear() != null).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(0, new BigDecimal("60").compareTo(e.budget().fullYear().value()), "申请预算资金 is budgeted");
        assertEquals(0, new BigDecimal("58.13").compareTo(e.budget().executed().value()), "完成预算资金 is spent");
    }

    /** The report's own score and grade in the other wordings reports use; each was missed once. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "经评价,总体评分为91分,绩效等级为“优”。",
        "评分结果为91分,评价结果为优。",
        "经对照评分标准,自评分数为91分,属于“优”等级。",
        "绩效自评综合得分为91分(满分100分),等级为优。",
        "自评得分:91分;自评等级:优。"})
    void theReportsScoreAndGradeInOtherWordings(String sentence) throws IOException {
        SourceDocument doc = text("二、自评结论\n" + sentence + "\n");
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        Evaluation e = es.stream().filter(x -> x.score() != null).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + " " + es));
        assertEquals(0, new BigDecimal("91").compareTo(e.score()), sentence);
        assertEquals("优", e.grade(), sentence);
    }

    @Test
    void aGradeAfterTheNextScoreIsNotThisScoresGrade() throws IOException {
        SourceDocument doc = text("二、自评结论\n项目一自评得分:91分;项目二自评得分:78分,等级为中。\n");
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        Evaluation first = es.stream().filter(x -> x.score() != null && x.score().intValue() == 91).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertNull(first.grade(), es.toString());
    }

    @Test
    void aHeadingThatNamesMoneyIsNoProject() throws IOException {
        SourceDocument doc = text("""
                (一)部门整体支出概况。
                1、收入:652.18万元。其中:财政拨款收入652.18万元。
                2、支出:640.50万元。其中:人员经费支出402.11万元,公用经费支出61.39万元,项目支出177.00万元。
                3、乡村道路养护项目:全年预算数50万元,实际支出45万元。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        assertTrue(es.stream().noneMatch(e -> "支出".equals(e.name()) || "收入".equals(e.name())), es.toString());
        Evaluation road = es.stream().filter(e -> "乡村道路养护项目".equals(e.name())).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(0, new BigDecimal("45").compareTo(road.budget().executed().value()));
    }

    @Test
    void aScoreCalled评价分() throws IOException {
        SourceDocument doc = text("一、项目基本情况\n本项目年度目标全部完成,绩效评价分为96.35分。\n");
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        assertTrue(es.stream().anyMatch(e -> e.score() != null && e.score().compareTo(new BigDecimal("96.35")) == 0),
                es.toString());
    }

    @Test
    void aScoreLineIsNoProject() throws IOException {
        for (String label : List.of("综合得分", "自评得分", "总得分", "综合评分")) {
            SourceDocument doc = text("档案管理有效性有效有效55\n" + label + ":83\n");
            List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
            assertTrue(es.stream().noneMatch(e -> label.equals(e.name())), label + ": " + es);
        }
    }

    @Test
    void aProjectListWhoseScoreColumnIsHeaded自评分数() throws IOException {
        SourceDocument doc = text("""
                2024年新增地方政府专项债券项目绩效评价表(单位:亿元)
                | 序号 | 项目名称 | 债券性质 | 债券规模 | 自评分数 | 分值 |
                | 1 | 望川县青松乡安置房二期项目 | 棚改专项债券 | 1.35 | 93.5 | 100 |
                """);
        assertEquals(1, doc.tables().size(), "the rows form a table");
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        Evaluation e = es.stream().filter(x -> "望川县青松乡安置房二期项目".equals(x.name())).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(0, new BigDecimal("93.5").compareTo(e.score()), "自评分数 is the score, 分值 is not");
    }

    @Test
    void aCompositeEvaluationScoreAndAProjectsSelfReferenceAreTheReportsOwn() throws IOException {
        SourceDocument doc = text("""
                一、项目概况
                对照年初绩效目标及实际完成情况,自评小组经过自评,综合评价得分为 96.8分。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        assertEquals(List.of(new BigDecimal("96.8")), es.stream().map(Evaluation::score).toList(), es.toString());

        ReportMetadata project = new ReportMetadata("t", "望川县教育局", List.of(), null, 2022, ReportScope.PROJECT, Map.of());
        SourceDocument own = text("""
                一、项目概况
                经自评，本项目综合评分为91.5分。
                """);
        assertEquals(List.of(new BigDecimal("91.5")),
                ProseEvaluations.extract(own, project).stream().map(Evaluation::score).toList());
        assertTrue(ProseEvaluations.extract(own, TOWN).stream().allMatch(x -> x.score() == null),
                "本项目 in a department's report is one of its projects, unnamed: no score for the whole");
    }

    @Test
    void noPointsIsNoScore() throws IOException {
        SourceDocument doc = text("""
                一、评分标准
                有明确的绩效管理机构或专人负责 2 分。没 有不得分 1、运行监管记录 3 分;未填报的不得分 2、按时申报。
                """);
        assertTrue(ProseEvaluations.extract(doc, TOWN).stream().allMatch(x -> x.score() == null),
                () -> ProseEvaluations.extract(doc, TOWN).toString());
    }

    @Test
    void aFormsScoreLabelMayCarryItsUnitAndRunIntoTheNextHeader() throws IOException {
        SourceDocument doc = text("""
                1、某区林业局2023年度部门整体绩效自评表主管部门某区林业局部门联系人某某联系电话自评总分(分)97.93年初预算数全年(调整)预算数全年执行数执行率
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        assertEquals(List.of(new BigDecimal("97.93")), es.stream().map(Evaluation::score).toList(), es.toString());

        ReportMetadata project = new ReportMetadata("t", "望川县交通运输局", List.of(), null, 2021, ReportScope.PROJECT, Map.of());
        SourceDocument pdfRow = text("""
                某县财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 95 项目实施单位 望川县交通运输局
                """);
        assertEquals(List.of(new BigDecimal("95")),
                ProseEvaluations.extract(pdfRow, project).stream().map(Evaluation::score).toList());
    }

    @Test
    void aBareSelfScoreAndAConclusionsGrade() throws IOException {
        SourceDocument doc = text("""
                一、总体情况
                整体而言,本局2024年支出绩效完成情况自评分95分,综合评价等级为“优”。
                """);
        List<Evaluation> es = ProseEvaluations.extract(doc, TOWN);
        ProseEvaluationsTest.assertAllQuote(doc, es);
        assertEquals(List.of(new BigDecimal("95")), es.stream().map(Evaluation::score).toList(), es.toString());
        assertEquals("优", es.get(0).grade());

        SourceDocument cut = text("""
                一、总体情况
                2021年度市级就业资金配套项目资金绩效自评得分为98分,自评结论为“优秀
                """);
        List<Evaluation> two = ProseEvaluations.extract(cut, TOWN);
        assertEquals("优秀", two.get(0).grade(), "a conclusion states the grade, its closing quote cut off by the excerpt");
    }

    /** Each sentence, under {@code heading}, gives one evaluation with its score and grade, named by no clause. */
    private static void assertOwnResults(String heading, String[][] cases, ReportMetadata metadata) throws IOException {
        for (String[] c : cases) {
            SourceDocument doc = text(heading + c[0] + "\n");
            List<Evaluation> es = ProseEvaluations.extract(doc, metadata);
            ProseEvaluationsTest.assertAllQuote(doc, es);
            assertEquals(List.of(new BigDecimal(c[1])), es.stream().map(Evaluation::score).toList(), c[0] + " " + es);
            assertEquals(c[2], es.get(0).grade(), c[0]);
            assertTrue(es.stream().noneMatch(x -> x.name() != null && x.name().contains("按照")), "a clause is no name");
        }
    }

    @Test
    void aDepartmentsOwnResultInMoreWordings() throws IOException {
        String[][] cases = {
                {"经自评，本单位2023年度整体支出绩效自评结果：优，得分95分。", "95", "优"},
                {"按照评分标准，最终得分94分，评价等次为“优”。", "94", "优"},
                {"通过综合评价，本部门2023年度绩效自评分值为97分，评价等级为优。", "97", "优"},
        };
        assertOwnResults("二、评价结论\n", cases, TOWN);
        assertTrue(ProseEvaluations.extract(text("二、评价结论\n共对3个项目开展了评价，得分95分。\n"), TOWN).stream()
                .allMatch(x -> x.score() == null), "a bare 得分 after clauses about projects is no department's");
    }

    @Test
    void aOneProjectReportsOwnResultInTheWordingsReportsUse() throws IOException {
        ReportMetadata project = new ReportMetadata("t", "望川县水利局", List.of(), null, 2023, ReportScope.PROJECT, Map.of());
        String[][] cases = {
                {"项目绩效自评综合得分92分，等级为“优”。", "92", "优"},
                {"根据评分标准，项目最终得分为88.6分，评价结果为良。", "88.6", "良"},
                {"项目整体评分为90.5分，自评等级为优。", "90.5", "优"},
                {"经综合评定，项目绩效评价得分为86分，评定等级为“良”。", "86", "良"},
                {"绩效自评结果为92分，等级为优秀。", "92", "优秀"},
                {"项目能严格按照项目实施方案开展绩效评分96分，自评为优。", "96", "优"},
                {"该项目已按计划完成，绩效评分为88分，评价等级为良。", "88", "良"},
                {"项目自评得分95分，等级为优。", "95", "优"},
        };
        assertOwnResults("一、项目概况\n", cases, project);
        assertTrue(ProseEvaluations.extract(text("一、项目概况\n自评结果为优。\n"), project).stream()
                .allMatch(x -> x.score() == null), "自评结果 before a grade states no score");
    }
}
