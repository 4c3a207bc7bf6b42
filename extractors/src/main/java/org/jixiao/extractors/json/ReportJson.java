package org.jixiao.extractors.json;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The structured report as JSON, exactly in the shape of the dataset contract ({@code jixiao.report/1}).
 *
 * <p>Written field by field rather than by reflection, because the shape is a public interface. Numbers are
 * written as exact decimals, plain (never {@code 2.0212900E+7}, never binary-float noise): the node factory keeps
 * BigDecimals as given and the generator writes them without exponent.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ReportJson() {
    }

    public static String toJson(Report r) {
        return write(toTree(r));
    }

    /** The record for a file that could not be read at all: its path and the reason, nothing guessed. */
    public static String unreadable(Path path, String format, String reason) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", Report.SCHEMA);
        o.putNull("id");
        ObjectNode source = o.putObject("source");
        source.put("path", path.toString());
        source.put("format", format);
        source.putNull("pages");
        source.put("ocr", false);
        o.putNull("title");
        o.putNull("department");
        o.putNull("region");
        o.putNull("year");
        o.putNull("score");
        o.putNull("grade");
        o.putArray("evaluations");
        o.putArray("figures");
        o.putArray("findings");
        o.putArray("errors").add(reason);
        return write(o);
    }

    private static String write(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toTree(Report r) {
        return toTree(ReportRecord.of(r));
    }

    public static String toJson(ReportRecord r) {
        return write(toTree(r));
    }

    public static ObjectNode toTree(ReportRecord r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", Report.SCHEMA);
        o.put("id", r.id());
        ObjectNode source = o.putObject("source");
        source.put("path", r.path());
        source.put("format", r.format());
        putNullable(source, "pages", r.pages()); // null: the format has no pages, or did not say
        source.put("ocr", r.ocr());
        o.put("title", r.title());
        o.put("department", r.department());
        ArrayNode aliases = o.putArray("aliases");
        r.aliases().forEach(aliases::add);
        o.put("region", r.region());
        putNullable(o, "year", r.year());
        o.put("scope", r.scope());
        o.put("score", r.score());
        o.put("grade", r.grade());
        ArrayNode evaluations = o.putArray("evaluations");
        r.evaluations().forEach(e -> evaluations.add(evaluation(e)));
        ArrayNode figures = o.putArray("figures");
        r.figures().forEach(f -> figures.add(figure(f)));
        ArrayNode findings = o.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode errors = o.putArray("errors");
        r.errors().forEach(errors::add);
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        if (!r.otherSources().isEmpty()) {
            // only the index knows other files of the same report; extract's output stays as it was
            ArrayNode others = o.putArray("otherSources");
            for (ReportRecord.Source src : r.otherSources()) {
                ObjectNode n = others.addObject();
                n.put("id", src.id());
                n.put("path", src.path());
                n.put("format", src.format());
                putNullable(n, "pages", src.pages());
            }
        }
        return o;
    }

    public static ObjectNode evaluation(Evaluation e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("scope", e.scope() == null ? null : e.scope().label()); // a form whose scope no label or caption states
        n.put("name", e.name());
        Budget b = e.budget() == null ? Budget.NONE : e.budget();
        ObjectNode budget = n.putObject("budget");
        budget.set("initial", amount(b.initial()));
        budget.set("fullYear", amount(b.fullYear()));
        budget.set("executed", amount(b.executed()));
        budget.set("rate", rate(b.rate()));
        n.put("score", e.score());
        n.put("maxScore", e.maxScore());
        n.put("grade", e.grade());
        ArrayNode sections = n.putArray("sections");
        for (Section s : e.sections()) {
            ObjectNode sn = sections.addObject();
            sn.put("name", s.name());
            sn.put("weight", s.weight());
            sn.put("score", s.score());
            sn.set("at", at(s.at()));
        }
        ArrayNode indicators = n.putArray("indicators");
        for (Indicator i : e.indicators()) {
            ObjectNode in = indicators.addObject();
            in.put("level1", i.level1());
            in.put("level2", i.level2());
            in.put("level3", i.level3());
            in.put("target", i.target());
            in.put("actual", i.actual());
            in.put("unit", i.unit());
            in.put("weight", i.weight());
            in.put("score", i.score());
            in.put("note", i.note());
            in.set("at", at(i.at()));
        }
        n.set("at", at(e.at()));
        return n;
    }

    public static ObjectNode amount(Amount a) {
        if (a == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", a.value());
        n.put("unit", a.unit());
        n.put("yuan", a.yuan());
        n.set("at", at(a.at()));
        return n;
    }

    public static ObjectNode rate(Rate r) {
        if (r == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", r.value());
        n.put("unit", r.unit());
        n.set("at", at(r.at()));
        return n;
    }

    public static ObjectNode figure(Figure f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("label", f.label());
        n.put("value", f.value());
        n.put("unit", f.unit());
        n.put("yuan", f.yuan());
        n.put("kind", f.kind().label());
        n.set("at", at(f.at()));
        return n;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", f.rule());
        n.put("code", f.code());
        n.put("severity", f.severity().label());
        n.put("message", f.message());
        n.put("expected", f.expected());
        n.put("actual", f.actual());
        n.put("tolerance", f.tolerance());
        ArrayNode at = n.putArray("at");
        f.at().forEach(p -> at.add(at(p)));
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("related"); // only cross-report findings have it
            f.related().forEach(related::add);
        }
        return n;
    }

    public static ObjectNode at(Provenance p) {
        if (p == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        putNullable(n, "page", p.page());
        putNullable(n, "table", p.table());
        putNullable(n, "row", p.row());
        putNullable(n, "col", p.col());
        n.put("start", p.start());
        n.put("end", p.end());
        n.put("text", p.text()); // always: a reader must be able to quote the evidence without the document
        return n;
    }

    private static void putNullable(ObjectNode n, String k, Integer v) {
        if (v == null) {
            n.putNull(k);
        } else {
            n.put(k, v);
        }
    }

    /** The mapper every reader and writer of the contract shares: exact decimals both ways. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses one line of {@code jixiao extract} output (or a stored record) into a tree, decimals exact. */
    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a jixiao.report record: " + e.getMessage(), e);
        }
    }

    /** Exposed for tests: a decimal as this writer prints it. */
    public static String plain(BigDecimal v) {
        return write(MAPPER.createObjectNode().put("v", v));
    }

    public static List<String> schemaFields() {
        return List.of("schema", "id", "source", "title", "department", "region", "year", "score", "grade",
                "evaluations", "figures", "findings", "errors");
    }
}
