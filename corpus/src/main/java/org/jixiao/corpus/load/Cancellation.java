package org.jixiao.corpus.load;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks a thread reading a file to stop, without interrupting it. A batch's time limit gives up on a file and marks
 * its thread here; loaders look at the mark at safe points (the PDF loader before each page) and stop early, so an
 * abandoned thread does not keep a core busy for minutes.
 *
 * <p>Why not {@link Thread#interrupt()}: an interrupt that arrives while a class is being initialized (Tika's detector
 * reads its configuration on first use) or during file I/O ({@code ClosedByInterruptException}) breaks that class or
 * channel for the whole process — every later file of the batch would fail. A mark breaks nothing.
 */
public final class Cancellation {

    private static final Set<Thread> CANCELLED = ConcurrentHashMap.newKeySet();

    private Cancellation() {
    }

    /** Asks {@code thread} to stop reading its file. */
    public static void cancel(Thread thread) {
        CANCELLED.add(thread);
    }

    /** Forgets the mark of the current thread (when its work is over, whether it stopped or finished). */
    public static void clear() {
        CANCELLED.remove(Thread.currentThread());
    }

    /** Whether the current thread was asked to stop. */
    public static boolean requested() {
        return !CANCELLED.isEmpty() && CANCELLED.contains(Thread.currentThread());
    }

    /** Stops the current thread's work when it was asked to: a safe point for loaders. */
    public static void check() {
        if (requested()) {
            throw new CancellationException("given up on by the time limit");
        }
    }
}
