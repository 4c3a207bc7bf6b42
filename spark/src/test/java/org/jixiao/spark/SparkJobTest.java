package org.jixiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;
import org.jixiao.pipeline.export.ExportTable;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Spark job in {@code local[2]} against the single-machine path ({@link Reference}): the same five tables row for
 * row, cross-year and boilerplate findings included; an unreadable file's reason row; a task that fails once and is
 * retried without duplicate rows; a file that hangs cut by the time limit; and {@code ingest --records} giving the
 * same search results as ingesting the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {

    /** The file whose first reading crashes its task (an Error, as a lost executor would), once per JVM. */
    static final String CRASH_ON = "0003-street-2023.txt";
    static final AtomicBoolean CRASHED = new AtomicBoolean();

    /** The standard reader, with a task crash on {@link #CRASH_ON} and a file that never finishes. */
    static final class FaultyReader implements ExtractTask.Reader {
        private static final long serialVersionUID = 1L;

        @Override
        public ExtractTask.Outcome read(Path local) {
            String name = local.getFileName().toString();
            if (name.startsWith("hang")) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ExtractTask.Outcome(null, "interrupted");
            }
            if (name.equals(CRASH_ON) && CRASHED.compareAndSet(false, true)) {
                throw new InjectedCrash();
            }
            return ExtractTask.standard().read(local);
        }
    }

    static final class InjectedCrash extends Error {
        private static final long serialVersionUID = 1L;

        InjectedCrash() {
            super("injected crash of the task's first attempt");
        }
    }

    SparkSession spark;
    Path work;
    Path exported;
    Path job;
    Path index;
    Path broken;

    @BeforeAll
    void runBoth() throws Exception {
        // local[2,4]: two threads, a task may fail up to 4 times (plain local[2] never retries)
        spark = SparkSession.builder().master("local[2,4]").appName("jixiao-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        work = Files.createTempDirectory("jixiao-spark-test");
        Path corpus = TestPaths.bundledCorpus().toAbsolutePath().normalize();
        Path unreadable = Files.createDirectories(work.resolve("unreadable"));
        broken = Files.createFile(unreadable.resolve("broken.pdf")); // 0 bytes
        exported = work.resolve("export");
        index = work.resolve("index");
        Reference.ingestAndExport(work, index, exported, List.of(corpus));
        job = work.resolve("job");
        JixiaoJob.Summary s = JixiaoJob.run(spark, new JixiaoJob.Options(List.of(corpus.toString(),
                unreadable.toString()), job.toString(), 0, 600), new FaultyReader());
        assertEquals(List.of(broken + ": empty file (0 bytes)"), s.unreadable());
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (spark != null) {
            spark.stop();
        }
        if (work != null) { // the tables, the index and the job's output: nothing is left in the temp folder
            try (var paths = Files.walk(work)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void theFiveTablesEqualTheExportsRowForRowWithTheCrossReportFindings() {
        for (ExportTable<?> t : Reference.tables()) {
            assertTrue(Reference.assertSameTable(spark, t, exported, job.toAbsolutePath()) > 0, t.name());
        }
        List<Row> rules = spark.read().parquet(job.resolve("findings").toString())
                .filter("rule in ('cross-year', 'boilerplate')").select("rule").distinct().collectAsList();
        assertTrue(rules.size() >= 1, "the corpus gives cross-report findings, so the comparison covers them: " + rules);
        assertTrue(CRASHED.get(), "a task crashed once and was retried (and the rows above are not doubled)");
    }

    @Test
    void theTablesArePartitionedByYear() throws Exception {
        try (var years = Files.list(job.resolve("reports"))) {
            List<String> names = years.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("year="))
                    .sorted().toList();
            assertTrue(names.contains("year=2021") && names.contains("year=__HIVE_DEFAULT_PARTITION__"), names::toString);
        }
    }

    @Test
    void anUnreadableFileIsAReportsRowWithItsReason() {
        List<Row> rows = spark.read().parquet(job.resolve("reports").toString()).filter("report_id is null")
                .select("source_path", "source_format", "errors", "year").collectAsList();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(broken.toString(), rows.get(0).getString(0));
        assertEquals("pdf", rows.get(0).getString(1));
        assertEquals("empty file (0 bytes)", rows.get(0).getString(2));
        assertTrue(rows.get(0).isNullAt(3));
    }

    @Test
    void aFileThatHangsIsCutByTheTimeLimitAndTheBatchGoesOn() throws Exception {
        Path dir = Files.createDirectories(work.resolve("hang"));
        Files.writeString(dir.resolve("hang.txt"), "某某县农业农村局2023年度部门整体支出绩效自评报告", StandardCharsets.UTF_8);
        Files.copy(TestPaths.bundledCorpus().resolve("0003-street-2023.txt"), dir.resolve("street.txt"));
        long started = System.nanoTime();
        JixiaoJob.Summary s = JixiaoJob.run(spark, new JixiaoJob.Options(List.of(dir.toString()),
                work.resolve("hang-out").toString(), 1, 3), new FaultyReader());
        assertEquals(1, s.extracted(), "the file after the hung one in the same task is read");
        assertEquals(1, s.unreadable().size());
        assertTrue(s.unreadable().get(0).startsWith(dir.resolve("hang.txt") + ": took longer than 3 s"),
                s.unreadable()::toString);
        assertTrue((System.nanoTime() - started) / 1e9 < 120, "cut, not waited for");
    }

    @Test
    void ingestRecordsGivesTheSameSearchResultsAsIngestingTheFiles() throws Exception {
        Path fromRecords = work.resolve("index-records");
        Path log = work.resolve("ingest-records.log");
        int code = Reference.jixiao(log, "ingest", "--data", fromRecords.toString(), "--records", job.toString());
        String out = Reference.read(log);
        assertEquals(1, code, out); // the unreadable file is reported, as ingest reports it
        assertTrue(out.contains(broken + ": empty file (0 bytes)"), out);
        List<SearchQuery> queries = new ArrayList<>(List.of(SearchQuery.all(), SearchQuery.text("绩效目标"),
                SearchQuery.text("预算执行率"), SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)),
                SearchQuery.all().withRule("cross-year"), SearchQuery.all().withRule("boilerplate"),
                SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withYears(2022, 2023)));
        try (ReportIndex a = ReportIndex.open(index); ReportIndex b = ReportIndex.open(fromRecords)) {
            for (SearchQuery q : queries) {
                SearchQuery page = q.withPage(0, 1000);
                var ra = a.search(page);
                var rb = b.search(page);
                assertEquals(ra.total(), rb.total(), q::toString);
                assertEquals(ra.hits().toString(), rb.hits().toString(), q::toString);
                assertEquals(ra.facets(), rb.facets(), q::toString);
            }
            assertTrue(a.search(SearchQuery.all().withRule("cross-year").withPage(0, 10)).total()
                    + a.search(SearchQuery.all().withRule("boilerplate").withPage(0, 10)).total() > 0);
            List<String> ja = new ArrayList<>();
            List<String> jb = new ArrayList<>();
            a.forEachReport(SearchQuery.all(), r -> ja.add(ReportJson.toJson(r)));
            b.forEachReport(SearchQuery.all(), r -> jb.add(ReportJson.toJson(r)));
            assertEquals(ja, jb, "every record with its derived findings");
        }
    }

    @Test
    @RequiresShared
    void theRealSamplesGiveTheSameTablesAsTheExport() throws Exception {
        Path samples = TestPaths.shared().resolve("samples").toAbsolutePath().normalize();
        Path dir = Files.createDirectories(work.resolve("real"));
        Path ref = dir.resolve("export");
        Reference.ingestAndExport(dir, dir.resolve("index"), ref, List.of(samples));
        Path out = dir.resolve("job");
        JixiaoJob.run(spark, new JixiaoJob.Options(List.of(samples.toString()), out.toString(), 0, 600));
        for (ExportTable<?> t : Reference.tables()) {
            Reference.assertSameTable(spark, t, ref, out);
        }
    }
}
