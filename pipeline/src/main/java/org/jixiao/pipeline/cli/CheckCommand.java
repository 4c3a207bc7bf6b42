package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.extractors.model.Finding;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.render.FindingsReport;
import org.jixiao.extractors.json.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao check PATH…}: the arithmetic that does not hold, file by file, with the evidence. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Finds the arithmetic that does not hold in each report — scores above their weight, section"
                + " scores that do not add up, grades outside their band, execution rates that are not executed ÷"
                + " budget, projects scored twice or not named, lists of names and values of unequal length — and"
                + " never flags what rounding of the printed figures explains.",
                "Prints a readable report grouped by file (--json: one jixiao.report/1 object per file)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:checked (and nothing at the --fail-on level found)",
                "1:findings at the --fail-on level, or files that could not be read", "2:usage error"})
final class CheckCommand implements Callable<Integer> {

    enum Level {
        error, warning, info
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--json", description = "one JSON object per file (the full jixiao.report/1 record)")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit with 1 when a finding at this severity or worse is found: ${COMPLETION-CANDIDATES}")
    Level failOn;

    @Mixin
    ThreadsOption workers;

    @Mixin
    FileTimeoutOption fileTimeout;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = DocumentReader.expand(paths);
        Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
        int[] failed = {0};
        Pipeline pipeline = new Pipeline(workers.threads, fileTimeout.duration());
        try (Progress progress = new Progress(err, json ? files.size() : 0, "files")) {
            pipeline.run(files, outcome -> {
                progress.step();
                switch (outcome) {
                    case Pipeline.Outcome.Extracted e -> {
                        e.report().findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
                        if (json) {
                            out.println(ReportJson.toJson(e.report()));
                        } else {
                            FindingsReport.print(e.report(), out);
                        }
                    }
                    case Pipeline.Outcome.Unreadable u -> {
                        failed[0]++;
                        UnreadableFiles.print(err, u.path(), u.reason(), u.cause(), verbosity);
                        if (json) {
                            out.println(UnreadableFiles.json(u.path(), u.reason()));
                        }
                    }
                }
                out.flush();
            });
        }
        UnreadableFiles.timeouts(err, pipeline.deadline());
        err.printf("%d checked, %d could not be read; findings: %d error, %d warning, %d info%n",
                files.size() - failed[0], failed[0], counts.getOrDefault(Finding.Severity.ERROR, 0),
                counts.getOrDefault(Finding.Severity.WARNING, 0), counts.getOrDefault(Finding.Severity.INFO, 0));
        boolean failing = failOn != null && counts.keySet().stream()
                .anyMatch(s -> s.ordinal() <= Finding.Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT)).ordinal());
        return failed[0] > 0 || failing ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
