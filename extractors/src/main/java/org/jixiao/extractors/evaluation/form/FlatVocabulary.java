package org.jixiao.extractors.evaluation.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jixiao.extractors.text.FirstChars;
import org.jixiao.extractors.text.Spaces;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The words a form without its grid is read by, from {@code flat-vocabulary.tsv} beside this class: budget
 * column headers by column, total-line and funding-source labels, score labels and name labels. Data, so a new
 * template's wording is one line.
 */
final class FlatVocabulary {

    /** A bracketed suffix belonging to the header word before it: (A), (B/A×100%), (20分*执行率). */
    private static final String SUFFIX = "(?:\\s*[(（][^()（）\\n]{1,14}[)）])?";

    private static final FlatVocabulary INSTANCE = load();

    final Map<String, BudgetColumn> columns;
    final List<String> totals;
    final List<String> sources;
    final List<String> scores;
    final List<String> names;
    final List<String> nameEnds;
    private final List<String> nameStops;
    /** First- and second-level indicator names, which start a row of a flat indicator table. */
    final List<String> level1;
    final List<String> level2;
    /** Worded target and actual values (达到预期, 部分达到, 是), longest first. */
    final List<String> answers;
    /** Column words of a flat indicator table's header, by what the column holds. */
    final Map<String, FlatIndicatorTable.Kind> indicatorColumns;
    /** Column words of a project list printed one cell per line, by what the column holds. */
    final Map<String, List<String>> list;
    /** Any name label ({@code 项目名称：}, {@code 单位名称} …) with its colon and spacing; group 1 is the label. */
    final Pattern nameLabel;
    /** One column header with its suffix; group 1 is the bare word. */
    final Pattern column;
    /** Two or more column headers with only white space between them. */
    final Pattern header;
    /** Where a {@link #header} can begin: the first characters of the column words. */
    final FirstChars headerStarts;

    private FlatVocabulary(Map<String, List<String>> lists) {
        Map<String, BudgetColumn> cols = new LinkedHashMap<>();
        for (BudgetColumn c : BudgetColumn.values()) {
            for (String w : lists.getOrDefault("column." + c.name(), List.of())) {
                cols.put(w, c);
            }
        }
        this.columns = cols;
        this.totals = lists.getOrDefault("total", List.of());
        this.sources = lists.getOrDefault("source", List.of());
        this.scores = lists.getOrDefault("form-score", List.of());
        this.names = lists.getOrDefault("name", List.of());
        this.nameLabel = Pattern.compile("(" + alternation(names) + ")[:：]?\\s*");
        this.nameEnds = lists.getOrDefault("name-end", List.of());
        List<String> stops = new ArrayList<>(nameEnds);
        stops.addAll(scores);
        this.nameStops = List.copyOf(stops);
        this.level1 = lists.getOrDefault("level1", List.of());
        this.level2 = lists.getOrDefault("level2", List.of());
        List<String> answers = new ArrayList<>(org.jixiao.corpus.text.AnswerWords.all());
        answers.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.answers = List.copyOf(answers);
        Map<String, FlatIndicatorTable.Kind> ic = new LinkedHashMap<>();
        for (FlatIndicatorTable.Kind k : FlatIndicatorTable.Kind.values()) {
            for (String w : lists.getOrDefault("indicator." + k.name(), List.of())) {
                ic.put(w, k);
            }
        }
        this.indicatorColumns = ic;
        Map<String, List<String>> l = new LinkedHashMap<>();
        lists.forEach((k, v) -> {
            if (k.startsWith("list.")) {
                l.put(k.substring(5), List.copyOf(v));
            }
        });
        this.list = l;
        String words = alternation(new ArrayList<>(cols.keySet()));
        this.column = Pattern.compile("(" + words + ")" + SUFFIX);
        String one = "(?:" + words + ")" + SUFFIX;
        this.header = Pattern.compile(one + "(?:\\s*" + one + ")+");
        this.headerStarts = FirstChars.ofWords(cols.keySet());
    }

    static FlatVocabulary get() {
        return INSTANCE;
    }

    /** The columns a header run names, in order, each with its printed text (suffix included). */
    List<Column> columnsOf(String headerRun) {
        List<Column> out = new ArrayList<>();
        Matcher m = column.matcher(headerRun);
        while (m.find()) {
            out.add(new Column(columns.get(m.group(1)), Spaces.removed(m.group())));
        }
        return out;
    }

    /** What ends a name after its label: the next label of the header block, or the form's score label. */
    List<String> nameEnds() {
        return nameStops;
    }

    /**
     * The budget column a grid's header cell names by one of these words followed by nothing but its bracketed
     * suffix or unit ({@code 预算数(A)}, {@code 计划安排资金(万元)}); null otherwise. {@code key} has no white space.
     */
    BudgetColumn columnStarting(String key) {
        Matcher m = column.matcher(key);
        return m.lookingAt() && (m.end() == key.length() || UNIT_ONLY.matcher(key).region(m.end(), key.length()).matches())
                ? columns.get(m.group(1)) : null;
    }

    /** What may follow a column word in a grid's header cell besides its suffix: a bracketed money unit. */
    private static final Pattern UNIT_ONLY = Pattern.compile("[(（](万元|元|千元|亿元)[)）]");

    /** A budget column as the header printed it. */
    record Column(BudgetColumn kind, String text) {
    }

    /** A regex alternation of literal words, longest first so 年初预算数 wins over 预算数. */
    static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static FlatVocabulary load() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (InputStream in = FlatVocabulary.class.getResourceAsStream("flat-vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource flat-vocabulary.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length == 2) {
                    lists.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FlatVocabulary(lists);
    }
}
