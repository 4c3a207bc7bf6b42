package org.jixiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.jixiao.pipeline.export.ExportTable;
import org.jixiao.pipeline.export.Tables;
import org.jixiao.testsupport.TestPaths;

/**
 * The single-machine path the job must agree with: {@code jixiao ingest} then {@code jixiao export --format parquet},
 * run as the everyday jar ({@code pipeline/target/jixiao.jar}) in its own JVM — its Parquet writer carries stand-ins
 * for Hadoop classes that must not meet Spark's — and the comparison of the two outputs, table by table.
 */
final class Reference {

    private Reference() {
    }

    /** Runs {@code jixiao ARGS…}; returns the exit code, the output in {@code log}. */
    static int jixiao(Path log, String... args) throws IOException, InterruptedException {
        Path jar = TestPaths.root().resolve("pipeline/target/jixiao.jar");
        assertTrue(Files.isRegularFile(jar), "build the pipeline first (mvn -pl spark -am verify): " + jar);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xss8m", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(TestPaths.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return p.waitFor();
    }

    /** {@code ingest} of the inputs into {@code index}, then {@code export --format parquet} into {@code out}. */
    static void ingestAndExport(Path work, Path index, Path out, List<Path> inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", index.toString(), "-j", "2"));
        inputs.forEach(i -> args.add(i.toString()));
        Path log = work.resolve("ingest.log");
        int code = jixiao(log, args.toArray(String[]::new));
        assertTrue(code == 0 || code == 1, "ingest failed: " + Files.readString(log, StandardCharsets.UTF_8));
        Path exportLog = work.resolve("export.log");
        assertEquals(0, jixiao(exportLog, "export", "--data", index.toString(), "--format", "parquet", "--out",
                out.toString()), () -> read(exportLog));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Asserts the job's table equals the export's: the same columns with the same types, and the same rows, order
     * aside (the job's {@code year} comes back from the partition folders). Rows of unreadable files
     * ({@code report_id} null), which the index never holds, are left out. Returns the job's row count compared.
     */
    static long assertSameTable(SparkSession spark, ExportTable<?> table, Path exported, Path job) {
        Dataset<Row> ref = spark.read().parquet(exported.resolve(table.name() + ".parquet").toString());
        Dataset<Row> got = spark.read().parquet(job.resolve(table.name()).toString());
        List<String> names = new ArrayList<>();
        for (StructField f : ref.schema().fields()) {
            names.add(f.name());
            assertEquals(f.dataType(), got.schema().apply(f.name()).dataType(), table.name() + "." + f.name());
        }
        assertEquals(table.columns().stream().map(c -> c.name()).toList(), names, "the export's columns");
        assertEquals(names.size(), got.schema().fields().length, table.name() + ": the job's columns");
        List<String> expected = lines(ref.selectExpr(quoted(names)));
        List<String> actual = lines(got.filter("report_id is not null").selectExpr(quoted(names)));
        assertEquals(expected.size(), actual.size(), table.name() + ": row count");
        assertEquals(expected, actual, table.name() + ": rows");
        return actual.size();
    }

    private static String[] quoted(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").toArray(String[]::new);
    }

    private static List<String> lines(Dataset<Row> d) {
        List<String> out = new ArrayList<>();
        for (Row r : d.collectAsList()) {
            out.add(r.toString());
        }
        out.sort(null);
        return out;
    }

    static List<ExportTable<?>> tables() {
        return Tables.ALL;
    }
}
