package org.jixiao.pipeline.render;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * The findings of one report for a finance officer: grouped under the file, most severe first, each with its
 * sentence, expected against actual, the tolerance used, and every piece of evidence with where it is.
 */
public final class FindingsReport {

    private static final int SNIPPET = 80;
    private static final int CONTEXT = 12;

    private FindingsReport() {
    }

    public static void print(Report r, PrintWriter out) {
        String who = r.metadata().department() == null ? "" : "  " + r.metadata().department();
        String year = r.metadata().year() == null ? "" : " " + r.metadata().year() + "年度";
        out.println("== " + r.source().path() + who + year);
        if (r.findings().isEmpty()) {
            out.println("   未发现问题 (no findings)");
        }
        List<Finding> sorted = r.findings().stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)).toList();
        for (Finding f : sorted) {
            out.println("   [" + label(f.severity()) + "] " + f.rule() + "  " + f.message());
            out.println("       应为 expected: " + nz(f.expected()) + "    报告 actual: " + nz(f.actual()));
            if (f.tolerance() != null && !f.tolerance().isBlank() && !f.tolerance().equals("无")) {
                out.println("       容差 tolerance: " + f.tolerance());
            }
            for (Provenance at : f.at()) {
                out.println("       证据 " + where(at) + ": “" + snippet(r, at) + "”");
            }
        }
        for (String e : r.errors()) {
            out.println("   ! " + e);
        }
        out.println();
    }

    static String label(Finding.Severity s) {
        return switch (s) {
            case ERROR -> "错误 error";
            case WARNING -> "提示 warning";
            case INFO -> "说明 info";
        };
    }

    static String where(Provenance at) {
        StringBuilder b = new StringBuilder();
        if (at.page() != null) {
            b.append("第").append(at.page()).append("页 ");
        }
        if (at.table() != null) {
            b.append("表").append(at.table() + 1);
            if (at.row() != null) {
                b.append(" 行").append(at.row() + 1).append(" 列").append(at.col() + 1);
            }
            b.append(' ');
        }
        return b.append("字符").append(at.start()).append('-').append(at.end()).toString();
    }

    /** The evidence in a little context, the exact snippet marked 【…】, so the officer can find the sentence. */
    static String snippet(Report r, Provenance at) {
        String text = r.source().text().text();
        String before = text.substring(Math.max(0, at.start() - CONTEXT), at.start());
        String after = text.substring(at.end(), Math.min(text.length(), at.end() + CONTEXT));
        String exact = at.text().length() > SNIPPET ? at.text().substring(0, SNIPPET) + "…" : at.text();
        return (before + "【" + exact + "】" + after).replaceAll("\\s+", " ");
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
