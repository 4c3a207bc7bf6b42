package org.jixiao.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.hadoop.fs.FileSystem;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.model.Format;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.model.Report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import scala.Tuple2;

/**
 * The executors' stage: each file of a partition read ({@link DocumentReader}), extracted and checked
 * ({@link ReportExtractor}) — the classes {@code jixiao extract} runs — on a worker thread with a time limit, so a
 * file that hangs a parser is cut and becomes a row with its reason, and the partition goes on with a fresh thread.
 *
 * <p>A file on the local file system is read where it is; one on another Hadoop file system (HDFS, S3) is first
 * copied to a local temporary file of the same name (the format is detected from the bytes, the name only breaks
 * ties), and its record keeps the URI.
 */
final class ExtractTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What becomes of one local file: the extracted report, or why it could not be read. */
    @FunctionalInterface
    interface Reader extends Serializable {
        Outcome read(Path local);
    }

    /** A {@link Reader}'s result. */
    record Outcome(Report report, String reason) {
    }

    /** The standard reader: {@code DocumentReader} then {@code ReportExtractor}, as {@code Pipeline.process}. */
    static Reader standard() {
        return local -> switch (Standard.READER.read(local)) {
            case ReadResult.Loaded l -> new Outcome(Standard.EXTRACTOR.extract(l.document()), null);
            case ReadResult.Failed f -> new Outcome(null, f.reason());
        };
    }

    /** One reader and extractor per executor JVM: both are thread-safe and costly to build (dictionaries). */
    private static final class Standard {
        static final DocumentReader READER = new DocumentReader();
        static final ReportExtractor EXTRACTOR = new ReportExtractor();
    }

    private final HadoopConf conf;
    private final long timeoutSeconds;
    private final Reader reader;

    ExtractTask(HadoopConf conf, long timeoutSeconds, Reader reader) {
        this.conf = conf;
        this.timeoutSeconds = timeoutSeconds;
        this.reader = reader;
    }

    /** A partition of (file URI, ordinal) pairs to their {@link Extracted} rows, one per file. */
    Iterator<Extracted> apply(Iterator<Tuple2<String, Long>> files) {
        List<Extracted> out = new ArrayList<>();
        ExecutorService worker = newWorker();
        try {
            while (files.hasNext()) {
                Tuple2<String, Long> f = files.next();
                Future<Extracted> job = worker.submit(() -> extract(f._1(), f._2()));
                try {
                    out.add(job.get(timeoutSeconds, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    job.cancel(true);
                    worker.shutdownNow(); // the stuck thread is abandoned (a daemon); the next file gets a new one
                    worker = newWorker();
                    out.add(unreadable(f._1(), f._2(), "took longer than " + timeoutSeconds
                            + " s, the per-file time limit (--file-timeout); reading was cut"));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err && !(err instanceof StackOverflowError)) {
                        throw err; // the JVM is in trouble (memory …): fail the task, Spark retries it elsewhere
                    }
                    out.add(unreadable(f._1(), f._2(), "could not be read (" + ErrorReason.of(e.getCause()) + ")"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return out.iterator();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jixiao-extract");
            t.setDaemon(true);
            return t;
        });
    }

    private Extracted extract(String uri, long ordinal) throws IOException {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(URI.create(uri));
        FileSystem fs = hp.getFileSystem(conf.get());
        String recorded = InputFiles.recorded(hp, fs);
        Path tmpDir = null;
        try {
            Path local;
            if ("file".equals(fs.getScheme())) {
                local = Path.of(hp.toUri().getPath());
            } else {
                tmpDir = Files.createTempDirectory("jixiao-spark");
                local = tmpDir.resolve(hp.getName());
                try (InputStream in = fs.open(hp)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Outcome o = reader.read(local);
            if (o.report() == null) {
                return unreadable(uri, ordinal, o.reason());
            }
            ObjectNode tree = ReportJson.toTree(o.report());
            tree.withObject("source").put("path", recorded);
            return new Extracted(ordinal, recorded, write(tree), o.report().source().text().text(), null);
        } finally {
            if (tmpDir != null) {
                try (var s = Files.list(tmpDir)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tmpDir);
            }
        }
    }

    /** The row of a file that could not be read: {@code jixiao extract}'s record for it, with the reason. */
    private Extracted unreadable(String uri, long ordinal, String reason) {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(URI.create(uri));
        String recorded;
        try {
            recorded = InputFiles.recorded(hp, hp.getFileSystem(conf.get()));
        } catch (IOException e) {
            recorded = uri;
        }
        ObjectNode tree = ReportJson.parse(ReportJson.unreadable(Path.of(hp.getName()),
                Format.fromFileName(hp.getName()).label(), reason));
        tree.withObject("source").put("path", recorded);
        return new Extracted(ordinal, recorded, write(tree), null, reason);
    }

    private static String write(ObjectNode tree) {
        try {
            return ReportJson.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
