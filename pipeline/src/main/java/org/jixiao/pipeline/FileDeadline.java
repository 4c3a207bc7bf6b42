package org.jixiao.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jixiao.corpus.load.Cancellation;

/**
 * A time limit per file, in the spirit of Tika's forked-parser pipes but inside the JVM: the file's work runs on a
 * thread of its own, and the caller waits for it at most {@code limit}. When the limit passes, the thread is asked
 * to stop ({@link Cancellation}) and <em>abandoned</em>: the caller reports the file with a one-line reason and goes
 * on with the batch.
 *
 * <p>What happens to a thread that never returns: Java can no longer stop a thread from outside, and a parser stuck
 * in a loop inside a library does not look at any flag, so the abandoned thread keeps running until its parser returns
 * (its result is then dropped) or the process exits — it is a daemon thread, so it never keeps jixiao alive. Our own
 * loaders stop at their next safe point (the PDF loader at the next page) and extraction is skipped. It
 * holds the memory it had and a core while it loops; {@link #stillRunning()} counts such threads, so a command can
 * say so in its summary. Tika's fork kills the child process instead; a batch of office files rarely has more than
 * a handful of such files, and each command ends (and with it every abandoned thread) when its batch is done.
 */
public final class FileDeadline {

    private final Duration limit;
    private final List<Thread> abandoned = new CopyOnWriteArrayList<>();

    /** @param limit the most one file may take; null or zero for no limit (the work runs on the caller's thread) */
    public FileDeadline(Duration limit) {
        this.limit = limit == null || limit.isZero() || limit.isNegative() ? null : limit;
    }

    /** The limit, or null for none. */
    public Duration limit() {
        return limit;
    }

    /**
     * Runs {@code work} for {@code name}; returns its result, or {@code onTimeout}'s when the limit passes first.
     * An {@link Error} or runtime exception of the work is rethrown on the caller's thread.
     */
    public <T> T run(String name, Supplier<T> work, Supplier<T> onTimeout) {
        if (limit == null) {
            return work.get();
        }
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.get();
            } finally {
                Cancellation.clear();
            }
        });
        Thread t = new Thread(task, "jixiao-file " + name);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // asked to stop, not interrupted: an interrupt during a class's first use or a channel's read would
            // break that class or channel for the rest of the batch (see Cancellation)
            Cancellation.cancel(t);
            abandoned.add(t);
            return onTimeout.get();
        } catch (InterruptedException e) {
            Cancellation.cancel(t);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The limit for a person: {@code 60 s}, or {@code 1500 ms} when not whole seconds. */
    public String shownLimit() {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** How many files were given up on so far. */
    public int timedOut() {
        return abandoned.size();
    }

    /** How many abandoned threads are still running (their parser has not returned yet). */
    public int stillRunning() {
        return (int) abandoned.stream().filter(Thread::isAlive).count();
    }

    /** The one-line reason of a file cut by the limit. */
    public String reason() {
        return "gave up after " + shownLimit() + " (--file-timeout): reading took too long; the file may be malformed,"
                + " or very large";
    }
}
