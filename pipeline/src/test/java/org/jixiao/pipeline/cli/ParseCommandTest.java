package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.testsupport.TestPaths;

class ParseCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Path sample(String name) {
        return TestPaths.sample(name);
    }

    @Test
    void helpIsAvailableForTheCommand() {
        Run r = run("parse", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--json"), r.out());
    }

    @Test
    void missingArgumentIsAUsageError() {
        Run r = run("parse");
        assertEquals(ExitCodes.USAGE, r.code());
    }

    @Test
    void outlineDrawsTablesAsGrids() {
        Run r = run("parse", sample("qingyuan-2020.docx").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[table 0:"), r.out());
        assertTrue(r.out().contains("| 社区办公"), r.out());
        assertTrue(r.err().contains("1 read, 0 failed"), r.err());
    }

    @Test
    void jsonIsOneObjectPerDocumentWithProvenance() throws IOException {
        Run r = run("parse", "--json", sample("qingyuan-2020.docx").toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertEquals("jixiao.document/1", doc.get("schema").asText());
        assertEquals("docx", doc.at("/source/format").asText());
        String text = doc.get("text").asText();
        for (JsonNode b : doc.get("blocks")) {
            JsonNode at = b.get("at");
            if (b.has("cells")) {
                for (JsonNode c : b.get("cells")) {
                    JsonNode cat = c.get("at");
                    assertEquals(cat.get("text").asText(), text.substring(cat.get("start").asInt(), cat.get("end").asInt()));
                }
            } else {
                assertEquals(at.get("text").asText(), text.substring(at.get("start").asInt(), at.get("end").asInt()));
            }
        }
    }

    @Test
    void aBadFileGivesOneLineAndExitCodeOneButTheRestIsRead() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Run r = run("parse", empty.toString(), sample("qingyuan-2020.docx").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("empty.pdf: empty file"), r.err());
        assertTrue(r.err().contains("1 read, 1 failed"), r.err());
        assertTrue(r.out().contains("qingyuan-2020.docx"), r.out());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
