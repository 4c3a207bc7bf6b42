package org.jixiao.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.pipeline.render.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao search [QUERY]}: Chinese full text and filters over the index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the index made by `jixiao ingest`: Chinese full text (all words must match) and"
                + " filters. Prints ranked hits with the matched words marked 【like this】, each with its file and"
                + " location, then facet counts (year, region, department, grade, kind, rule, severity) over all"
                + " matches.",
                "--min/--max bound each hit's principal number: a report's score, an evaluation's execution rate"
                + " in %%, an indicator's score, a figure's value (in 元 for amounts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao search --department 北苑街道 --kind report",
                "  jixiao search --kind evaluation --year 2021 --max 80",
                "  jixiao search 满意度 --kind indicator --below-weight",
                "  jixiao search --kind finding --rule unit --region 望川区"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (also when nothing matched)", "1:the index could not be read", "2:usage error"})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words to find (optional: filters alone list entries)")
    String text;

    @Mixin
    DataOption data;

    @Mixin
    YearRangeOption years;

    @Option(names = "--department", description = "any spelling of the department's name")
    String department;

    @Option(names = "--region", description = "a province, city or district (江北省, 临澜市, 望川区)")
    String region;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "report, evaluation, indicator, figure, finding (several: comma-separated)")
    List<String> kinds = List.of();

    @Option(names = "--rule", description = "a finding's rule: sum, rate, grade, unit, cross-year, boilerplate …")
    String rule;

    @Option(names = "--severity", description = "error, warning or info")
    String severity;

    @Option(names = "--grade", description = "the grade as printed (优, 良好 …)")
    String grade;

    @Option(names = "--min", description = "lowest principal number, inclusive")
    BigDecimal min;

    @Option(names = "--max", description = "highest principal number, inclusive")
    BigDecimal max;

    @Option(names = "--below-weight", description = "only indicators scored below their weight")
    boolean belowWeight;

    @Option(names = "--limit", defaultValue = "20", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "hits to skip, for paging")
    int offset;

    @Option(names = "--json", description = "one JSON object: total, hits (with their stored records), facets")
    boolean json;

    @Override
    public Integer call() {
        SearchQuery q = query();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ReportIndex index = ReportIndex.open(data.dir)) {
            SearchResult result = index.search(q);
            if (json) {
                out.println(toJson(result));
            } else {
                print(result, q, out);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("cannot search: " + ErrorReason.of(e));
            return ExitCodes.FAILURE;
        }
    }

    SearchQuery query() {
        if (limit < 0 || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
        }
        SearchQuery withYears = years.applyTo(SearchQuery.all());
        Set<EntryKind> k = EnumSet.noneOf(EntryKind.class);
        for (String s : kinds) {
            try {
                k.add(EntryKind.of(s.strip()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return new SearchQuery(text, withYears.yearFrom(), withYears.yearTo(), department, region, k, rule, severity, grade, min, max, belowWeight,
                offset, limit);
    }

    private static void print(SearchResult r, SearchQuery q, PrintWriter out) {
        out.printf("%s%d matches%s%n", r.totalEstimated() ? "about " : "", r.total(), r.total() > r.hits().size() && !r.hits().isEmpty()
                ? String.format(" (showing %d–%d)", q.offset() + 1, q.offset() + r.hits().size()) : "");
        int n = q.offset();
        for (SearchHit h : r.hits()) {
            out.printf("%n%d. [%s] %s %s — %s%s%n", ++n, h.kind().label(), h.year() == null ? "????" : h.year(),
                    h.department() == null ? "" : h.department(), oneLine(h.label()), principal(h));
            out.println("   " + marked(h.snippet()));
            out.println("   " + h.path() + location(h.at()));
            if (h.kind() == org.jixiao.index.EntryKind.REPORT && h.record() != null) {
                h.record().path("otherSources").forEach(o -> out.println("   " + o.path("path").asText()
                        + "  (the same report)"));
            }
        }
        out.println();
        for (String dim : List.of("year", "region", "department", "grade", "kind", "rule", "severity")) {
            List<SearchResult.FacetCount> counts = r.facets().getOrDefault(dim, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-10s ", dim + ":"));
            counts.stream().limit(12).forEach(c -> line.append(c.value()).append(" (").append(c.count()).append(")  "));
            if (counts.size() > 12) {
                line.append("… ").append(counts.size() - 12).append(" more");
            }
            out.println(line.toString().stripTrailing());
        }
        if (r.facetsEstimated()) {
            out.printf("(%sfacet counts estimated from a sample of %d of about %d matches)%n",
                    r.totalEstimated() ? "match count and " : "", r.facetsCounted(), r.total());
        }
    }

    /** The number the hit is about, as stored: what --min/--max compare. */
    static String principal(SearchHit h) {
        var r = h.record();
        return switch (h.kind()) {
            case EVALUATION -> r.path("budget").path("rate").isObject()
                    ? "  (执行率 " + r.path("budget").path("rate").path("value").asText() + "%)" : "";
            case INDICATOR -> r.path("score").isNumber()
                    ? "  (得分 " + r.path("score").asText() + " / 分值 " + r.path("weight").asText() + ")" : "";
            case FINDING -> "  (" + r.path("severity").asText() + " " + r.path("code").asText() + ")";
            case REPORT -> r.path("score").isNumber() ? "  (得分 " + r.path("score").asText() + ")" : "";
            case FIGURE -> "  (" + r.path("value").asText() + r.path("unit").asText("") + ")";
        };
    }

    /** The snippet on one line with its matches in 【】. */
    static String marked(SearchHit.Snippet s) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (SearchHit.Span span : s.highlights()) {
            if (span.start() < at) {
                continue;
            }
            b.append(s.text(), at, span.start()).append('【').append(s.text(), span.start(), span.end()).append('】');
            at = span.end();
        }
        b.append(s.text().substring(at));
        return oneLine(b.toString());
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " / ").strip();
    }

    static String location(Provenance p) {
        if (p == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (p.page() != null) {
            b.append(" p.").append(p.page());
        }
        if (p.table() != null) {
            b.append(" table ").append(p.table() + 1);
            if (p.row() != null) {
                b.append(" row ").append(p.row() + 1);
            }
            if (p.col() != null) {
                b.append(" col ").append(p.col() + 1);
            }
        }
        b.append(" @").append(p.start()).append('–').append(p.end());
        return b.toString();
    }

    static ObjectNode toJson(SearchResult r) {
        return SearchJson.toTree(r);
    }
}
