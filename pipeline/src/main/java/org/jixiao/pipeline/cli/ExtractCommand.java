package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.extractors.json.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao extract PATH…}: one structured report per document, as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the structured record of each report (jixiao.report/1): department, region, year,"
                + " evaluations with budgets, scores, grades and indicator rows, labelled figures — every value with"
                + " its provenance. Writes JSON Lines, one object per input document, in input order; a file that"
                + " cannot be read still gets its line, with the reason in \"errors\".",
                "Folders are searched recursively for report files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "1:some files could not be read (reasons on stderr and in \"errors\")",
                "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the JSON Lines to FILE instead of stdout")
    Path out;

    @Mixin
    ThreadsOption workers;

    @Mixin
    FileTimeoutOption fileTimeout;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = DocumentReader.expand(paths);
        PrintWriter sink = out == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        int[] failed = {0};
        long started = System.nanoTime();
        Pipeline pipeline = new Pipeline(workers.threads, fileTimeout.duration());
        try (Progress progress = new Progress(err, files.size(), "files")) {
            pipeline.run(files, outcome -> {
                progress.step();
                switch (outcome) {
                    case Pipeline.Outcome.Extracted e -> sink.println(ReportJson.toJson(e.report()));
                    case Pipeline.Outcome.Unreadable u -> {
                        failed[0]++;
                        UnreadableFiles.print(err, u.path(), u.reason(), u.cause(), verbosity);
                        sink.println(UnreadableFiles.json(u.path(), u.reason()));
                    }
                }
                sink.flush();
            });
        } finally {
            if (out != null) {
                sink.close();
            }
        }
        UnreadableFiles.timeouts(err, pipeline.deadline());
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("%d extracted, %d could not be read (%.1f s)%n", files.size() - failed[0], failed[0], seconds);
        return failed[0] > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
