package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(new ObjectMapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void oneContractObjectPerDocumentInInputOrderEvenForUnreadableFiles() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        ParseCommandTest.Run r = ParseCommandTest.run("extract", "--threads", "2",
                ParseCommandTest.sample("yanfeng-2021.docx").toString(), empty.toString(),
                ParseCommandTest.sample("donghua-2024-gb18030.txt").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        List<JsonNode> docs = lines(r.out());
        assertEquals(3, docs.size());
        for (JsonNode d : docs) {
            assertEquals("jixiao.report/1", d.get("schema").asText());
            for (String field : List.of("id", "source", "title", "department", "region", "year", "score", "grade",
                    "evaluations", "figures", "findings", "errors")) {
                assertTrue(d.has(field), "contract field " + field + " in " + d);
            }
        }
        assertEquals(2021, docs.get(0).get("year").asInt());
        assertTrue(docs.get(0).get("source").get("pages").isNull(), "Word has no page count we trust");
        assertTrue(docs.get(1).get("id").isNull());
        assertTrue(docs.get(1).get("errors").get(0).asText().contains("empty"));
        assertEquals("txt", docs.get(2).at("/source/format").asText());
        assertTrue(r.err().contains("2 extracted, 1 could not be read"), r.err());
    }

    @Test
    void outWritesToAFile() throws IOException {
        Path out = dir.resolve("reports.jsonl");
        ParseCommandTest.Run r = ParseCommandTest.run("extract", "--out", out.toString(),
                ParseCommandTest.sample("qingyuan-2020.docx").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, lines(Files.readString(out)).size());
    }
}
