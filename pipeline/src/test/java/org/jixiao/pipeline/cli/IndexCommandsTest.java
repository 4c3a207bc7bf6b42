package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → search → timeline on the command line, with a small folder of reports. */
class IndexCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void ingestSearchAndTimeline() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        Path bundled = TestPaths.bundledCorpus();
        for (String f : new String[] {"0005-committee-2023.html", "0006-committee-2024.rtf", "0003-street-2023.txt"}) {
            Files.copy(bundled.resolve(f), files.resolve(f));
        }
        Files.write(files.resolve("broken.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        String data = tmp.resolve("data").toString();

        ParseCommandTest.Run first = ParseCommandTest.run("ingest", "--data", data, files.toString());
        assertEquals(ExitCodes.FAILURE, first.code(), "an unreadable file fails the run: " + first.err());
        assertTrue(first.err().contains("3 reports indexed (3 new, 0 replaced), 0 skipped unchanged"), first.err());
        assertTrue(first.err().contains("broken.docx: "), "the reason is given: " + first.err());

        Files.delete(files.resolve("broken.docx"));
        ParseCommandTest.Run again = ParseCommandTest.run("ingest", "--data", data, "--prune", files.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.err().contains("3 skipped unchanged, 0 pruned"), again.err());

        ParseCommandTest.Run search = ParseCommandTest.run("search", "--data", data, "满意度", "--kind", "indicator",
                "--year", "2023..2024", "--limit", "3");
        assertEquals(ExitCodes.OK, search.code(), search.err());
        assertTrue(search.out().contains("【满意度】"), search.out());
        assertTrue(search.out().contains("year:"), "facets are printed: " + search.out());

        ParseCommandTest.Run json = ParseCommandTest.run("search", "--data", data, "--json", "--kind", "report");
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertEquals(3, r.get("total").asInt());
        assertEquals(3, r.get("facets").get("kind").get("report").asInt());

        ParseCommandTest.Run timeline = ParseCommandTest.run("timeline", "--data", data, "卫生健康委员会", "--json");
        assertEquals(ExitCodes.OK, timeline.code(), timeline.err());
        JsonNode t = new ObjectMapper().readTree(timeline.out());
        assertEquals(2, t.get("years").size());
        assertEquals(2023, t.get("years").get(0).get("year").asInt());

        assertEquals(ExitCodes.FAILURE, ParseCommandTest.run("timeline", "--data", data, "不存在的单位").code());
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("search", "--data", data, "--year", "二〇二一").code());
        ParseCommandTest.Run noIndex = ParseCommandTest.run("search", "--data", tmp.resolve("none").toString(), "x");
        assertEquals(ExitCodes.FAILURE, noIndex.code());
        assertTrue(noIndex.err().contains("jixiao ingest"), noIndex.err());
    }
}
