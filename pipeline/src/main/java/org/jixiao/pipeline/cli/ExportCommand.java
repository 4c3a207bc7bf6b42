package org.jixiao.pipeline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;
import org.jixiao.pipeline.export.ExportFormat;
import org.jixiao.pipeline.export.Exporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao export}: the index (or {@code extract} output) as tidy tables for researchers. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the reports of an index (or of `jixiao extract` output with --from) as five tables —"
                + " reports, evaluations, indicators, figures, findings — in CSV (UTF-8 with BOM), JSON Lines, XLSX"
                + " or Parquet, with DATA_DICTIONARY.md and data-dictionary.json describing every column.",
                "Every row carries the report id, department, region and year; amounts keep the printed value and"
                        + " unit and add the amount in 元; provenance columns say where each value is."},
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao export --format csv --out out/",
                "  jixiao export --format parquet --out out/ --year 2021..2023 --region 临澜市",
                "  jixiao extract reports/ --out r.jsonl && jixiao export --from r.jsonl --format xlsx --out out/"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the index or input could not be read", "2:usage error"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", split = ",", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv, jsonl, xlsx or parquet; several separated by commas (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Option(names = "--from", paramLabel = "FILE", description = "read `jixiao extract` JSON Lines instead of the index")
    Path from;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "only reports matching this full-text query (index only)")
    String text;

    @Mixin
    YearRangeOption years;

    @Option(names = "--department", description = "any spelling of the department's name")
    String department;

    @Option(names = "--region", description = "a province, city or district")
    String region;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ExportFormat> fs = new ArrayList<>();
        for (String f : formats) {
            try {
                fs.add(ExportFormat.of(f.strip()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (from != null && text != null) {
            throw new ParameterException(spec.commandLine(), "a full-text QUERY needs the index, not --from");
        }
        SearchQuery q = query();
        try {
            for (ExportFormat f : fs) {
                Path dir = fs.size() == 1 ? out : out.resolve(f.label());
                var counts = from != null ? fromJsonLines(q, f, dir, err) : fromIndex(q, f, dir, err);
                spec.commandLine().getOut().println("jixiao: " + f.label() + " → " + dir + "  " + counts);
            }
            return ExitCodes.OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot export: " + ErrorReason.of(e));
            return ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("cannot export: " + (from == null ? "" : from + ": ") + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private java.util.Map<String, Long> fromIndex(SearchQuery q, ExportFormat f, Path dir, PrintWriter err)
            throws IOException {
        try (ReportIndex index = ReportIndex.open(data.dir)) {
            long total = index.count(q.withKinds(Set.of(EntryKind.REPORT)));
            try (Exporter ex = Exporter.open(dir, f); Progress p = new Progress(err, total, "reports")) {
                index.forEachReport(q, r -> {
                    try {
                        ex.add(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    p.step();
                });
                ex.close();
                return ex.counts();
            }
        }
    }

    private java.util.Map<String, Long> fromJsonLines(SearchQuery q, ExportFormat f, Path dir, PrintWriter err)
            throws IOException {
        long total;
        try (var lines = Files.lines(from, StandardCharsets.UTF_8)) {
            total = lines.filter(l -> !l.isBlank()).count();
        }
        try (Exporter ex = Exporter.open(dir, f); Progress p = new Progress(err, total, "reports");
             BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                ReportRecord r;
                try {
                    r = ReportRecord.read(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + n + " is not a jixiao.report record");
                }
                if (r.id() != null && matches(r, q)) {
                    ex.add(r);
                }
                p.step();
            }
            ex.close();
            return ex.counts();
        }
    }

    /** The filters applied to a record read from a file: years, and department/region by containment. */
    static boolean matches(ReportRecord r, SearchQuery q) {
        if (q.yearFrom() != null && (r.year() == null || r.year() < q.yearFrom())) {
            return false;
        }
        if (q.yearTo() != null && (r.year() == null || r.year() > q.yearTo())) {
            return false;
        }
        if (q.region() != null && (r.region() == null || !r.region().contains(q.region()))) {
            return false;
        }
        if (q.department() != null) {
            boolean named = r.department() != null && (r.department().contains(q.department())
                    || q.department().contains(r.department()));
            return named || r.aliases().stream().anyMatch(a -> a.equals(q.department()));
        }
        return true;
    }

    private SearchQuery query() {
        return years.applyTo(SearchQuery.all()).withText(text).withDepartment(department).withRegion(region)
                .withKinds(Set.of(EntryKind.REPORT)).withPage(0, 0);
    }
}
