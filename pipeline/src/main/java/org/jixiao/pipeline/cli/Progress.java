package org.jixiao.pipeline.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for long runs: {@code [#########.........]  45/100 files  12.3/s}.
 * Drawn only when stderr is a terminal and there is more than one item, so logs and pipes stay clean;
 * redrawn at most ten times a second.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final String what;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;

    Progress(PrintWriter err, long total, String what) {
        this(err, total, what, System.console() != null && total > 1);
    }

    Progress(PrintWriter err, long total, String what, boolean enabled) {
        this.err = err;
        this.total = total;
        this.what = what;
        this.enabled = enabled;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (now - lastDraw > 100_000_000L || done == total)) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what
                + "  " + String.format("%.1f/s", done / seconds) + "   ");
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (enabled && done > 0) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
