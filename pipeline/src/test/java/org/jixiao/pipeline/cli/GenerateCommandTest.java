package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.generator.RequiresCjkFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao generate}: writes reports, their truth and optionally a README; refuses bad options plainly. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachReportWithItsTruthAndAReadmeWithTheCommand() throws Exception {
        Path out = dir.resolve("c");
        Run r = run("generate", "--out", out.toString(), "--count", "3", "--seed", "5", "--formats", "txt,html",
                "--readme");
        assertEquals(0, r.code(), r.err());
        List<String> names = files(out);
        assertEquals(3, names.stream().filter(n -> n.endsWith(".truth.json")).count(), names.toString());
        assertEquals(2, names.stream().filter(n -> n.endsWith(".txt")).count(), names.toString());
        assertEquals(1, names.stream().filter(n -> n.endsWith(".html")).count(), names.toString());
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("--count 3 --seed 5 --formats txt,html --readme"), readme);
        assertTrue(r.err().contains("3 reports written"), r.err());
    }

    @Test
    @RequiresCjkFont
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("generate", "--out", a.toString(), "--count", "3", "--formats", "docx,xlsx,pdf").code());
        assertEquals(0, run("generate", "--out", b.toString(), "--count", "3", "--formats", "docx,xlsx,pdf").code());
        assertEquals(files(a), files(b));
        for (String n : files(a)) {
            assertEquals(-1L, Files.mismatch(a.resolve(n), b.resolve(n)), n);
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorWithOneLine() {
        Run r = run("generate", "--out", dir.toString(), "--formats", "docx,doc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'doc'") && r.err().contains("POI cannot write Word 97 tables"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = run("generate", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--seed") && r.out().contains("--formats") && r.out().contains("--count"));
    }
}
