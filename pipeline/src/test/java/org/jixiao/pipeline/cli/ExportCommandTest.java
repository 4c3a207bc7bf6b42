package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.testsupport.TestPaths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → export, and extract → export --from: the same tables either way, filters applied, bad input explained. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private static long rows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).size() - 1;
    }

    @Test
    void theIndexAndTheExtractOutputExportTheSameReports() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        Path bundled = TestPaths.bundledCorpus();
        for (String f : List.of("0005-committee-2023.html", "0006-committee-2024.rtf", "0003-street-2023.txt")) {
            Files.copy(bundled.resolve(f), files.resolve(f));
        }
        String data = tmp.resolve("data").toString();
        assertEquals(ExitCodes.OK, ParseCommandTest.run("ingest", "--data", data, files.toString()).code());

        ParseCommandTest.Run all = ParseCommandTest.run("export", "--data", data, "--out", tmp.resolve("a").toString());
        assertEquals(ExitCodes.OK, all.code(), all.err());
        assertEquals(3, rows(tmp.resolve("a/reports.csv")));
        assertTrue(Files.exists(tmp.resolve("a/DATA_DICTIONARY.md")));

        ParseCommandTest.Run y2023 = ParseCommandTest.run("export", "--data", data, "--out", tmp.resolve("b").toString(),
                "--year", "2023", "--format", "csv,parquet");
        assertEquals(ExitCodes.OK, y2023.code(), y2023.err());
        assertEquals(2, rows(tmp.resolve("b/csv/reports.csv")), "two of the three reports are for 2023");
        assertTrue(Files.size(tmp.resolve("b/parquet/findings.parquet")) > 0);

        Path jsonl = tmp.resolve("r.jsonl");
        assertEquals(ExitCodes.OK, ParseCommandTest.run("extract", "--out", jsonl.toString(), files.toString()).code());
        ParseCommandTest.Run from = ParseCommandTest.run("export", "--from", jsonl.toString(), "--out",
                tmp.resolve("c").toString());
        assertEquals(ExitCodes.OK, from.code(), from.err());
        for (String t : List.of("reports", "evaluations", "indicators", "figures")) {
            assertEquals(rows(tmp.resolve("a/" + t + ".csv")), rows(tmp.resolve("c/" + t + ".csv")), t);
        }
        // the index adds the cross-report findings (cross-year) that a single extract cannot know
        assertTrue(rows(tmp.resolve("a/findings.csv")) > rows(tmp.resolve("c/findings.csv")));
    }

    @Test
    void badInputIsOneLineAndAUsageMistakeIsExitCode2() throws IOException {
        Path junk = tmp.resolve("junk.jsonl");
        Files.writeString(junk, "not json\n");
        ParseCommandTest.Run r = ParseCommandTest.run("export", "--from", junk.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("line 1 is not a jixiao.report record"), r.err());
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("export", "--format", "sav", "--out", tmp.toString()).code());
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("export", "--format", "csv").code(), "--out is required");
    }
}
