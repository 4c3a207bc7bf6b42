package org.jixiao.extractors.evaluation.prose;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.junit.jupiter.api.Test;

/**
 * A report's prose statements are read once and shared: the same lists for every stage that asks, and the same
 * results as reading the prose alone. Invented text and numbers.
 */
class ProseFactsTest {

    private static final ReportMetadata BUREAU = new ReportMetadata("t", "某某县农业农村局", List.of(), null, 2023,
            ReportScope.DEPARTMENT, Map.of());

    private static final String BODY = """
            某某县农业农村局2023年度项目支出绩效自评报告
            纳入自评范围的项目共3个。
            甲项目、乙项目、丙项目自评得分分别为91.5、88、95分。
            评分标准为：产出指标50分、效益指标30分、满意度指标10分、预算执行率指标10分。
            """;

    @Test
    void eachStatementIsReadOnceAndSharedByEveryStageThatAsks() throws IOException {
        ProseFacts facts = ProseFacts.of(ProseGradesTest.text(BODY), BUREAU);
        assertSame(facts.units(), facts.units());
        assertSame(facts.alignedLists(), facts.alignedLists());
        assertSame(facts.statedCounts(), facts.statedCounts());
        assertSame(facts.declaredWeights(), facts.declaredWeights());
        assertSame(facts.evaluations(), facts.evaluations());
    }

    @Test
    void theSharedStatementsAreWhatTheProseStates() throws IOException {
        SourceDocument doc = ProseGradesTest.text(BODY);
        ProseFacts facts = ProseFacts.of(doc, BUREAU);
        AlignedList scores = facts.alignedLists().getFirst();
        assertEquals(List.of("甲项目", "乙项目", "丙项目"), scores.names());
        assertEquals("91.5", scores.valueAt().getFirst().text());
        assertQuotes(doc, scores.at());
        assertEquals(List.of(3), facts.statedCounts().stream().map(StatedCount::value).toList());
        assertEquals("3个", facts.statedCounts().getFirst().at().text());
        assertEquals(List.of("50", "30", "10", "10"),
                facts.declaredWeights().stream().map(w -> w.weight().toPlainString()).toList());
        // the evaluations read through the shared facts are those of reading the prose alone
        List<Evaluation> alone = ProseEvaluations.extract(ProseGradesTest.text(BODY), BUREAU);
        assertEquals(alone.stream().map(e -> e.name() + "=" + e.score()).toList(),
                facts.evaluations().stream().map(e -> e.name() + "=" + e.score()).toList());
        assertEquals(0, new BigDecimal("88").compareTo(facts.evaluations().stream()
                .filter(e -> "乙".equals(e.name()) || "乙项目".equals(e.name())).findFirst().orElseThrow().score()));
    }
}
