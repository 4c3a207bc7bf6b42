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
import org.jixiao.index.SearchResult;

/**
 * Search latency on an existing index: a fixed set of queries (the four examples plus plain full text),
 * each run after five warm-up rounds, reported as median and 95th percentile over all runs, one caller thread.
 */
final class SearchBench {

    static final int WARM_UP_ROUNDS = 5;

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
            long reports = index.count(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)));
            long entries = index.count(SearchQuery.all());
            List<SearchQuery> queries = queries(index);
            // warm-up: five rounds, so the JIT has compiled the search paths (a server runs warm; one round left the
            // first measured rounds two to three times slower than the rest)
            for (int r = 0; r < WARM_UP_ROUNDS; r++) {
                for (SearchQuery q : queries) {
                    index.search(q);
                }
            }
            List<Double> millis = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                for (SearchQuery q : queries) {
                    long c0 = processCpu();
                    long t0 = System.nanoTime();
                    index.search(q);
                    millis.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((processCpu() - c0) / 1e6);
                }
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cpuSorted = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("search: %d reports, %d entries; %d queries x %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms"
                            + " (hits, snippets and facets; %d cores available)%n",
                    reports, entries, queries.size(), repeats, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], Runtime.getRuntime().availableProcessors());
            // on a shared machine the wall time waits for other work; the CPU time the search threads spent does not
            out.printf("  CPU time of the search threads per search: median %.1f ms, p95 %.1f ms%n",
                    percentile(cpuSorted, 50), percentile(cpuSorted, 95));
            for (SearchQuery q : queries) {
                double[] t = new double[Math.max(1, repeats)];
                double[] c = new double[t.length];
                SearchResult result = null;
                for (int r = 0; r < t.length; r++) {
                    long c0 = processCpu();
                    long t0 = System.nanoTime();
                    result = index.search(q);
                    t[r] = (System.nanoTime() - t0) / 1e6;
                    c[r] = (processCpu() - c0) / 1e6;
                }
                Arrays.sort(t);
                Arrays.sort(c);
                out.printf("  %8.1f ms median (CPU %5.1f ms)  %s%7d matches  %s%n", percentile(t, 50), percentile(c, 50),
                        result.totalEstimated() ? "~" : " ", result.total(), describe(q));
            }
        }
    }

    /**
     * CPU time of the threads that search (this one and the index's pools) so far, in nanoseconds: the process's
     * own CPU clock ticks in 10 ms steps on Linux, too coarse for one search; the JIT and the collector are left out.
     */
    private static long processCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && (t.getThreadId() == Thread.currentThread().threadId()
                    || t.getThreadName().startsWith("jixiao-"))) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
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
