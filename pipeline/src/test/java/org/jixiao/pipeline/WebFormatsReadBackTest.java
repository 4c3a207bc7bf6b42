package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Report;
import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.OutputFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What jixiao already reads back from the generator's web-page flattenings ({@code web-pipe}, {@code web-run}):
 * the department, the year, the score and the department form's budget, against the truth written beside each.
 * {@code web-cells} and the planted findings are not pinned yet: the readers do not recover them all (see the
 * generator's README notes); this pins what holds so it cannot silently get worse.
 */
class WebFormatsReadBackTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WEB_PIPE", "WEB_RUN"})
    void departmentYearScoreAndBudgetReadBack(OutputFormat format) throws Exception {
        List<CorpusGenerator.Item> items = CorpusGenerator.generate(dir, 6, 5L, List.of(format), 1, n -> { });
        Pipeline pipeline = new Pipeline(1);
        for (CorpusGenerator.Item item : items) {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve(item.stem() + ".truth.json").toFile());
            Report r = assertInstanceOf(Pipeline.Outcome.Extracted.class,
                    pipeline.process(dir.resolve(item.fileName()))).report();
            String what = item.fileName() + " (" + format.label() + ")";
            assertEquals(truth.get("department").asText(), r.metadata().department(), what);
            assertEquals(truth.get("year").asInt(), r.metadata().year(), what);
            assertNotNull(r.score(), what);
            assertEquals(0, new BigDecimal(truth.get("score").asText()).compareTo(r.score()), what);
            Evaluation whole = r.evaluations().stream().filter(e -> e.scope() == Evaluation.Scope.DEPARTMENT)
                    .findFirst().orElseThrow(() -> new AssertionError(what + ": no department form"));
            JsonNode budget = truth.get("evaluations").get(0).get("budget");
            for (String k : List.of("fullYear", "executed")) {
                BigDecimal expected = new BigDecimal(budget.get(k).get("value").asText());
                BigDecimal got = k.equals("fullYear") ? whole.budget().fullYear().value()
                        : whole.budget().executed().value();
                assertEquals(0, expected.compareTo(got), what + " " + k + ": " + got);
            }
        }
    }
}
