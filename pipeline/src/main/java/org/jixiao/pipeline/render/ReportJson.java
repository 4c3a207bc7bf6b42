package org.jixiao.pipeline.render;

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
import org.jixiao.extractors.model.ReportMetadata;
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
        ObjectNode o = MAPPER.createObjectNode();
        ReportMetadata md = r.metadata();
        o.put("schema", Report.SCHEMA);
        o.put("id", r.source().id());
        ObjectNode source = o.putObject("source");
        source.put("path", r.source().path().toString());
        source.put("format", r.source().format().label());
        if (r.source().pageCount() > 0) {
            source.put("pages", r.source().pageCount());
        } else {
            source.putNull("pages"); // the format has no pages, or did not say
        }
        source.put("ocr", r.source().ocr());
        o.put("title", md.title());
        o.put("department", md.department());
        ArrayNode aliases = o.putArray("aliases");
        md.aliases().forEach(aliases::add);
        o.put("region", md.region());
        if (md.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", md.year());
        }
        o.put("scope", md.scope().label());
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
        r.source().warnings().forEach(warnings::add);
        return o;
    }

    static ObjectNode evaluation(Evaluation e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("scope", e.scope().label());
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

    static ObjectNode amount(Amount a) {
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

    static ObjectNode rate(Rate r) {
        if (r == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", r.value());
        n.put("unit", r.unit());
        n.set("at", at(r.at()));
        return n;
    }

    static ObjectNode figure(Figure f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("label", f.label());
        n.put("value", f.value());
        n.put("unit", f.unit());
        n.put("yuan", f.yuan());
        n.put("kind", f.kind().label());
        n.set("at", at(f.at()));
        return n;
    }

    static ObjectNode finding(Finding f) {
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
        return n;
    }

    static ObjectNode at(Provenance p) {
        return p == null ? null : DocumentJson.at(p);
    }

    /** Exposed for tests: a decimal as this writer prints it. */
    static String plain(BigDecimal v) {
        return write(MAPPER.createObjectNode().put("v", v));
    }

    static List<String> schemaFields() {
        return List.of("schema", "id", "source", "title", "department", "region", "year", "score", "grade",
                "evaluations", "figures", "findings", "errors");
    }
}
