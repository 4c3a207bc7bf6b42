package org.jixiao.extractors.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report as the dataset contract stores it ({@code jixiao.report/1}): everything of a {@link Report} except the
 * document itself. This is what later stages (the index, exports, the web page, cross-year checks) get back when
 * they read a stored record, typed with the same model records, so they never walk a JSON tree by hand.
 *
 * <p>{@code read(ReportJson.toTree(r))} equals {@code of(r)}: the contract loses nothing the model holds apart
 * from the document's blocks and text.
 *
 * @param id           sha256 of the file's bytes, or null for a file that could not be read
 * @param pages        page count, or null where the format has none
 * @param otherSources other files of the same report (the same report saved as .docx, .pdf and .txt), as the index
 *                     found them; always empty from {@code jixiao extract}, which looks at one file at a time
 */
public record ReportRecord(String id, String path, String format, Integer pages, boolean ocr, String title,
                           String department, List<String> aliases, String region, Integer year, String scope,
                           BigDecimal score, String grade, List<Evaluation> evaluations, List<Figure> figures,
                           List<Finding> findings, List<String> errors, List<String> warnings,
                           List<Source> otherSources) {

    /** Another file of the same report: its sha256, path as given, detected format and page count. */
    public record Source(String id, String path, String format, Integer pages) {
    }

    /** A record of one file (no other sources known). */
    public ReportRecord(String id, String path, String format, Integer pages, boolean ocr, String title,
                        String department, List<String> aliases, String region, Integer year, String scope,
                        BigDecimal score, String grade, List<Evaluation> evaluations, List<Figure> figures,
                        List<Finding> findings, List<String> errors, List<String> warnings) {
        this(id, path, format, pages, ocr, title, department, aliases, region, year, scope, score, grade, evaluations,
                figures, findings, errors, warnings, List.of());
    }

    public ReportRecord {
        otherSources = List.copyOf(otherSources);
        aliases = List.copyOf(aliases);
        evaluations = List.copyOf(evaluations);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The stored form of an extracted report. */
    public static ReportRecord of(Report r) {
        var md = r.metadata();
        return new ReportRecord(r.source().id(), r.source().path().toString(), r.source().format().label(),
                r.source().pageCount() > 0 ? r.source().pageCount() : null, r.source().ocr(), md.title(),
                md.department(), md.aliases(), md.region(), md.year(), md.scope().label(), r.score(), r.grade(),
                r.evaluations(), r.figures(), r.findings(), r.errors(), r.source().warnings());
    }

    /** Reads a contract record (one line of {@code jixiao extract}); unknown fields are ignored, missing ones null. */
    public static ReportRecord read(JsonNode n) {
        JsonNode source = n.path("source");
        return new ReportRecord(text(n, "id"), text(source, "path"), text(source, "format"), integer(source, "pages"),
                source.path("ocr").asBoolean(false), text(n, "title"), text(n, "department"), strings(n, "aliases"),
                text(n, "region"), integer(n, "year"), text(n, "scope"), decimal(n, "score"), text(n, "grade"),
                list(n, "evaluations", ReportRecord::evaluation), list(n, "figures", ReportRecord::figure),
                list(n, "findings", ReportRecord::finding), strings(n, "errors"), strings(n, "warnings"),
                list(n, "otherSources", o -> new Source(text(o, "id"), text(o, "path"), text(o, "format"),
                        integer(o, "pages"))));
    }

    /** The same record listing {@code sources} as the report's other files. */
    public ReportRecord withOtherSources(List<Source> sources) {
        return new ReportRecord(id, path, format, pages, ocr, title, department, aliases, region, year, scope, score,
                grade, evaluations, figures, findings, errors, warnings, sources);
    }

    /** Parses one JSON line. */
    public static ReportRecord read(String json) {
        return read(ReportJson.parse(json));
    }

    static Evaluation evaluation(JsonNode n) {
        JsonNode b = n.path("budget");
        Budget budget = new Budget(amount(b.get("initial")), amount(b.get("fullYear")), amount(b.get("executed")),
                rate(b.get("rate")));
        return new Evaluation(scope(text(n, "scope")), text(n, "name"), budget, decimal(n, "score"),
                decimal(n, "maxScore"), text(n, "grade"),
                list(n, "sections", s -> new Section(text(s, "name"), decimal(s, "weight"), decimal(s, "score"),
                        at(s.get("at")))),
                list(n, "indicators", i -> new Indicator(text(i, "level1"), text(i, "level2"), text(i, "level3"),
                        text(i, "target"), text(i, "actual"), text(i, "unit"), decimal(i, "weight"),
                        decimal(i, "score"), text(i, "note"), at(i.get("at")))),
                at(n.get("at")));
    }

    static Figure figure(JsonNode n) {
        return new Figure(text(n, "label"), decimal(n, "value"), text(n, "unit"), decimal(n, "yuan"),
                kind(text(n, "kind")), at(n.get("at")));
    }

    /** One finding as the contract writes it (an element of a record's {@code findings}, or a stored finding entry). */
    public static Finding finding(JsonNode n) {
        return new Finding(text(n, "rule"), text(n, "code"), severity(text(n, "severity")), text(n, "message"),
                text(n, "expected"), text(n, "actual"), text(n, "tolerance"), list(n, "at", ReportRecord::at),
                strings(n, "related"));
    }

    static Amount amount(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Amount(decimal(n, "value"), text(n, "unit"), decimal(n, "yuan"), at(n.get("at")));
    }

    static Rate rate(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Rate(decimal(n, "value"), text(n, "unit"), at(n.get("at")));
    }

    static Provenance at(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Provenance(integer(n, "page"), integer(n, "table"), integer(n, "row"), integer(n, "col"),
                n.path("start").asInt(), n.path("end").asInt(), text(n, "text"));
    }

    private static Evaluation.Scope scope(String label) {
        for (Evaluation.Scope s : Evaluation.Scope.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return Evaluation.Scope.PROJECT;
    }

    private static Figure.Kind kind(String label) {
        for (Figure.Kind k : Figure.Kind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown figure kind: " + label);
    }

    private static Finding.Severity severity(String label) {
        for (Finding.Severity s : Finding.Severity.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + label);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(f.apply(v)));
        return out;
    }
}
