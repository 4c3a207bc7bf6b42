package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help prints cleanly: picocli reads help texts as format strings, so a lone {@code %} makes it
 * warn on standard error (it goes there directly, not through the command's writer) and print the raw text.
 */
class HelpTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"search", "check", "bench", "export", "parse", "timeline", "ingest", "extract",
            "generate", "serve"})
    void theHelpHasNoFormatWarning(String command) {
        PrintStream before = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ParseCommandTest.Run r;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            r = ParseCommandTest.run(command, "--help");
        } finally {
            System.setErr(before);
        }
        String err = stderr.toString(StandardCharsets.UTF_8) + r.err();
        assertEquals(0, r.code(), err);
        assertFalse(err.contains("picocli WARN") || err.contains("Could not format"), err);
        assertFalse(r.out().contains("%n"), "format strings were replaced: " + r.out());
        assertTrue(r.out().contains("Usage: jixiao " + command), r.out());
    }

    @Test
    void thePercentSignOfTheSearchHelpIsPrintedOnce() {
        String out = ParseCommandTest.run("search", "--help").out();
        assertTrue(out.replaceAll("\\s+", "").contains("executionratein%,"), out);
        assertFalse(out.contains("%%"), out);
    }
}
