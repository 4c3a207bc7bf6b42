package org.jixiao.pipeline.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** One report of a corpus, as written. */
    public record Item(int index, GeneratedReport report, OutputFormat format, String fileName, String title) {
    }

    private CorpusGenerator() {
    }

    /** The report models of a corpus; deterministic in {@code seed} and {@code count}. */
    public static List<GeneratedReport> models(long seed, int count) {
        ReportFactory factory = new ReportFactory();
        List<GeneratedReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long s = reportSeed(seed, i);
            GeneratedReport prev = i % 4 == 1 ? out.get(i - 1) : null;
            ReportFactory.Continuation cont = prev == null ? null
                    : new ReportFactory.Continuation(prev.department(), prev.year() + 1, prev.prose().incomeYuan());
            int latest = i % 4 == 0 && i + 1 < count ? 2024 : 2025;
            GeneratedReport r = factory.build(stem(i, null), s, cont, latest);
            BigDecimal previousIncome = prev == null ? null : prev.prose().income();
            r = Planter.plant(r, new SplittableRandom(s ^ 0x5DEECE66DL), previousIncome);
            r = new GeneratedReport(stem(i, r), r.seed(), r.department(), r.year(), r.grades(), r.prose(), r.whole(),
                    r.projects(), r.planted(), RoundingAudit.audit(r));
            out.add(r);
        }
        return out;
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
        List<GeneratedReport> models = models(seed, count);
        List<Item> items = new ArrayList<>(count);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Item>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Item item = write(out, models.get(index), index, formats.get(index % formats.size()), seed);
                    progress.accept(done.incrementAndGet());
                    return item;
                }));
            }
            for (Future<Item> f : futures) {
                items.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return items;
    }

    /** Renders one report and its truth. */
    public static Item write(Path out, GeneratedReport r, int index, OutputFormat format, long corpusSeed)
            throws IOException {
        Layout layout = ReportWriter.write(r);
        String fileName = r.stem() + format.suffix();
        format.newRenderer().render(layout, out.resolve(fileName));
        TruthWriter.write(r, layout.title(), out.resolve(r.stem() + ".truth.json"), fileName, format, corpusSeed,
                index);
        return new Item(index, r, format, fileName, layout.title());
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
