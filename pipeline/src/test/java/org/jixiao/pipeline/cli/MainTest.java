package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"parse", "extract", "check", "generate", "bench"})
    void everyCommandHasHelp(String command) {
        ParseCommandTest.Run r = ParseCommandTest.run(command, "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("Usage: jixiao " + command), r.out());
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("frobnicate").code());
        assertEquals(ExitCodes.USAGE, ParseCommandTest.run("parse", "--no-such-option", "x").code());
    }

    @Test
    void benchReportsEachStageAgainstTheTikaBaseline() {
        ParseCommandTest.Run r = ParseCommandTest.run("bench", "--rounds", "1",
                ParseCommandTest.sample("qingyuan-2020.docx").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("1.00x tika"), r.out());
        assertTrue(r.out().contains("jixiao extract"), r.out());
    }
}
