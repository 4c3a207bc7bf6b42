package org.jixiao.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.Cancellation;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Report;

/**
 * Orchestration: files → documents → reports, in parallel on all cores, results handed on in input order.
 *
 * <p>At most a small window of documents is in flight (twice the thread count), so memory stays bounded
 * however large the corpus: nothing is collected, each outcome is passed to the consumer and dropped.
 *
 * <p>No file stalls the batch: each file has a time limit ({@link FileDeadline}, {@code --file-timeout}), and
 * whatever goes wrong with one file — a reader or extractor failure, running out of memory on it — becomes that
 * file's {@link Outcome.Unreadable} with a one-line reason, and the batch goes on.
 */
public final class Pipeline {

    /** What became of one input file. */
    public sealed interface Outcome {
        Path path();

        record Extracted(Report report) implements Outcome {
            @Override
            public Path path() {
                return report.source().path();
            }
        }

        /** The file could not be read; {@code reason} is one line for a person. */
        record Unreadable(Path path, String reason, Throwable cause) implements Outcome {
        }
    }

    private final DocumentReader reader;
    private final ReportExtractor extractor;
    private final int threads;
    private final FileDeadline deadline;

    /** The default time limit per file. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    public Pipeline(int threads) {
        this(threads, DEFAULT_FILE_TIMEOUT);
    }

    /** @param fileTimeout the most one file may take (null or zero: no limit) */
    public Pipeline(int threads, Duration fileTimeout) {
        this(new DocumentReader(), new ReportExtractor(), threads, fileTimeout);
    }

    /** Without a time limit per file (benchmarks measure every file to the end). */
    public Pipeline(DocumentReader reader, ReportExtractor extractor, int threads) {
        this(reader, extractor, threads, null);
    }

    public Pipeline(DocumentReader reader, ReportExtractor extractor, int threads, Duration fileTimeout) {
        this.reader = reader;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.deadline = new FileDeadline(fileTimeout);
    }

    /** The time limit's record of this pipeline's runs: files given up on, threads still running. */
    public FileDeadline deadline() {
        return deadline;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** One file, within the time limit (on a thread of its own when there is one). */
    public Outcome process(Path file) {
        return deadline.run(String.valueOf(file.getFileName()), () -> processNow(file),
                () -> new Outcome.Unreadable(file, deadline.reason(), null));
    }

    private Outcome processNow(Path file) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (LinkageError | AssertionError | RuntimeException e) {
            // the reader turns every expected failure into a reason; this is a library broken on an odd file
            return new Outcome.Unreadable(file, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + ErrorReason.of(e) + ")", e);
        }
        if (read instanceof ReadResult.Failed f) {
            return new Outcome.Unreadable(f.path(), f.reason(), f.cause());
        }
        if (Cancellation.requested()) {
            // the time limit gave up on this file while it was read: its result is dropped, so do not extract it
            return new Outcome.Unreadable(file, deadline.reason(), null);
        }
        try {
            return new Outcome.Extracted(extractor.extract(((ReadResult.Loaded) read).document()));
        } catch (OutOfMemoryError e) {
            return new Outcome.Unreadable(file, "too large to extract in the memory available", e);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // a bug of ours on an odd file: the file's line says so, the batch goes on
            return new Outcome.Unreadable(file, "could not be extracted (" + e.getClass().getSimpleName() + ": "
                    + ErrorReason.of(e) + ")", e);
        }
    }

    /** Every file, in parallel; {@code sink} sees the outcomes in the order of {@code files}, one at a time. */
    public void run(List<Path> files, Consumer<Outcome> sink) {
        run(files, Function.identity(), sink);
    }

    /**
     * Every file, in parallel, each outcome handed on to {@code then} on the same worker (the work that needs
     * nothing of the other files: ingest prepares a report's index entries there); {@code sink} sees the results in
     * the order of {@code files}, one at a time.
     */
    public <R> void run(List<Path> files, Function<Outcome, R> then, Consumer<R> sink) {
        if (threads == 1) {
            files.forEach(f -> sink.accept(then.apply(process(f))));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> then.apply(process(f))));
                }
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // process() turns every expected failure into an outcome; this is a bug of ours
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
