package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.testsupport.TestPaths;

import org.junit.jupiter.api.Test;

/**
 * The bundled {@code corpus/samples/} is what its README says: made by our generator with the command it
 * records (regenerating gives the same truth), every format present, cross-year pairs, every planted rule.
 */
class BundledCorpusTest {

    private static final Path SAMPLES = TestPaths.bundledCorpus();

    @Test
    void theRecordedCommandRegeneratesTheSameTruth() throws Exception {
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        Matcher m = Pattern.compile("generate --out corpus/samples --count (\\d+) --seed (-?\\d+) --readme")
                .matcher(readme);
        assertTrue(m.find(), "README records the command");
        int count = Integer.parseInt(m.group(1));
        long seed = Long.parseLong(m.group(2));
        List<GeneratedReport> models = CorpusGenerator.models(seed, count);
        List<OutputFormat> formats = OutputFormat.ORIGINALS;
        Set<OutputFormat> seen = EnumSet.noneOf(OutputFormat.class);
        Set<String> rules = new HashSet<>();
        for (int i = 0; i < count; i++) {
            GeneratedReport r = models.get(i);
            OutputFormat f = formats.get(i % formats.size());
            seen.add(f);
            Path file = SAMPLES.resolve(r.stem() + f.suffix());
            assertTrue(Files.isRegularFile(file), file.toString());
            assertTrue(readme.contains(r.stem() + f.suffix()), "README lists " + file.getFileName());
            String expected = TruthWriter.toJson(r, ReportWriter.write(r).title(), r.stem() + f.suffix(), f, seed, i);
            assertEquals(expected, Files.readString(SAMPLES.resolve(r.stem() + ".truth.json")),
                    r.stem() + ": the generator changed; regenerate the samples with the README's command");
            r.planted().forEach(p -> rules.add(p.rule()));
        }
        assertEquals(EnumSet.copyOf(OutputFormat.ORIGINALS), seen);
        assertEquals(new HashSet<>(Planter.RULES), rules, "every rule planted somewhere in the samples");
        assertTrue(models.stream().anyMatch(r -> r.planted().isEmpty()), "a clean report too");
    }

    @Test
    void theSamplesAreSmallAndHoldNothingButReportsTheirTruthAndTheReadme() throws Exception {
        long total = 0;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path p : s.toList()) {
                total += Files.size(p);
                String n = p.getFileName().toString();
                assertFalse(n.endsWith(".doc"), n);
            }
        }
        assertTrue(total < 3_000_000, "bytes: " + total);
    }
}
