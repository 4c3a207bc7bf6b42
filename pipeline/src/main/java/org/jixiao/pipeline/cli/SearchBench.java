package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;

/**
 * Search latency on an existing index: a fixed set of queries (the four examples plus plain full text),
 * each run after a warm-up, reported as median and 95th percentile over all runs, one thread.
 */
final class SearchBench {

    private SearchBench() {
    }

    /** The fixed queries: full text alone, with filters, and filters alone. */
    static List<SearchQuery> queries(ReportIndex index) throws IOException {
        String department = index.departments().stream().max(java.util.Comparator.comparingInt(
                ReportIndex.Department::reports)).map(ReportIndex.Department::name).orElse("财政局");
        return List.of(
                SearchQuery.text("满意度"),
                SearchQuery.text("预算执行率"),
                SearchQuery.text("资金使用 效益"),
                SearchQuery.text("绩效目标").withYears(2021, 2023),
                SearchQuery.all().withDepartment(department).withKinds(Set.of(EntryKind.REPORT)),
                SearchQuery.all().withKinds(Set.of(EntryKind.EVALUATION)).withYears(2021, 2021)
                        .withRange(null, new BigDecimal("80")),
                SearchQuery.text("满意度").withKinds(Set.of(EntryKind.INDICATOR)).withBelowWeight(true),
                SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withRule("unit"),
                SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withSeverity("error").withPage(20, 20));
    }

    static void run(java.nio.file.Path dir, int repeats, PrintWriter out) throws IOException {
        try (ReportIndex index = ReportIndex.open(dir)) {
            long reports = index.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withPage(0, 0)).total();
            long entries = index.search(SearchQuery.all().withPage(0, 0)).total();
            List<SearchQuery> queries = queries(index);
            for (SearchQuery q : queries) {
                index.search(q); // warm-up
            }
            List<Double> millis = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                for (SearchQuery q : queries) {
                    long t0 = System.nanoTime();
                    index.search(q);
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("search: %d reports, %d entries; %d queries x %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms"
                            + " (hits, snippets and facets; %d cores available)%n",
                    reports, entries, queries.size(), repeats, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], Runtime.getRuntime().availableProcessors());
            for (SearchQuery q : queries) {
                double[] t = new double[Math.max(1, repeats)];
                long total = 0;
                for (int r = 0; r < t.length; r++) {
                    long t0 = System.nanoTime();
                    total = index.search(q).total();
                    t[r] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(t);
                out.printf("  %8.1f ms median  %7d matches  %s%n", percentile(t, 50), total, describe(q));
            }
        }
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String describe(SearchQuery q) {
        StringBuilder b = new StringBuilder();
        if (q.text() != null) {
            b.append('"').append(q.text()).append("\" ");
        }
        if (q.yearFrom() != null) {
            b.append("year ").append(q.yearFrom()).append("..").append(q.yearTo()).append(' ');
        }
        if (q.department() != null) {
            b.append("department ").append(q.department()).append(' ');
        }
        if (!q.kinds().isEmpty()) {
            b.append("kind ").append(q.kinds()).append(' ');
        }
        if (q.rule() != null) {
            b.append("rule ").append(q.rule()).append(' ');
        }
        if (q.severity() != null) {
            b.append("severity ").append(q.severity()).append(' ');
        }
        if (q.max() != null) {
            b.append("max ").append(q.max()).append(' ');
        }
        if (q.belowWeight()) {
            b.append("below-weight ");
        }
        return b.toString().strip();
    }
}
