package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.ReadyForIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao ingest PATH…}: parse, extract, check and index reports, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads, extracts and checks each report and adds it to the index in --data: one entry per"
                + " report, evaluation, indicator row, figure and finding, searchable with `jixiao search`.",
                "Incremental: a file already indexed with the same content (sha256) is skipped, a changed file"
                + " replaces its old entries, --prune removes the entries of files that are gone. Commits are"
                + " periodic and atomic: an interrupted ingest leaves a usable index and the next run completes it.",
                "A file with the same text as a report already indexed, or the same department, year and scores (the"
                + " same report saved as .docx, .pdf and .txt), is indexed as another file of that report: counted"
                + " once, listed in its otherSources.",
                "Afterwards, each department whose reports changed gets the cross-year and boilerplate checks."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:indexed (and nothing at the --fail-on level found)",
                "1:files that could not be read, or findings at the --fail-on level", "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "report files or folders (searched recursively)")
    List<Path> paths = new ArrayList<>();

    @Mixin
    DataOption data;

    @Option(names = "--records", paramLabel = "DIR",
            description = "load the output of `jixiao spark --out DIR` (its records/) instead of reading files")
    Path records;

    @Option(names = "--prune", description = "remove the entries of indexed files that no longer exist")
    boolean prune;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit with 1 when a finding at this severity or worse is found: ${COMPLETION-CANDIDATES}")
    CheckCommand.Level failOn;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
            description = "files between commits: the most an interruption can lose (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Mixin
    ThreadsOption workers;

    @Mixin
    FileTimeoutOption fileTimeout;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !prune && records == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give report files or folders, --records DIR, or --prune");
        }
        long started = System.nanoTime();
        List<Path> files = DocumentReader.expand(paths);
        Map<Finding.Severity, Integer> findings = new EnumMap<>(Finding.Severity.class);
        int[] reports = {0};
        long[] figures = {0};
        List<String> failures = new ArrayList<>();
        int skipped = 0;
        int pruned = 0;
        IndexUpdater.Stats stats;
        IndexUpdater opened;
        try {
            opened = IndexUpdater.open(data.dir, CrossReportChecks.standard(), commitEvery);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            err.println("cannot ingest: another ingest is writing to " + data.dir);
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("cannot open the index in " + data.dir + ": " + ErrorReason.of(e));
            return ExitCodes.FAILURE;
        }
        try (IndexUpdater updater = opened) {
            if (records != null) {
                RecordsIngest.Result r = RecordsIngest.load(records, updater);
                reports[0] += r.added();
                skipped += r.skipped();
                figures[0] += r.figures();
                r.findings().forEach((sev, n) -> findings.merge(sev, n, Integer::sum));
                failures.addAll(r.failures());
            }
            List<Path> todo = new ArrayList<>();
            for (Path f : files) {
                try {
                    if (updater.unchanged(f, SourceFile.of(f).sha256())) {
                        skipped++;
                        continue;
                    }
                } catch (IOException e) {
                    // unreadable here is reported by the pipeline with its reason
                }
                todo.add(f);
            }
            Pipeline pipeline = new Pipeline(workers.threads, fileTimeout.duration());
            // each report's entries are made on the worker that extracted it; the writer adds them in input order
            java.util.function.Function<Pipeline.Outcome, ReadyForIndex> prepare = ReadyForIndex.by(updater, workers.threads > 1);
            java.util.function.Consumer<ReadyForIndex> sink = ready -> {
                switch (ready.outcome()) {
                    case Pipeline.Outcome.Extracted e -> {
                        int others = updater.stats().otherFiles;
                        try {
                            updater.add(ready.prepared());
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                        if (updater.stats().otherFiles > others) {
                            return; // another file of a report already indexed: listed with it, counted once
                        }
                        reports[0]++;
                        figures[0] += e.report().figures().size();
                        e.report().findings().forEach(f -> findings.merge(f.severity(), 1, Integer::sum));
                    }
                    case Pipeline.Outcome.Unreadable u -> {
                        failures.add(UnreadableFiles.line(u.path(), u.reason()));
                        UnreadableFiles.stackTrace(err, u.cause(), verbosity);
                    }
                }
            };
            try (Progress progress = new Progress(err, todo.size(), "files")) {
                pipeline.run(todo, prepare, ready -> {
                    progress.step();
                    sink.accept(ready);
                });
            }
            UnreadableFiles.timeouts(err, pipeline.deadline());
            if (prune) {
                pruned = updater.prune();
            }
            // other files of a report whose own file changed or went: read again, one of them becomes the report
            for (int round = 0; round < 3; round++) {
                List<Path> again = updater.takeOrphans().stream().filter(java.nio.file.Files::isRegularFile).toList();
                if (again.isEmpty()) {
                    break;
                }
                err.println("reading again " + again.size() + " other files of reports that changed…");
                pipeline.run(again, prepare, sink);
            }
            err.println("checking across reports (cross-year, boilerplate)…");
            updater.crossReportPass();
            stats = updater.stats();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        failures.forEach(err::println);
        err.printf("%d reports indexed (%d new, %d replaced), %d skipped unchanged, %d pruned, %d could not be read%n",
                reports[0], stats.added, stats.replaced, skipped, pruned, failures.size());
        if (stats.otherFiles > 0) {
            err.printf("%d files are another file of a report (same text, or same department, year and scores):"
                    + " listed as its sources, counted once%n", stats.otherFiles);
        }
        err.printf("%d documents, %d figures; findings: %d error, %d warning, %d info, %d cross-report (%.1f s)%n",
                stats.documents, figures[0], findings.getOrDefault(Finding.Severity.ERROR, 0),
                findings.getOrDefault(Finding.Severity.WARNING, 0), findings.getOrDefault(Finding.Severity.INFO, 0),
                stats.crossReportFindings, seconds);
        err.println("index: " + data.dir.toAbsolutePath().normalize());
        boolean failing = failOn != null && findings.keySet().stream().anyMatch(s -> s.ordinal()
                <= Finding.Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT)).ordinal());
        return !failures.isEmpty() || failing ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
