package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench PATH…}: how fast jixiao reads and extracts a corpus, against Tika's plain text
 * extraction of the same files measured in the same run — so the figures are ratios that mean something on
 * any machine. Single-threaded per stage by default, after a warm-up round, best of N rounds; {@code --threads N}
 * runs every stage, Tika's included, on N threads, and ingest as {@code jixiao ingest -j N} does.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput on a corpus: Tika's plain text extraction (the baseline), jixiao's "
                + "document model (parse), and the full structured extraction (extract), each on the same files "
                + "in the same run, single-threaded (or all on --threads), best of several rounds after a warm-up.",
                "Reports documents/s, MB/s and each stage's time as a ratio of Tika's."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--ingest", description = "also time ingest (extract, check and index into a fresh temporary"
            + " index, with the cross-report pass), on as many threads as the other stages")
    boolean ingest;

    @Option(names = "--threads", defaultValue = "1", description = "threads every stage runs on, Tika's baseline"
            + " included, and ingest as `jixiao ingest -j N` runs (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--search-index", paramLabel = "DIR", description = "measure search latency (median, p95) on the"
            + " index in DIR, over a fixed set of queries; make it with `jixiao ingest --data DIR` on ≥ 10,000 reports")
    Path searchIndex;

    @Option(names = "--search-repeats", defaultValue = "20",
            description = "times each search query is run (default ${DEFAULT-VALUE})")
    int searchRepeats;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty() && searchIndex == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give report files or --search-index");
        }
        if (!paths.isEmpty()) {
            throughput(out);
        }
        if (searchIndex != null) {
            SearchBench.run(searchIndex, searchRepeats, out);
        }
        return ExitCodes.OK;
    }

    private void throughput(PrintWriter out) throws IOException {
        List<Path> files = DocumentReader.expand(paths);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = new ReportExtractor();
        int n = Math.max(1, threads);
        Pipeline pipeline = new Pipeline(reader, extractor, 1);
        AutoDetectParser tika = new AutoDetectParser();

        List<Stage> stages = List.of(
                new Stage("tika text (baseline)", f -> tikaText(tika, f)),
                new Stage("jixiao parse", reader::read),
                new Stage("jixiao extract", pipeline::process));
        if (ingest) {
            stages = new ArrayList<>(stages);
            stages.add(new IngestStage(new Pipeline(reader, extractor, n), n).stage());
        }
        stages.forEach(s -> s.threads = n);
        out.printf("%d files, %.2f MB, %d rounds after a warm-up, stages interleaved in each round, %d thread%s"
                + " each%n", files.size(), bytes / 1e6, rounds, n, n == 1 ? "" : "s");
        // every stage once per round, in turn, so a change in the machine's load during the run hits them alike;
        // each stage's best round counts
        double[][] wall = new double[stages.size()][rounds];
        double[][] cpu = new double[stages.size()][rounds];
        for (Stage s : stages) {
            s.time(files); // warm-up: class loading, JIT, dictionaries
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < stages.size(); i++) {
                long c0 = processCpuNanos();
                wall[i][r] = stages.get(i).time(files);
                cpu[i][r] = (processCpuNanos() - c0) / 1e9;
            }
        }
        double baseline = 0;
        double cpuBaseline = 0;
        for (int i = 0; i < stages.size(); i++) {
            double best = Arrays.stream(wall[i]).min().orElse(Double.NaN);
            double bestCpu = Arrays.stream(cpu[i]).min().orElse(Double.NaN);
            if (baseline == 0) {
                baseline = best;
                cpuBaseline = bestCpu;
            }
            out.printf("%-22s %8.3f s  %8.1f docs/s  %7.2f MB/s  %5.2fx tika   cpu %8.3f s  %5.2fx tika%n",
                    stages.get(i).name, best, files.size() / best, bytes / 1e6 / best, best / baseline, bestCpu,
                    bestCpu / cpuBaseline);
        }
        out.printf("(%d cores available to this JVM; cpu: the process's CPU time over all its threads, JIT, GC and"
                + " Lucene's merges included, which other load on the machine does not inflate)%n",
                Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of this process, all threads; -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static Object tikaText(AutoDetectParser tika, Path f) {
        try (InputStream in = TikaInputStream.get(Files.newInputStream(f))) {
            BodyContentHandler h = new BodyContentHandler(-1);
            tika.parse(in, h, new Metadata(), new ParseContext());
            return h.toString();
        } catch (Exception e) {
            return e; // a file Tika cannot read costs what it costs; the comparison stays on the same files
        }
    }

    /** Ingest into a fresh temporary index per round: extraction, checks, Lucene documents, the final commit. */
    private static final class IngestStage {
        private final Pipeline pipeline;
        private final int pipelineThreads;

        IngestStage(Pipeline pipeline, int pipelineThreads) {
            this.pipeline = pipeline;
            this.pipelineThreads = pipelineThreads;
        }

        Stage stage() {
            return new Stage("jixiao ingest", null) {
                @Override
                double time(List<Path> files) {
                    try {
                        Path dir = Files.createTempDirectory("jixiao-bench-index");
                        long t0 = System.nanoTime();
                        try (var u = org.jixiao.index.write.IndexUpdater.open(dir,
                                org.jixiao.index.write.CrossReportChecks.standard(), 200)) {
                            // as `jixiao ingest` does: files read and extracted on the pipeline's threads, each
                            // report handed to the index in input order
                            pipeline.run(files, org.jixiao.pipeline.ReadyForIndex.by(u, pipelineThreads > 1), ready -> {
                                if (ready.prepared() != null) {
                                    try {
                                        u.add(ready.prepared());
                                    } catch (IOException x) {
                                        throw new java.io.UncheckedIOException(x);
                                    }
                                }
                            });
                        }
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        try (var walk = Files.walk(dir)) {
                            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                        return seconds;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
        }
    }

    private static class Stage {
        final String name;
        final java.util.function.Function<Path, Object> work;
        int threads = 1;

        Stage(String name, java.util.function.Function<Path, Object> work) {
            this.name = name;
            this.work = work;
        }

        double time(List<Path> files) {
            if (threads > 1) {
                return timeOnPool(files);
            }
            List<Object> sink = new ArrayList<>(1);
            long t0 = System.nanoTime();
            for (Path f : files) {
                sink.clear();
                sink.add(work.apply(f));
            }
            return (System.nanoTime() - t0) / 1e9;
        }

        /** The files on {@code threads} threads, each taking the next file when it is free. */
        private double timeOnPool(List<Path> files) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<Object>> done = new ArrayList<>(files.size());
                for (Path f : files) {
                    done.add(pool.submit(() -> work.apply(f)));
                }
                for (var d : done) {
                    d.get();
                }
                return (System.nanoTime() - t0) / 1e9;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
