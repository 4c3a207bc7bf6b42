package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.load.Cancellation;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.ReportExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader that never returns is cut by the per-file time limit, and the rest of the batch is processed. */
class FileTimeoutTest {

    /** Reads text files, except that a file whose name starts with "hang" makes it loop forever, deaf to interrupts. */
    static final class HangingLoader implements DocumentLoader {
        private final TextLoader text = new TextLoader();

        @Override
        public Set<Format> formats() {
            return Set.of(Format.TXT);
        }

        @Override
        public SourceDocument load(SourceFile file) throws LoadException {
            if (file.fileName().startsWith("slow")) {
                while (!Cancellation.requested()) {
                    LockSupport.parkNanos(10_000_000L); // a loader that looks at the mark, as PdfLoader does per page
                }
                throw new LoadException("stopped");
            }
            if (file.fileName().startsWith("hang")) {
                while (true) {
                    LockSupport.parkNanos(10_000_000L); // never looks at anything, as a parser stuck in a loop
                }
            }
            return text.load(file);
        }
    }

    @Test
    void aLoaderThatNeverReturnsIsCutAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("a.txt", "hang-1.txt", "b.txt", "hang-2.txt", "c.txt")) {
            Path f = dir.resolve(name);
            Files.writeString(f, "某某县农业农村局2023年度部门整体支出绩效自评报告\n全年预算数123.45万元，执行数120.00万元，执行率97.21%。\n",
                    StandardCharsets.UTF_8);
            files.add(f);
        }
        DocumentReader reader = new DocumentReader(List.of(new HangingLoader()), DocumentReader.DEFAULT_MAX_BYTES);
        ReportExtractor extractor = new ReportExtractor();
        // warm up first (HanLP's dictionaries load on first use), so the limit measures the files alone
        assertInstanceOf(Pipeline.Outcome.Extracted.class, new Pipeline(reader, extractor, 1).process(files.get(0)));
        Pipeline pipeline = new Pipeline(reader, extractor, 2, Duration.ofMillis(1500));
        List<Pipeline.Outcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        pipeline.run(files, outcomes::add);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(files, outcomes.stream().map(Pipeline.Outcome::path).toList(), "every file, in input order");
        for (int i : new int[] {0, 2, 4}) {
            var e = assertInstanceOf(Pipeline.Outcome.Extracted.class, outcomes.get(i), outcomes.get(i).toString());
            assertEquals("某某县农业农村局", e.report().metadata().department());
        }
        for (int i : new int[] {1, 3}) {
            var u = assertInstanceOf(Pipeline.Outcome.Unreadable.class, outcomes.get(i));
            assertTrue(u.reason().startsWith("gave up after 1500 ms (--file-timeout)"), u.reason());
            assertTrue(!u.reason().contains("\n"), "one line");
        }
        assertEquals(2, pipeline.deadline().timedOut());
        assertEquals(2, pipeline.deadline().stillRunning(), "the hung loaders are abandoned, not stopped");
        // both hung files wait out their limit side by side on two workers: well under two limits plus the rest
        assertTrue(seconds < 6, "took " + seconds + " s");
    }

    @Test
    void aLoaderThatLooksAtTheMarkStopsWhenItIsGivenUpOn(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("slow.txt"), "某某县农业农村局", StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader(List.of(new HangingLoader()), DocumentReader.DEFAULT_MAX_BYTES);
        // warm up: format detection loads Tika's configuration on first use, which is not the loader's time
        reader.read(Files.writeString(dir.resolve("warm.txt"), "某某县农业农村局", StandardCharsets.UTF_8));
        Pipeline pipeline = new Pipeline(reader, new ReportExtractor(), 1, Duration.ofMillis(300));
        var u = assertInstanceOf(Pipeline.Outcome.Unreadable.class, pipeline.process(f));
        assertTrue(u.reason().startsWith("gave up after 300 ms"), u.reason());
        long until = System.nanoTime() + 3_000_000_000L;
        while (pipeline.deadline().stillRunning() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(1, pipeline.deadline().timedOut());
        assertEquals(0, pipeline.deadline().stillRunning(), "the loader saw the mark and ended its thread");
    }

    @Test
    void noLimitRunsOnTheCallersThread() {
        FileDeadline none = new FileDeadline(Duration.ZERO);
        assertEquals(Thread.currentThread().getName(), none.run("x", () -> Thread.currentThread().getName(), () -> "cut"));
        FileDeadline some = new FileDeadline(Duration.ofSeconds(5));
        assertEquals("jixiao-file x", some.run("x", () -> Thread.currentThread().getName(), () -> "cut"));
    }
}
