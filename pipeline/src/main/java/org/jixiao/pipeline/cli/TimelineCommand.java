package org.jixiao.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Rate;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.Timeline;
import org.jixiao.pipeline.render.TimelineJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao timeline DEPARTMENT}: one department's reports across years. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Shows one department across years — found by any spelling of its name (full official name,"
                + " short name, with or without its district) — with each year's budget, executed amount, execution"
                + " rate, score and grade as printed, and that year's findings (cross-year findings included)."},
        footerHeading = "%nExample:%n",
        footer = {"  jixiao timeline 北苑街道"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:no such department in the index, or the index could not be read",
                "2:usage error"})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DEPARTMENT", description = "any spelling of the department's name")
    String department;

    @Mixin
    DataOption data;

    @Option(names = "--json", description = "the timeline as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ReportIndex index = ReportIndex.open(data.dir)) {
            Optional<Timeline> t = index.timeline(department);
            if (t.isEmpty()) {
                err.println("no department matching " + department + " in " + data.dir
                        + " (jixiao search --kind report lists what is indexed)");
                return ExitCodes.FAILURE;
            }
            if (json) {
                out.println(toJson(t.get()));
            } else {
                print(t.get(), out);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("cannot read the index: " + ErrorReason.of(e));
            return ExitCodes.FAILURE;
        }
    }

    private static void print(Timeline t, PrintWriter out) {
        out.println(t.name() + "  [" + t.key() + "]");
        if (t.aliases().size() > 1) {
            out.println("also written: " + String.join("、", t.aliases().subList(1, t.aliases().size())));
        }
        out.println();
        out.printf("%-6s %18s %18s %10s %8s %-6s %s%n", "year", "budget", "executed", "rate", "score", "grade",
                "findings");
        for (Timeline.Year y : t.years()) {
            out.printf("%-6s %18s %18s %10s %8s %-6s %d%n", y.year() == 0 ? "?" : y.year(), amount(y.budget()),
                    amount(y.executed()), rate(y.rate()), y.score() == null ? "—" : y.score().toPlainString(),
                    y.grade() == null ? "—" : y.grade(), y.findings().size());
        }
        for (Timeline.Year y : t.years()) {
            out.printf("%n%s  %s%n    %s%n", y.year() == 0 ? "?" : y.year(), y.title() == null ? "" : y.title(),
                    y.path());
            for (String other : y.otherPaths()) {
                out.printf("    %s  (the same report)%n", other);
            }
            for (Finding f : y.findings()) {
                out.printf("    %-7s %-12s %s%n", f.severity().label(), f.rule(), SearchCommand.oneLine(f.message()));
            }
        }
    }

    private static String amount(Amount a) {
        return a == null ? "—" : a.value().toPlainString() + (a.unit() == null ? "" : a.unit());
    }

    private static String rate(Rate r) {
        return r == null ? "—" : r.value().toPlainString() + (r.unit() == null ? "" : r.unit());
    }

    private static ObjectNode toJson(Timeline t) {
        return TimelineJson.toTree(t);
    }
}
