package org.jixiao.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao spark} and the {@code spark-submit} main class: the pipeline as a Spark job ({@link JixiaoJob}).
 * Without {@code --master} the master comes from {@code spark-submit}, else {@code local[*]}.
 */
@Command(name = "jixiao spark", mixinStandardHelpOptions = true,
        description = {"Reads, extracts and checks reports on a Spark cluster (or local[*]) and writes the five"
                + " export tables (reports, evaluations, indicators, figures, findings) as Parquet partitioned by"
                + " year — the columns and types of `jixiao export --format parquet` — with the cross-year and"
                + " boilerplate findings; plus records/ for `jixiao ingest --records`.",
                "INPUT is any Hadoop path (a local path, hdfs://…, s3a://…); folders are searched recursively."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "1:some files could not be read (rows with the reason)",
                "2:usage error"})
public final class SparkMain implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "report files or folders (Hadoop paths)")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (replaced)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "tasks to spread the files over (default: chosen)")
    int partitions;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "" + JixiaoJob.DEFAULT_FILE_TIMEOUT,
            description = "a file taking longer is cut and becomes a row with that reason (default: ${DEFAULT-VALUE})")
    long fileTimeout;

    public static void main(String[] args) {
        // Spark's INFO lines drown the summary; -Dorg.slf4j.simpleLogger.defaultLogLevel=info brings them back
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setErr(err);
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SparkConf conf = new SparkConf().setAppName("jixiao");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        long started = System.nanoTime();
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JixiaoJob.Summary s = JixiaoJob.run(spark, new JixiaoJob.Options(inputs, out, partitions, fileTimeout));
            double seconds = (System.nanoTime() - started) / 1e9;
            s.unreadable().forEach(System.err::println);
            System.err.printf("%d files: %d extracted, %d could not be read (%.1f s, %.1f files/s)%n", s.files(),
                    s.extracted(), s.unreadable().size(), seconds, s.files() / seconds);
            System.err.println("rows: " + s.rows() + " → " + out);
            return s.unreadable().isEmpty() ? 0 : 1;
        }
    }
}
