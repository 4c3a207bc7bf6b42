package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.testsupport.TestPaths;

/**
 * The checks against the bundled corpus's ground truth: no error that was not planted, and every planted
 * problem of a rule family the checks implement is found. The corpus is made by our own generator, so the
 * rules are judged on reports written independently of them.
 */
class BundledCorpusChecksTest {

    /** The rule families implemented so far whose planted problems must all be found. */
    static final Set<String> IMPLEMENTED = Set.of("grade", "rate", "score-range", "score-sum", "change", "text-table", "count",
            "duplicate", "sum", "unit");

    @Test
    void everyErrorIsPlantedAndEveryPlantedProblemOfAnImplementedRuleIsFound() throws IOException {
        Path samples = TestPaths.bundledCorpus();
        Pipeline pipeline = new Pipeline(1);
        int checked = 0;
        try (Stream<Path> s = Files.list(samples)) {
            for (Path truthFile : s.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList()) {
                JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
                Set<String> planted = new HashSet<>();
                truth.get("planted").forEach(p -> planted.add(p.get("rule").asText()));
                String stem = truthFile.getFileName().toString().replace(".truth.json", "");
                Path report;
                try (Stream<Path> r = Files.list(samples)) {
                    report = r.filter(p -> p.getFileName().toString().startsWith(stem + ".")
                            || p.getFileName().toString().startsWith(stem + "-"))
                            .filter(p -> !p.toString().endsWith(".json")).findFirst().orElseThrow();
                }
                Report r = assertInstanceOf(Pipeline.Outcome.Extracted.class, pipeline.process(report)).report();
                Set<String> found = new HashSet<>();
                for (Finding f : r.findings()) {
                    found.add(f.rule());
                    if (f.severity() == Finding.Severity.ERROR) {
                        assertTrue(planted.contains(f.rule()), report + ": an error that was not planted: " + f);
                    }
                }
                for (String rule : planted) {
                    if (IMPLEMENTED.contains(rule)) {
                        assertTrue(found.contains(rule), report + ": planted " + rule + " not found; found " + r.findings());
                    }
                }
                checked++;
            }
        }
        assertFalse(checked == 0, "no truth files in " + samples);
        assertTrue(List.of(8).contains(checked), "the bundled corpus has 8 reports, saw " + checked);
    }
}
