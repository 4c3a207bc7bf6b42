package org.jixiao.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Generates a corpus: N report models drawn sequentially from one seed (cheap, and sequential so that a
 * department's next-year report can inherit its 上年 figure), then rendered in parallel, one format per report
 * in turn, each with its {@code .truth.json} beside it.
 *
 * <p>Every fourth report starting with the second continues the department of the report before it into the
 * next year, so a corpus of two or more reports always gives cross-year checks a series to compare.
 */
public final class CorpusGenerator {

    /**
     * One report of a corpus as written: a summary, not the model, so a corpus of any size fits in memory.
     */
    public record Item(int index, String stem, String fileName, OutputFormat format, String title,
                       Department department, int year, BigDecimal score, String grade, int projects,
                       List<Planted> planted, CopiedFrom copiedFrom, String formTemplate) {
        public Item {
            planted = List.copyOf(planted);
        }
    }

    private CorpusGenerator() {
    }

    /** The report models of a corpus; deterministic in {@code seed} and {@code count}. */
    public static List<GeneratedReport> models(long seed, int count) {
        List<GeneratedReport> out = new ArrayList<>(count);
        forEachModel(seed, count, out::add);
        return out;
    }

    /**
     * Draws the models one after another and hands each over as soon as it exists, keeping only the one
     * before (a continued department needs its 上年 figure), so any number of reports streams through.
     */
    static void forEachModel(long seed, int count, java.util.function.Consumer<GeneratedReport> sink) {
        ReportFactory factory = new ReportFactory(count);
        GeneratedReport last = null;
        java.util.ArrayDeque<GeneratedReport> recent = new java.util.ArrayDeque<>();
        for (int i = 0; i < count; i++) {
            long s = reportSeed(seed, i);
            GeneratedReport prev = i % 4 == 1 ? last : null;
            ReportFactory.Continuation cont = prev == null ? null
                    : new ReportFactory.Continuation(prev.department(), prev.year() + 1, prev.prose().incomeYuan());
            int latest = i % 4 == 0 && i + 1 < count ? 2024 : 2025;
            GeneratedReport r = factory.build(stem(i, null), s, cont, latest);
            BigDecimal previousIncome = prev == null ? null : prev.prose().income();
            r = Planter.plant(r, new SplittableRandom(s ^ 0x5DEECE66DL), previousIncome);
            r = new GeneratedReport(stem(i, r), r.seed(), r.department(), r.year(), r.grades(), r.prose(), r.whole(),
                    r.projects(), r.planted(), RoundingAudit.audit(r), copySource(i, r, recent));
            sink.accept(r);
            last = r;
            recent.addFirst(r);
            if (recent.size() > COPY_LOOKBACK) {
                recent.removeLast();
            }
        }
    }

    /** Every {@value #COPY_EVERY}th report (from the 24th) copies its 主要做法和成效 paragraph from a recent one. */
    static final int COPY_EVERY = 40;
    private static final int COPY_LOOKBACK = 8;

    /**
     * The planted copy of report {@code i}: from the fifth report before it, or the next earlier one of another
     * department (a department's own report of the same year would be the same report in another format).
     */
    private static CopiedFrom copySource(int i, GeneratedReport r, java.util.Deque<GeneratedReport> recent) {
        if (i % COPY_EVERY != COPY_EVERY - 17) {
            return null;
        }
        int back = 0;
        for (GeneratedReport earlier : recent) {
            if (++back >= 5 && !earlier.department().name().equals(r.department().name())) {
                return new CopiedFrom(earlier.stem(), earlier.seed());
            }
        }
        return null;
    }

    /**
     * Writes the corpus into {@code out}: each report in {@code formats.get(i % formats.size())} plus its truth.
     *
     * @param progress called with the number of reports written so far (from worker threads)
     */
    public static List<Item> generate(Path out, int count, long seed, List<OutputFormat> formats, int threads,
                                      IntConsumer progress) throws IOException {
        if (formats.contains(OutputFormat.PDF)) {
            CjkFont.locate(); // fail before any work, with the one-line fix
        }
        Files.createDirectories(out);
        Item[] items = new Item[count];
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(workers * 4);
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        int[] index = {0};
        try {
            forEachModel(seed, count, r -> {
                int i = index[0]++;
                if (failure.get() != null) {
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        items[i] = write(out, r, i, formats.get(i % formats.size()), seed);
                        progress.accept(done.incrementAndGet());
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                });
            });
            pool.shutdown();
            if (!pool.awaitTermination(7, java.util.concurrent.TimeUnit.DAYS)) {
                throw new IOException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return List.of(items);
    }

    /** Renders one report and its truth. */
    public static Item write(Path out, GeneratedReport r, int index, OutputFormat format, long corpusSeed)
            throws IOException {
        Layout layout = ReportWriter.write(r);
        String fileName = r.stem() + format.suffix();
        format.newRenderer(r.seed()).render(layout, out.resolve(fileName));
        TruthWriter.write(r, layout.title(), out.resolve(r.stem() + ".truth.json"), fileName, format, corpusSeed,
                index);
        return new Item(index, r.stem(), fileName, format, layout.title(), r.department(), r.year(), r.score(),
                r.grade(), r.projects().size(), r.planted(), r.copiedFrom(), r.formTemplate());
    }

    /** A report's own seed: the corpus seed and the index mixed (SplitMix64), so neighbours are unrelated. */
    static long reportSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String stem(int index, GeneratedReport r) {
        if (r == null) {
            return String.format(Locale.ROOT, "%04d", index + 1);
        }
        String name = r.department().name();
        String kind = name.endsWith("街道办事处") ? "street" : name.endsWith("镇人民政府") ? "town"
                : name.endsWith("委员会") ? "committee" : "bureau";
        return String.format(Locale.ROOT, "%04d-%s-%d", index + 1, kind, r.year());
    }
}
