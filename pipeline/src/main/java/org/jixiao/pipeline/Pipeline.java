package org.jixiao.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Report;

/**
 * Orchestration: files → documents → reports, in parallel on all cores, results handed on in input order.
 *
 * <p>At most a small window of documents is in flight (twice the thread count), so memory stays bounded
 * however large the corpus: nothing is collected, each outcome is passed to the consumer and dropped.
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

    public Pipeline(int threads) {
        this(new DocumentReader(), new ReportExtractor(), threads);
    }

    public Pipeline(DocumentReader reader, ReportExtractor extractor, int threads) {
        this.reader = reader;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** One file, on the calling thread. */
    public Outcome process(Path file) {
        return switch (reader.read(file)) {
            case ReadResult.Loaded l -> new Outcome.Extracted(extractor.extract(l.document()));
            case ReadResult.Failed f -> new Outcome.Unreadable(f.path(), f.reason(), f.cause());
        };
    }

    /** Every file, in parallel; {@code sink} sees the outcomes in the order of {@code files}, one at a time. */
    public void run(List<Path> files, Consumer<Outcome> sink) {
        if (threads == 1) {
            files.forEach(f -> sink.accept(process(f)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> process(f)));
                }
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> f) {
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
