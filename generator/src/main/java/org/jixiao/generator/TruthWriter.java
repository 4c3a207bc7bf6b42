package org.jixiao.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a report's ground truth, {@code NAME.truth.json}, in the record shape of the dataset contract
 * ({@code schema}, {@code department}, {@code region}, {@code year}, {@code score}, {@code grade},
 * {@code evaluations}) plus what only the generator knows: {@code planted} (what a checker must find) and
 * {@code roundingOnly} (what it must not flag). Amounts are exact decimals with their 元 value.
 */
public final class TruthWriter {

    public static final String SCHEMA = "jixiao.report/1";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private TruthWriter() {
    }

    public static String toJson(GeneratedReport r, String title, String fileName, OutputFormat format, long corpusSeed,
                                int index) {
        try {
            return JSON.writeValueAsString(tree(r, title, fileName, format, corpusSeed, index)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the truth of " + r.stem(), e);
        }
    }

    public static void write(GeneratedReport r, String title, Path file, String fileName, OutputFormat format,
                             long corpusSeed, int index) throws IOException {
        java.nio.file.Files.writeString(file, toJson(r, title, fileName, format, corpusSeed, index));
    }

    static ObjectNode tree(GeneratedReport r, String title, String fileName, OutputFormat format, long corpusSeed, int index) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode gen = root.putObject("generator");
        gen.put("seed", corpusSeed);
        gen.put("index", index);
        gen.put("reportSeed", r.seed());
        ObjectNode source = root.putObject("source");
        source.put("path", fileName);
        source.put("format", format == OutputFormat.GB18030 ? "txt" : format.label());
        source.put("encoding", format == OutputFormat.GB18030 ? "GB18030"
                : format == OutputFormat.TXT || format == OutputFormat.HTML ? "UTF-8" : null);
        root.put("title", title);
        root.put("department", r.department().name());
        root.put("alias", r.department().alias());
        root.put("region", r.department().region().text());
        root.put("province", r.department().region().province());
        root.put("year", r.year());
        root.put("score", r.score());
        root.put("grade", r.grade());
        ArrayNode bands = root.putArray("gradeBands");
        for (GradeScheme.Band b : r.grades().bands()) {
            ObjectNode o = bands.addObject();
            o.put("grade", b.grade());
            o.put("min", b.min());
        }
        ArrayNode evals = root.putArray("evaluations");
        evals.add(evaluation(r.whole(), r.grades()));
        r.projects().forEach(p -> evals.add(evaluation(p, r.grades())));
        root.set("prose", prose(r.prose()));
        ArrayNode planted = root.putArray("planted");
        for (Planted p : r.planted()) {
            ObjectNode o = planted.addObject();
            o.put("rule", p.rule());
            o.put("code", p.code());
            o.put("description", p.description());
            o.put("evaluation", p.evaluation());
            o.put("expected", p.expected());
            o.put("actual", p.actual());
            ArrayNode f = o.putArray("figures");
            p.figures().forEach(f::add);
        }
        ArrayNode rounding = root.putArray("roundingOnly");
        for (RoundingCase c : r.rounding()) {
            ObjectNode o = rounding.addObject();
            o.put("rule", c.rule());
            o.put("description", c.description());
            o.put("evaluation", c.evaluation());
            o.put("naive", c.naive());
            o.put("printed", c.printed());
        }
        return root;
    }

    private static ObjectNode evaluation(Evaluation e, GradeScheme grades) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scope", e.scope());
        o.put("name", e.name());
        if (e.scope().equals("project")) {
            o.put("supervisor", e.supervisor());
            o.put("implementer", e.implementer());
        }
        BudgetLine t = e.totalLine();
        ObjectNode budget = o.putObject("budget");
        budget.set("initial", amount(t.initial()));
        budget.set("fullYear", amount(t.fullYear()));
        budget.set("executed", amount(t.executed()));
        ObjectNode rate = budget.putObject("rate");
        rate.put("value", t.rate());
        rate.put("unit", "%");
        ArrayNode lines = o.putArray("budgetLines");
        for (BudgetLine l : e.budget()) {
            ObjectNode x = lines.addObject();
            x.put("name", l.name());
            x.set("initial", amount(l.initial()));
            x.set("fullYear", amount(l.fullYear()));
            x.set("executed", amount(l.executed()));
            x.put("rate", l.rate());
            x.put("weight", l.weight());
            x.put("score", l.score());
        }
        o.put("score", e.total());
        o.put("maxScore", e.maxScore());
        o.put("grade", e.grade());
        ArrayNode sections = o.putArray("sections");
        for (Section s : e.sections()) {
            ObjectNode x = sections.addObject();
            x.put("name", s.name());
            x.put("weight", s.weight());
            x.put("score", s.score());
        }
        ArrayNode inds = o.putArray("indicators");
        for (Indicator i : e.indicators()) {
            ObjectNode x = inds.addObject();
            x.put("level1", i.level1());
            x.put("level2", i.level2());
            x.put("level3", i.level3());
            x.put("target", i.target());
            x.put("actual", i.actual());
            x.put("unit", i.unit().isEmpty() ? null : i.unit());
            x.put("weight", i.weight());
            x.put("score", i.score());
            x.put("note", i.note().isEmpty() ? null : i.note());
        }
        return o;
    }

    private static ObjectNode prose(ProseFigures p) {
        ObjectNode o = JSON.createObjectNode();
        o.set("income", amount(p.income()));
        o.set("lastIncome", amount(p.lastIncome()));
        o.put("direction", p.increase() ? "增加" : "减少");
        o.set("change", amount(p.change()));
        o.put("changePercent", p.changePercent());
        o.set("expense", amount(p.expense()));
        o.set("basicExpense", amount(p.basic()));
        o.set("projectExpense", amount(p.projectExpense()));
        o.set("executedInText", amount(p.textExecuted()));
        o.put("statedProjectCount", p.statedCount());
        ArrayNode l = o.putArray("listedScores");
        for (ListedScore s : p.listed()) {
            ObjectNode x = l.addObject();
            x.put("name", s.name());
            x.put("score", s.score());
        }
        return o;
    }

    /** The contract's Amount: value and unit as printed, and the exact 元. */
    static ObjectNode amount(BigDecimal wan) {
        ObjectNode o = JSON.createObjectNode();
        o.put("value", wan);
        o.put("unit", "万元");
        BigDecimal yuan = wan.movePointRight(4).stripTrailingZeros();
        o.put("yuan", yuan.scale() < 0 ? yuan.setScale(0) : yuan);
        return o;
    }
}
