package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.OutputFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What jixiao already reads back from the generator's web-page flattenings ({@code web-pipe}, {@code web-run},
 * {@code web-cells}): the department, the year, the score and the department form's budget; every evaluation's
 * budget and every indicator row's weight, score, target and actual; and no error that was not planted. Against the
 * truth written beside each report. Which planted problems are found is not pinned (a few are not); this pins what
 * holds so it cannot silently get worse.
 */
class WebFormatsReadBackTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WEB_PIPE", "WEB_RUN"})
    void departmentYearScoreAndBudgetReadBack(OutputFormat format) throws Exception {
        readBack(format, 5L, (truth, r, what) -> {
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
        });
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"WEB_PIPE", "WEB_RUN", "WEB_CELLS"})
    void everyBudgetAndIndicatorRowReadsBackAndNoErrorIsUnplanted(OutputFormat format) throws Exception {
        readBack(format, 7L, (truth, r, what) -> {
            for (JsonNode te : truth.get("evaluations")) {
                String name = te.get("name").asText();
                Evaluation e = r.evaluations().stream().filter(x -> name.equals(x.name())).findFirst()
                        .orElseThrow(() -> new AssertionError(what + ": no evaluation " + name));
                assertEquals(0, new BigDecimal(te.get("budget").get("executed").get("value").asText())
                        .compareTo(e.budget().executed().value()), what + " " + name + " executed");
                for (JsonNode ti : te.get("indicators")) {
                    String level3 = nfkc(ti.get("level3").asText());
                    var row = e.indicators().stream().filter(i -> level3.equals(i.level3())).findFirst()
                            .orElseThrow(() -> new AssertionError(what + " " + name + ": no row " + level3));
                    assertEquals(0, new BigDecimal(ti.get("weight").asText()).compareTo(row.weight()),
                            what + " " + level3 + " weight");
                    assertEquals(0, new BigDecimal(ti.get("score").asText()).compareTo(row.score()),
                            what + " " + level3 + " score");
                    assertEquals(nfkc(ti.get("target").asText()), row.target(), what + " " + level3 + " target");
                }
            }
            Set<String> planted = new HashSet<>();
            truth.get("planted").forEach(p -> planted.add(p.get("rule").asText()));
            r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                    .forEach(f -> assertTrue(planted.contains(f.rule()), what + ": unplanted error " + f.message()));
        });
    }

    /** As the text normalizer prints it: {@code （村）} is {@code (村)}. */
    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** What one generated report is checked against: its truth, its report, and its name for messages. */
    private interface Check {
        void against(JsonNode truth, Report report, String what);
    }

    /** Six reports of {@code format} generated with {@code seed}, each extracted and checked against its truth. */
    private void readBack(OutputFormat format, long seed, Check check) throws Exception {
        List<CorpusGenerator.Item> items = CorpusGenerator.generate(dir, 6, seed, List.of(format), 1, n -> { });
        Pipeline pipeline = new Pipeline(1);
        for (CorpusGenerator.Item item : items) {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve(item.stem() + ".truth.json").toFile());
            Report r = assertInstanceOf(Pipeline.Outcome.Extracted.class,
                    pipeline.process(dir.resolve(item.fileName()))).report();
            check.against(truth, r, item.fileName() + " (" + format.label() + ")");
        }
    }
}
