package org.jixiao.pipeline.realdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.pipeline.cli.Main;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Extraction accuracy on real reports from many provinces ({@code ../shared/realdev}: 57 reports as published
 * on the web, with hand-checked gold), measured as {@code ../shared/tools/score-real} measures it.
 *
 * <p>The floors are the numbers this code has reached: a change that reads fewer real reports correctly fails
 * here. They ratchet up as extraction improves; the targets (meta and figures ≥ 0.95, labelled ≥ 0.9,
 * findings ≥ 0.8) are stated beside them. Zero false errors is a hard rule, not a floor.
 */
@RequiresShared
class RealReportAccuracyTest {

    /** What this code reaches on realdev today; never lower these to make a change pass. */
    private static final double META = 0.99;
    private static final double FIGURES = 0.98;
    private static final double LABELLED = 0.98;
    private static final double FINDINGS = 0.90;

    private static RealDevScorer.Score score;

    @BeforeAll
    static void extractEveryRealReport(@TempDir Path tmp) throws IOException {
        Path realdev = TestPaths.shared().resolve("realdev");
        List<String> args = new ArrayList<>(List.of("extract", "--out", tmp.resolve("real.jsonl").toString()));
        try (var files = Files.list(realdev.resolve("raw"))) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        StringWriter err = new StringWriter();
        Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        Map<String, JsonNode> records = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(tmp.resolve("real.jsonl"))) {
            if (line.startsWith("{")) {
                JsonNode r = json.readTree(line);
                records.put(Path.of(r.at("/source/path").asText()).getFileName().toString(), r);
            }
        }
        score = RealDevScorer.score(records, realdev.resolve("gold"));
        System.out.println("[realdev] " + score.summary());
    }

    @Test
    void everyRealReportGetsARecord() {
        assertEquals(0, score.missing(), () -> String.join("\n", score.misses()));
    }

    @Test
    void noFalseErrors() {
        assertEquals(0, score.falseErrors(), () -> String.join("\n", score.misses()));
    }

    @Test
    void accuracyHoldsItsFloors() {
        String detail = score.summary() + "\n" + String.join("\n", score.misses());
        assertTrue(score.metaRatio() >= META, () -> "meta below " + META + ": " + detail);
        assertTrue(score.figureRatio() >= FIGURES, () -> "figures below " + FIGURES + ": " + detail);
        assertTrue(score.labelledRatio() >= LABELLED, () -> "labelled below " + LABELLED + ": " + detail);
        assertTrue(score.findingRatio() >= FINDINGS, () -> "findings below " + FINDINGS + ": " + detail);
    }
}
