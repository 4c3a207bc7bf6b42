package org.jixiao.extractors.gold;

import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.jixiao.extractors.gold.GoldReports.NOWHERE;
import static org.jixiao.extractors.gold.GoldReports.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorer's own specification, on a small gold written here and reports built by hand, so every expected count
 * can be checked with pencil and paper.
 */
class GoldScorerTest {

    /**
     * 31 facts: metadata 4 (title, department, region, year); score 4 (headline, department score and maxScore,
     * project score); grade 1 (project); evaluation 2; budget 5 (initial value+unit, rate, planned value+unit);
     * section 1 (a weight); indicator 14 (2 rows × existence + level1, level2, target, actual, weight, score).
     */
    private static final String GOLD = """
            {"schema": "jixiao.gold/1", "sample": "tiny", "files": [],
             "title": "2021年度雁峰街道绩效评价报告", "department": "雁峰区雁峰街道办事处", "region": "衡阳市雁峰区",
             "year": 2021, "score": 86, "grade": null,
             "evaluations": [
               {"scope": "department", "name": "雁峰区雁峰街道办事处",
                "budget": {"initial": {"value": "2021.29", "unit": "万元"}, "rate": {"value": "94.50", "unit": "%"}},
                "score": 86, "maxScore": 100,
                "sections": [{"name": "产出指标", "weight": 50}],
                "indicators": [
                  {"level1": "产出指标", "level2": "数量指标", "level3": "国有土地上房屋预征收户数",
                   "target": "162户", "actual": "154户", "weight": 10, "score": 9},
                  {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "群众满意度",
                   "target": "100%", "actual": "90%", "weight": 10, "score": 9}]},
               {"scope": "project", "name": "社区工作经费", "aliases": ["社区经费"],
                "budget": {"planned": {"value": "49.63", "unit": "万元"}}, "score": 94, "grade": "优秀"}],
             "_notes": ["written for the scorer's tests"]}
            """;

    private final Gold gold = Gold.parse(GOLD);

    private static Report report(Gold gold, Evaluation... evaluations) {
        return GoldReports.report(gold, List.of(evaluations));
    }

