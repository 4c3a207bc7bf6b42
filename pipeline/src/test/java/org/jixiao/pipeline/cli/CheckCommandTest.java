package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckCommandTest {

    @Test
    void aReadableReportWithEvidenceAndFailOnSetsTheExitCode() {
        String file = ParseCommandTest.sample("qingyuan-2020.docx").toString();
        ParseCommandTest.Run r = ParseCommandTest.run("check", file);
        assertEquals(ExitCodes.OK, r.code(), "without --fail-on findings do not fail the run");
        assertTrue(r.out().contains("[错误 error] count"), r.out());
        assertTrue(r.out().contains("【"), "the evidence is quoted: " + r.out());
        assertTrue(r.err().contains("1 error"), r.err());
        assertEquals(ExitCodes.FAILURE, ParseCommandTest.run("check", "--fail-on", "error", file).code());
        assertEquals(ExitCodes.FAILURE, ParseCommandTest.run("check", "--fail-on", "warning", file).code());
    }

    @Test
    void warningsDoNotFailAnErrorLevelRun() {
        // donghua has warnings only (yanfeng's forms have weights that really do not add up: errors)
        String file = ParseCommandTest.sample("donghua-2024-gb18030.txt").toString();
        assertEquals(ExitCodes.OK, ParseCommandTest.run("check", "--fail-on", "error", file).code());
        assertEquals(ExitCodes.FAILURE, ParseCommandTest.run("check", "--fail-on", "warning", file).code());
    }

    @Test
    void jsonGivesTheFindingsWithProvenance() throws IOException {
        ParseCommandTest.Run r = ParseCommandTest.run("check", "--json",
                ParseCommandTest.sample("donghua-2024-gb18030.txt").toString());
        JsonNode d = new ObjectMapper().readTree(r.out().strip());
        JsonNode findings = d.get("findings");
        assertEquals(2, findings.size(), findings.toString());
        for (JsonNode f : findings) {
            assertTrue(f.get("at").size() > 0, "every finding points at its evidence");
            assertEquals("warning", f.get("severity").asText());
        }
    }

    @Test
    void aBadLevelIsAUsageError() {
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("check", "--fail-on", "nope", "x").code());
    }
}
