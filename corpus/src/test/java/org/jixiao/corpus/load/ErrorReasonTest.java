package org.jixiao.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** One reason of a failure for every module: the innermost cause, one line, with the type when it is a bug. */
class ErrorReasonTest {

    @Test
    void theInnermostCauseOnOneLine() {
        Exception e = new UncheckedIOException("could not parse", new IOException("bad header\n  at byte 12"));
        assertEquals("bad header at byte 12", ErrorReason.of(e));
        assertEquals("NullPointerException", ErrorReason.of(new NullPointerException()));
        String longer = ErrorReason.of(new IllegalStateException("x".repeat(500)));
        assertTrue(longer.length() <= 160, longer);
        assertTrue(longer.endsWith("…"));
    }

    @Test
    void anUnexpectedFailureSaysItsTypeFirstAndOnlyOnce() {
        assertEquals("IllegalStateException: an odd table with a second line",
                ErrorReason.withType(new IllegalStateException("an odd table\nwith a second line")));
        assertEquals("NullPointerException", ErrorReason.withType(new NullPointerException()));
        assertEquals("IllegalArgumentException: IndexOutOfBoundsException",
                ErrorReason.withType(new IllegalArgumentException(new IndexOutOfBoundsException())),
                "a wrapper names the cause it wraps");
    }
}