    private static Evaluation department() {
        return new Evaluation(Evaluation.Scope.DEPARTMENT, "雁峰区雁峰街道办事处",
                new Budget(new Amount(dec("2021.29"), "万元", dec("20212900"), NOWHERE), null, null,
                        new Rate(dec("94.5"), "%", NOWHERE)),
                dec("86"), dec("100"), null,
                List.of(new Section("产出指标", dec("50"), null, NOWHERE)),
                List.of(new Indicator("产出指标", "数量指标", "国有土地上房屋预征收户数", "162户", "154户", "户",
                                dec("10"), dec("9"), null, NOWHERE),
                        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "100%", "90%", "%",
                                dec("10"), dec("9"), null, NOWHERE)),
                NOWHERE);
    }

    private static Evaluation project(String name, String score) {
        return new Evaluation(Evaluation.Scope.PROJECT, name,
                new Budget(null, new Amount(dec("49.63"), "万元", dec("496300"), NOWHERE), null, null),
                dec(score), null, "优秀", List.of(), List.of(), NOWHERE);
    }

    @Test
    void aReportStatingExactlyTheGoldScoresOneAndOne() {
        Score score = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "94")));

        assertEquals(new Score.Tally(31, 31, 31), score.total(), score::toString);
        assertEquals(1.0, score.precision());
        assertEquals(1.0, score.recall());
        assertEquals(new Score.Tally(4, 4, 4), score.of(FieldType.METADATA));
        assertEquals(new Score.Tally(5, 5, 5), score.of(FieldType.BUDGET));
        assertEquals(new Score.Tally(14, 14, 14), score.of(FieldType.INDICATOR));
        assertTrue(score.discrepancies().isEmpty(), score::toString);
    }

    @Test
    void oneWrongScoreCostsOneFactOfPrecisionAndOfRecall() {
        Score score = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "93")));

        assertEquals(new Score.Tally(31, 31, 30), score.total());
        assertEquals(30.0 / 31, score.precision(), 1e-12);
        assertEquals(30.0 / 31, score.recall(), 1e-12);
        assertEquals(new Score.Tally(4, 4, 3), score.of(FieldType.SCORE));
        assertEquals(List.of("wrong   evaluation[社区工作经费].score: gold 94, extracted 93"), score.discrepancies());
    }

    @Test
    void aMissingEvaluationLowersRecallByAllItsFactsButNotPrecision() {
        Score score = GoldScorer.score(gold, report(gold, department()));

        // the project's existence, planned value and unit, score and grade
        assertEquals(new Score.Tally(31, 26, 26), score.total());
        assertEquals(1.0, score.precision());
        assertEquals(26.0 / 31, score.recall(), 1e-12);
        assertEquals(new Score.Tally(2, 1, 1), score.of(FieldType.EVALUATION));
        assertTrue(score.discrepancies().contains("missing evaluation[社区工作经费]"), score::toString);
    }

    @Test
    void anInventedEvaluationLowersPrecisionByEveryFactItClaims() {
        Evaluation invented = new Evaluation(Evaluation.Scope.PROJECT, "慰问经费",
                new Budget(null, new Amount(dec("10"), "万元", dec("100000"), NOWHERE), null, null),
                dec("90"), null, null, List.of(), List.of(), NOWHERE);

        Score score = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "94"), invented));

        // existence, budget value, budget unit, score
        assertEquals(new Score.Tally(31, 35, 31), score.total());
        assertEquals(31.0 / 35, score.precision(), 1e-12);
        assertEquals(1.0, score.recall());
        assertEquals(new Score.Tally(2, 3, 2), score.of(FieldType.EVALUATION));
    }

    @Test
    void anInventedIndicatorRowCountsAgainstPrecisionButAnUnstatedFieldDoesNot() {
        Evaluation base = department();
        List<Indicator> rows = new ArrayList<>(base.indicators());
        rows.add(new Indicator("效益指标", "社会效益指标", "民生保障是否达到加强", "达到", "基本达到", null,
                dec("5"), dec("4"), null, NOWHERE));
        Evaluation withExtraRow = new Evaluation(base.scope(), base.name(), base.budget(), base.score(),
                base.maxScore(), "优", base.sections(), rows, base.at());
        // the department's grade is null in the gold (not stated): "优" is not scored either way

        Score score = GoldScorer.score(gold, report(gold, withExtraRow, project("社区工作经费", "94")));

        assertEquals(new Score.Tally(14, 21, 14), score.of(FieldType.INDICATOR));
        assertEquals(new Score.Tally(1, 1, 1), score.of(FieldType.GRADE));
        assertEquals(31.0 / 38, score.precision(), 1e-12);
        assertEquals(1.0, score.recall());
    }

    @Test
    void namesMatchAcrossSpacingPunctuationAliasesAndShortenedForms() {
        Evaluation spaced = new Evaluation(Evaluation.Scope.PROJECT, "社区工作经费 项目",
                new Budget(new Amount(dec("49.630"), "万元", null, NOWHERE), null, null, null),
                dec("94.0"), null, " 优秀 ", List.of(), List.of(), NOWHERE);
        Evaluation base = department();
        List<Indicator> rows = List.of(
                new Indicator("产出指标\n(50分)", "数量\n指标", "国有土地上房屋预征收户数。", "162 户", "154户", null,
                        dec("10"), dec("9.0"), null, NOWHERE),
                base.indicators().get(1));
        Evaluation wrapped = new Evaluation(base.scope(), base.name(), base.budget(), base.score(), base.maxScore(),
                null, List.of(new Section("产出指标（50分）", dec("50"), null, NOWHERE)), rows, base.at());

        Score score = GoldScorer.score(gold, report(gold, wrapped, spaced));

        // the planned budget is accepted from initial; 49.630 equals 49.63 and 94.0 equals 94 as values
        assertEquals(new Score.Tally(31, 31, 31), score.total(), score::toString);
    }

    @Test
    void anAliasMatchesAnEvaluationWhoseNameTheReportPrintsDifferently() {
        Score score = GoldScorer.score(gold, report(gold, department(), project("社区经费", "94")));

        assertEquals(1.0, score.recall(), score::toString);
    }

    @Test
    void anAmbiguousShortNameMatchesNothingRatherThanGuessing() {
        Gold two = Gold.parse(GOLD.replace("\"aliases\": [\"社区经费\"],", "")
                .replace("\"score\": 94, \"grade\": \"优秀\"}]",
                        "\"score\": 94, \"grade\": \"优秀\"}, {\"scope\": \"project\", \"name\": \"社区党建经费\"}]"));
        assertEquals(2, two.evaluations().stream().filter(e -> !e.isDepartment()).count());

        Score score = GoldScorer.score(two, report(two, department(), project("社区", "94")));

        assertEquals(new Score.Tally(3, 2, 1), score.of(FieldType.EVALUATION), score::toString);
    }

    @Test
    void anEmptyExtractionHasVacuousPrecisionAndNoRecall() {
        Report empty = new Report(null, null, null, null, List.of(), List.of(), List.of(), List.of());

        Score score = GoldScorer.score(gold, empty);

        assertEquals(new Score.Tally(31, 0, 0), score.total());
        assertEquals(1.0, score.precision());
        assertEquals(0.0, score.recall());
    }

    @Test
    void theTableShowsEveryFieldTypeAndTheDiscrepancies() {
        String table = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "93"))).toString();

        for (FieldType type : FieldType.values()) {
            assertTrue(table.contains(type.label()), table);
        }
        assertTrue(table.contains("total           31         31       30      0.968   0.968"), table);
        assertTrue(table.contains("evaluation[社区工作经费].score: gold 94, extracted 93"), table);
    }

    @Test
    void aMalformedGoldFileIsRejectedRatherThanScoredAsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Gold.parse("{not json"));
        assertThrows(IllegalArgumentException.class, () -> Gold.parse(GOLD.replace("jixiao.gold/1", "other/1")));
        assertThrows(IllegalArgumentException.class, () -> Gold.parse(GOLD.replace("\"score\": 86, \"maxScore\"",
                "\"score\": \"eighty-six\", \"maxScore\"")));
        assertThrows(IllegalArgumentException.class, () -> Gold.parse(GOLD.replace("\"scope\": \"project\"",
                "\"scope\": \"fund\"")));
    }

    @Test
    void scoresAddUpAcrossReports() {
        Score perfect = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "94")));
        Score oneWrong = GoldScorer.score(gold, report(gold, department(), project("社区工作经费", "93")));

        Score sum = Score.sum("all", List.of(perfect, oneWrong));

        assertEquals(new Score.Tally(62, 62, 61), sum.total());
        assertEquals(BigDecimal.ONE.intValue(), sum.discrepancies().size());
    }
}
