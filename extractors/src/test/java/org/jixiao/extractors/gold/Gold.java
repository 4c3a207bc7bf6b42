package org.jixiao.extractors.gold;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-written gold file: what a real sample report states, in the dataset contract's shape, without
 * provenance. Numbers may be written as JSON numbers or as strings (strings keep a printed scale such as
 * {@code "94.50"}); either way they are read exactly, as {@link BigDecimal}. A null or absent value means the
 * report does not state it, and the scorer does not score it.
 *
 * @param sample the sample's base name ({@code yanfeng-2021})
 * @param files  the sample files holding this report, preferred first
 * @param notes  the judgement calls made while writing the gold
 */
public record Gold(String sample, List<String> files, String title, String department, String region, Integer year,
                   BigDecimal score, String grade, List<Evaluation> evaluations, List<String> notes) {

    public static final String SCHEMA = "jixiao.gold/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public Gold {
        files = List.copyOf(files);
        evaluations = List.copyOf(evaluations);
        notes = List.copyOf(notes);
    }

    /** An evaluation as the report states it; {@code aliases} are other names the report uses for it. */
    public record Evaluation(String scope, String name, List<String> aliases, Budget budget, BigDecimal score,
                             BigDecimal maxScore, String grade, List<Section> sections, List<Indicator> indicators,
                             List<String> notes) {

        public Evaluation {
            aliases = List.copyOf(aliases);
            sections = List.copyOf(sections);
            indicators = List.copyOf(indicators);
            notes = List.copyOf(notes);
        }

        public boolean isDepartment() {
            return "department".equals(scope);
        }

        /** The name and every alias. */
        public List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /**
     * The budget as stated. {@code planned} is a budget figure the report does not call either 年初预算数 or
     * 全年预算数 ({@code 项目预算金额}, {@code 财政拨…万元}); the scorer accepts it from either field.
     */
    public record Budget(Amount initial, Amount fullYear, Amount planned, Amount executed, Amount rate) {
    }

    /** A value with its printed unit (null when the report prints none). */
    public record Amount(BigDecimal value, String unit) {
    }

    public record Section(String name, BigDecimal weight, BigDecimal score) {
    }

    public record Indicator(String level1, String level2, String level3, String target, String actual,
                            BigDecimal weight, BigDecimal score) {
    }

    /** Reads a gold file; a malformed one fails loudly, because a test built on it would mean nothing. */
    public static Gold load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a gold file's JSON text. */
    public static Gold parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!SCHEMA.equals(text(root, "schema"))) {
            throw new IllegalArgumentException("schema is not " + SCHEMA);
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (JsonNode node : root.path("evaluations")) {
            evaluations.add(evaluation(node));
        }
        BigDecimal year = number(root, "year");
        return new Gold(text(root, "sample"), texts(root, "files"), text(root, "title"), text(root, "department"),
                text(root, "region"), year == null ? null : year.intValueExact(), number(root, "score"),
                text(root, "grade"), evaluations, texts(root, "_notes"));
    }

    private static Evaluation evaluation(JsonNode node) {
        String scope = text(node, "scope");
        if (!"department".equals(scope) && !"project".equals(scope)) {
            throw new IllegalArgumentException("evaluation scope must be department or project: " + scope);
        }
        String name = text(node, "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("evaluation without a name");
        }
        JsonNode budget = node.path("budget");
        Budget parsedBudget = new Budget(amount(budget, "initial"), amount(budget, "fullYear"),
                amount(budget, "planned"), amount(budget, "executed"), amount(budget, "rate"));
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : node.path("sections")) {
            sections.add(new Section(text(s, "name"), number(s, "weight"), number(s, "score")));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : node.path("indicators")) {
            String level3 = text(i, "level3");
            if (level3 == null || level3.isBlank()) {
                throw new IllegalArgumentException("indicator without level3 in " + name);
            }
            indicators.add(new Indicator(text(i, "level1"), text(i, "level2"), level3, text(i, "target"),
                    text(i, "actual"), number(i, "weight"), number(i, "score")));
        }
        return new Evaluation(scope, name, texts(node, "aliases"), parsedBudget, number(node, "score"),
                number(node, "maxScore"), text(node, "grade"), sections, indicators, texts(node, "_notes"));
    }

    private static Amount amount(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        BigDecimal value = number(node, "value");
        if (value == null) {
            throw new IllegalArgumentException(field + " without a value");
        }
        return new Amount(value, text(node, "unit"));
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode parent, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : parent.path(field)) {
            out.add(node.asText());
        }
        return out;
    }

    /** A number written as a JSON number or a string, read exactly. */
    private static BigDecimal number(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: " + node.asText(), e);
        }
    }
}
