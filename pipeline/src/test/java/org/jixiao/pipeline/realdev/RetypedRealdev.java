package org.jixiao.pipeline.realdev;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.jixiao.pipeline.cli.Main;
import org.jixiao.testsupport.TestPaths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realdev reports re-typed by a function of their file and text, extracted and scored against the gold. */
final class RetypedRealdev {

    private RetypedRealdev() {
    }

    /** Writes each realdev report as {@code retype} makes it into {@code tmp/name}, extracts and scores them. */
    static RealDevScorer.Score score(Path tmp, String name, BiFunction<Path, String, String> retype) throws IOException {
        return score(tmp, name, retype, UnaryOperator.identity());
    }

    /**
     * As {@link #score(Path, String, BiFunction)}, each record's JSON line read back through {@code readBack} before
     * it is scored (a record that keeps a re-typed spelling, compared with the gold in the original's).
     */
    static RealDevScorer.Score score(Path tmp, String name, BiFunction<Path, String, String> retype,
                                     UnaryOperator<String> readBack) throws IOException {
        Path realdev = TestPaths.shared().resolve("realdev");
        Path dir = Files.createDirectories(tmp.resolve(name));
        List<String> args = new ArrayList<>(List.of("extract", "--out", tmp.resolve(name + ".jsonl").toString()));
        try (var files = Files.list(realdev.resolve("raw"))) {
            for (Path f : files.sorted().toList()) {
                Path out = dir.resolve(f.getFileName().toString());
                Files.writeString(out, retype.apply(f, Files.readString(f, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                args.add(out.toString());
            }
        }
        Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
        Map<String, JsonNode> records = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(tmp.resolve(name + ".jsonl"))) {
            if (line.startsWith("{")) {
                JsonNode r = json.readTree(readBack.apply(line));
                records.put(Path.of(r.at("/source/path").asText()).getFileName().toString(), r);
            }
        }
        RealDevScorer.Score s = RealDevScorer.score(records, realdev.resolve("gold"));
        System.out.println("[realdev " + name + "] " + s.summary());
        return s;
    }

    static void assertFloors(RealDevScorer.Score s, double meta, double figures, double labelled, double findings) {
        String detail = s.summary() + "\n" + String.join("\n", s.misses());
        assertTrue(s.falseErrors() == 0, () -> "false errors: " + detail);
        assertTrue(s.metaRatio() >= meta, () -> "meta below " + meta + ": " + detail);
        assertTrue(s.figureRatio() >= figures, () -> "figures below " + figures + ": " + detail);
        assertTrue(s.labelledRatio() >= labelled, () -> "labelled below " + labelled + ": " + detail);
        assertTrue(s.findingRatio() >= findings, () -> "findings below " + findings + ": " + detail);
    }
}
