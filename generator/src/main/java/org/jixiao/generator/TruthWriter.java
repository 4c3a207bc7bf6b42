package org.jixiao.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a report's ground truth, {@code NAME.truth.json}: the record of the dataset contract ({@code schema},
 * {@code department}, {@code region}, {@code year}, {@code score}, {@code grade}, {@code evaluations}) plus what
 * only the generator knows: {@code generator} (seeds), {@code alias}, {@code province}, {@code gradeBands},
 * each form's {@code budgetLines} and project owners, {@code prose} (the figures the text states),
 * {@code planted} (what a checker must find) and {@code roundingOnly} (what it must not flag).
 *
 * <p>The contract's part is not re-serialized here: the evaluations and amounts become the extractors' own
 * model records ({@link org.jixiao.extractors.model}) and are written by the contract's writer
 * ({@link ReportJson}), so the truth cannot drift from what {@code jixiao extract} writes. Two differences are
 * deliberate: the generator knows no offsets into the rendered file, so the truth has no {@code at} fields
 * (the writer's {@code "at": null} is left out), and it is indented, one value a line, for people and diffs.
 */
public final class TruthWriter {

    public static final String SCHEMA = Report.SCHEMA;

    /** The contract's mapper (exact decimals, never an exponent), indented. */
    private static final ObjectWriter JSON = ReportJson.mapper().writerWithDefaultPrettyPrinter();

    private TruthWriter() {
    }

    public static String toJson(GeneratedReport r, String title, String fileName, OutputFormat format, long corpusSeed,
                                int index) {
        try {
            return JSON.writeValueAsString(tree(r, title, fileName, format, corpusSeed, index)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the truth of " + r.stem(), e);
        }
    }

    public static void write(GeneratedReport r, String title, Path file, String fileName, OutputFormat format,
                             long corpusSeed, int index) throws IOException {
        Files.writeString(file, toJson(r, title, fileName, format, corpusSeed, index));
    }

    static ObjectNode tree(GeneratedReport r, String title, String fileName, OutputFormat format, long corpusSeed,
                           int index) {
        ObjectNode root = ReportJson.mapper().createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode gen = root.putObject("generator");
        gen.put("seed", corpusSeed);
        gen.put("index", index);
        gen.put("reportSeed", r.seed());
        ObjectNode source = root.putObject("source");
        source.put("path", fileName);
        source.put("format", format == OutputFormat.GB18030 || format.web() ? "txt" : format.label());
        source.put("encoding", format == OutputFormat.GB18030 ? "GB18030"
                : format == OutputFormat.TXT || format == OutputFormat.HTML || format.web() ? "UTF-8" : null);
        if (format.web()) {
            source.put("flattened", format.label()); // only for web-*, so the other truths stay as they were
        }
        root.put("title", title);
        root.put("department", r.department().name());
        root.put("alias", r.department().alias());
        root.put("region", r.department().region().text());
        root.put("province", r.department().region().province());
        root.put("formTemplate", r.template().name());
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
        FormTemplate template = r.template();
        evals.add(evaluation(r.whole(), template));
        r.projects().forEach(p -> evals.add(evaluation(p, template)));
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
        if (r.copiedFrom() != null) { // a planted copy: the boilerplate rule must name the report copied from
            ObjectNode c = root.putObject("copied");
            c.put("rule", "boilerplate");
            c.put("from", r.copiedFrom().stem());
            c.put("passage", Practice.paragraph(r.copiedFrom().seed(), r.department().alias()));
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

    /** The report's evaluations as the contract's model holds them: the department's form first, then projects. */
    public static List<org.jixiao.extractors.model.Evaluation> evaluations(GeneratedReport r) {
        List<org.jixiao.extractors.model.Evaluation> out = new ArrayList<>();
        out.add(contract(r.whole(), r.template()));
        r.projects().forEach(p -> out.add(contract(p, r.template())));
        return out;
    }

    /**
     * One form in the contract's model. The budget is the total line (年度资金总额); the by-source lines have no
     * place in the contract and go to the truth's {@code budgetLines}. Empty unit and note are printed as
     * nothing, which the contract writes as null, and so is a figure the template does not print (a form
     * without a 年初 column has no initial budget). No provenance: nothing here was read from a file.
     */
    static org.jixiao.extractors.model.Evaluation contract(Evaluation e, FormTemplate template) {
        BudgetLine t = e.totalLine();
        Budget budget = new Budget(template.prints(FormTemplate.Field.INITIAL) ? amount(t.initial()) : null,
                amount(t.fullYear()), amount(t.executed()),
                new Rate(t.rate(), "%", null));
        return new org.jixiao.extractors.model.Evaluation(scope(e.scope()), e.name(), budget, e.total(),
                e.maxScore(), e.grade(),
                e.sections().stream()
                        .map(s -> new org.jixiao.extractors.model.Section(s.name(), s.weight(), s.score(), null))
                        .toList(),
                e.indicators().stream()
                        .map(i -> new org.jixiao.extractors.model.Indicator(i.level1(), i.level2(), i.level3(),
                                i.target(), i.actual(), emptyToNull(i.unit()), i.weight(), i.score(),
                                emptyToNull(i.note()), null))
                        .toList(),
                null);
    }

    /**
     * The contract's evaluation with what only the generator knows put beside the field it belongs to: the
     * project's supervisor and implementer after its name, the budget block's lines after its total.
     */
    private static ObjectNode evaluation(Evaluation e, FormTemplate template) {
        ObjectNode contract = withoutProvenance(ReportJson.evaluation(contract(e, template)));
        ObjectNode o = ReportJson.mapper().createObjectNode();
        for (Map.Entry<String, JsonNode> field : contract.properties()) {
            o.set(field.getKey(), field.getValue());
            if (field.getKey().equals("name") && e.scope().equals("project")) {
                o.put("supervisor", e.supervisor());
                o.put("implementer", e.implementer());
            } else if (field.getKey().equals("budget")) {
                o.set("budgetLines", budgetLines(e.budget(), template));
            }
        }
        return o;
    }

    /** The budget block's lines under the labels the template prints, each figure only if it is printed. */
    private static ArrayNode budgetLines(List<BudgetLine> lines, FormTemplate template) {
        ArrayNode out = ReportJson.mapper().createArrayNode();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            ObjectNode x = out.addObject();
            x.put("name", template.line(i));
            x.set("initial", template.prints(FormTemplate.Field.INITIAL) ? amountNode(l.initial()) : null);
            x.set("fullYear", amountNode(l.fullYear()));
            x.set("executed", amountNode(l.executed()));
            x.put("rate", l.rate());
            x.put("weight", l.weight());
            x.put("score", l.score());
        }
        return out;
    }

    private static ObjectNode prose(ProseFigures p) {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        o.set("income", amountNode(p.income()));
        o.set("lastIncome", amountNode(p.lastIncome()));
        o.put("direction", p.increase() ? "增加" : "减少");
        o.set("change", amountNode(p.change()));
        o.put("changePercent", p.changePercent());
        o.set("expense", amountNode(p.expense()));
        o.set("basicExpense", amountNode(p.basic()));
        o.set("projectExpense", amountNode(p.projectExpense()));
        o.set("executedInText", amountNode(p.textExecuted()));
        o.put("statedProjectCount", p.statedCount());
        ArrayNode l = o.putArray("listedScores");
        for (ListedScore s : p.listed()) {
            ObjectNode x = l.addObject();
            x.put("name", s.name());
            x.put("score", s.score());
        }
        return o;
    }

    /** A 万元 figure as the contract's Amount: value and unit as printed, and the exact 元 (no exponent). */
    static Amount amount(BigDecimal wan) {
        if (wan == null) {
            return null;
        }
        BigDecimal yuan = wan.movePointRight(4).stripTrailingZeros();
        return new Amount(wan, "万元", yuan.scale() < 0 ? yuan.setScale(0) : yuan, null);
    }

    private static ObjectNode amountNode(BigDecimal wan) {
        return withoutProvenance(ReportJson.amount(amount(wan)));
    }

    /** Drops the contract writer's {@code "at": null} throughout a node: the generator has no provenance. */
    private static ObjectNode withoutProvenance(ObjectNode n) {
        if (n != null) {
            strip(n);
        }
        return n;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o && o.has("at") && o.get("at").isNull()) {
            o.remove("at");
        }
        n.forEach(TruthWriter::strip);
    }

    private static org.jixiao.extractors.model.Evaluation.Scope scope(String label) {
        for (var s : org.jixiao.extractors.model.Evaluation.Scope.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a contract scope: " + label);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
