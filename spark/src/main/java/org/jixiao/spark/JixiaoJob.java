package org.jixiao.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.pipeline.export.DataDictionary;
import org.jixiao.pipeline.export.ExportTable;
import org.jixiao.pipeline.export.Tables;

import scala.Tuple2;

/**
 * The job: list the files, extract them in the executors ({@link ExtractTask}), run the cross-report checks
 * ({@link CrossReport}), and write into {@code out}:
 * <ul>
 *   <li>{@code reports/}, {@code evaluations/}, {@code indicators/}, {@code figures/}, {@code findings/}: the export
 *       tables as Parquet, partitioned by {@code year} ({@code year=__HIVE_DEFAULT_PARTITION__} where unknown), an
 *       unreadable file being a {@code reports} row with its reason in {@code errors};</li>
 *   <li>{@code records/}: one JSON line per file in input order — its {@code jixiao.report/1} record and text —
 *       which {@code jixiao ingest --records} loads into the index without reading the files again;</li>
 *   <li>{@code DATA_DICTIONARY.md}, {@code data-dictionary.json}: as {@code jixiao export} writes them.</li>
 * </ul>
 * Every output goes through Spark's file commit protocol: a retried or speculative task's files replace the failed
 * attempt's, never add to them.
 */
public final class JixiaoJob {

    /** Seconds a file may take before it is cut, unless told otherwise. */
    public static final long DEFAULT_FILE_TIMEOUT = 300;

    /**
     * @param partitions how many tasks the files are spread over; 0 chooses (about 20 files a task, at least four
     *                   tasks a core)
     */
    public record Options(List<String> inputs, String out, int partitions, long fileTimeoutSeconds) {
    }

    /** What the job did. */
    public record Summary(long files, long extracted, List<String> unreadable, Map<String, Long> rows) {
    }

    private JixiaoJob() {
    }

    public static Summary run(SparkSession spark, Options o) throws IOException {
        return run(spark, o, ExtractTask.standard());
    }

    static Summary run(SparkSession spark, Options o, ExtractTask.Reader reader) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = InputFiles.list(o.inputs(), sc.hadoopConfiguration());
        List<Tuple2<String, Long>> numbered = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            numbered.add(new Tuple2<>(files.get(i), (long) i));
        }
        int partitions = o.partitions() > 0 ? o.partitions()
                : Math.max(1, Math.min(files.size(), Math.max(sc.defaultParallelism() * 4, files.size() / 20)));
        ExtractTask task = new ExtractTask(new HadoopConf(sc.hadoopConfiguration()), o.fileTimeoutSeconds(), reader);
        JavaRDD<Extracted> extracted = sc.parallelize(numbered, partitions).mapPartitions(task::apply)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Extracted> readable = extracted.filter(Extracted::readable);
        long loaded = readable.count();

        JavaRDD<Dept> everyReport = CrossReport.departments(sc, readable).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // one report, several files (the same report as .docx, .pdf and .txt): the index's rule, in ingest order
        SameFiles same = SameFiles.of(sc, readable, everyReport);
        Broadcast<SameFiles> sameFiles = sc.broadcast(same);
        JavaRDD<Dept> depts = everyReport.filter(d -> sameFiles.value().isReport(d.ordinal()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long reportCount = depts.count();
        JavaPairRDD<String, List<String>> crossYear = CrossReport.crossYear(depts);
        JavaPairRDD<String, List<String>> boilerplate = CrossReport.boilerplate(sc, depts, reportCount);
        // each report once, with its other files and its derived findings (cross-year first, as the index stores them)
        JavaRDD<Tuple2<String, List<String>>> reports = depts
                .mapToPair(d -> new Tuple2<>(d.id(), sameFiles.value().withOtherFiles(d.id(), d.json())))
                .leftOuterJoin(crossYear).leftOuterJoin(boilerplate).map(t -> {
                    List<String> derived = new ArrayList<>(t._2()._1()._2().orElse(List.of()));
                    derived.addAll(t._2()._2().orElse(List.of()));
                    return new Tuple2<>(t._2()._1()._1(), derived);
                });
        JavaRDD<Tuple2<String, List<String>>> all = reports
                .union(extracted.filter(e -> !e.readable()).map(e -> new Tuple2<>(e.json(), List.<String>of())))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        Map<String, Long> rows = new LinkedHashMap<>();
        for (ExportTable<?> table : Tables.ALL) {
            rows.put(table.name(), write(spark, all, table, o.out()));
        }
        Path records = new Path(o.out(), "records");
        records.getFileSystem(sc.hadoopConfiguration()).delete(records, true); // overwrite, as the tables are
        extracted.sortBy(Extracted::ordinal, true, partitions).map(RecordLines::line).saveAsTextFile(records.toString());
        dictionary(sc, o.out());

        List<String> unreadable = extracted.filter(e -> !e.readable()).sortBy(Extracted::ordinal, true, 1)
                .map(e -> e.path() + ": " + e.reason()).collect();
        Summary s = new Summary(files.size(), loaded, unreadable, rows);
        all.unpersist();
        depts.unpersist();
        everyReport.unpersist();
        extracted.unpersist();
        return s;
    }

    /** The record with its derived findings after its own, as {@code jixiao export} reads it from the index. */
    static ReportRecord withDerived(String json, List<String> derived) {
        ReportRecord r = ReportRecord.read(json);
        if (derived.isEmpty()) {
            return r;
        }
        List<Finding> findings = new ArrayList<>(r.findings());
        derived.forEach(f -> findings.add(ReportRecord.finding(ReportJson.parse(f))));
        return new ReportRecord(r.id(), r.path(), r.format(), r.pages(), r.ocr(), r.title(), r.department(),
                r.aliases(), r.region(), r.year(), r.scope(), r.score(), r.grade(), r.evaluations(), r.figures(),
                findings, r.errors(), r.warnings(), r.otherSources());
    }

    private static <R> long write(SparkSession spark, JavaRDD<Tuple2<String, List<String>>> all, ExportTable<R> table,
                                  String out) {
        String name = table.name(); // tables are not serializable: each executor finds its own by name
        JavaRDD<Row> rows = all.flatMap(t -> SparkTables.rows(SparkTables.table(name), withDerived(t._1(), t._2()))
                .iterator());
        var df = spark.createDataFrame(rows, SparkTables.schema(table)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = df.count();
        // one file per year and task: the shuffle by year keeps the file count to about the number of years
        df.repartition(df.col("year")).write().mode(SaveMode.Overwrite).partitionBy("year")
                .parquet(new Path(out, table.name()).toString());
        df.unpersist();
        return n;
    }

    private static void dictionary(JavaSparkContext sc, String out) throws IOException {
        Path dir = new Path(out);
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        write(fs, new Path(dir, "DATA_DICTIONARY.md"), DataDictionary.markdown(Tables.ALL));
        write(fs, new Path(dir, "data-dictionary.json"), DataDictionary.json(Tables.ALL));
    }

    private static void write(FileSystem fs, Path p, String text) throws IOException {
        try (OutputStream os = fs.create(p, true)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
