package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jixiao.corpus.model.Format;
import org.jixiao.extractors.json.ReportJson;

/**
 * How every command tells of a file it could not read: one line {@code path: reason} on the error stream, the
 * cause's stack trace with {@code -v}, and in JSON Lines output a record saying the file was unreadable.
 */
final class UnreadableFiles {

    private UnreadableFiles() {
    }

    /** The line a user sees for an unreadable file. */
    static String line(Path path, String reason) {
        return path + ": " + reason;
    }

    /** The line, then the stack trace when verbose. */
    static void print(PrintWriter err, Path path, String reason, Throwable cause, VerboseOption verbosity) {
        err.println(line(path, reason));
        stackTrace(err, cause, verbosity);
    }

    /** The cause's stack trace, only when verbose and there is one. */
    static void stackTrace(PrintWriter err, Throwable cause, VerboseOption verbosity) {
        if (verbosity != null && verbosity.verbose && cause != null) {
            cause.printStackTrace(err);
        }
    }

    /** The JSON Lines record of an unreadable file, with the format its name implies. */
    static String json(Path path, String reason) {
        return ReportJson.unreadable(path, Format.fromFileName(path.getFileName().toString()).label(), reason);
    }

    /** After a batch: how many files the time limit cut, and whether their threads are still running. */
    static void timeouts(PrintWriter err, org.jixiao.pipeline.FileDeadline deadline) {
        int cut = deadline.timedOut();
        if (cut == 0) {
            return;
        }
        int running = deadline.stillRunning();
        err.println(cut + (cut == 1 ? " file was" : " files were") + " given up on after " + deadline.shownLimit()
                + " (--file-timeout)" + (running == 0 ? "" : "; " + running + " of their parsers had not returned"
                + " and are dropped when jixiao exits"));
    }
}
