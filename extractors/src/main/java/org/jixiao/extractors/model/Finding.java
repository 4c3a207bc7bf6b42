package org.jixiao.extractors.model;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;

/**
 * A consistency problem, with the evidence for it.
 *
 * @param rule      the rule family of the dataset contract ({@code sum}, {@code rate}, {@code grade} …)
 * @param code      a stable, more specific identifier ({@code sum.table-total})
 * @param message   one sentence a finance officer understands
 * @param tolerance how rounding was allowed for
 * @param at        every figure involved, in this report
 * @param related   ids of other reports the finding compares this one with (cross-year, boilerplate); the
 *                  {@code at} spans are all in this report, the other report's evidence is quoted in the message
 */
public record Finding(String rule, String code, Severity severity, String message, String expected, String actual,
                      String tolerance, List<Provenance> at, List<String> related) {

    public Finding {
        at = List.copyOf(at);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding inside one document: no other report involved. */
    public Finding(String rule, String code, Severity severity, String message, String expected, String actual,
                   String tolerance, List<Provenance> at) {
        this(rule, code, severity, message, expected, actual, tolerance, at, List.of());
    }

    /**
     * How a finding's message names another report (the one its {@code related} id points to):
     * 《title》（2023年，file.docx）, enough for an officer to open it. The folder of the path is left out.
     */
    public static String otherReport(String title, Integer year, String path) {
        String file = path == null ? null : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        List<String> parts = new ArrayList<>();
        if (year != null) {
            parts.add(year + "年");
        }
        if (file != null) {
            parts.add(file);
        }
        return "《" + (title == null ? "（无标题）" : title) + "》" + (parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）");
    }

    /** How sure and how serious. */
    public enum Severity {
        /** Impossible under any rounding. */
        ERROR("error"),
        /** Suspicious but possible. */
        WARNING("warning"),
        /** A rounding-level note. */
        INFO("info");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
