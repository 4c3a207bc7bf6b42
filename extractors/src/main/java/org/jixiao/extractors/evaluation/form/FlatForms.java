package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FlatVocabulary.Column;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Unit;

/**
 * Self-evaluation forms whose grid was lost in publishing: the budget block's header words run together
 * ({@code 年初预算数全年预算数全年执行数分值执行率得分}), each line a label with its values run together
 * ({@code 年度资金总额236.50236.50221.0810093.48%9.35}), or one cell per line, or the whole form on one
 * line, or a PDF dump's single line where the values follow the header with their labels torn off and printed
 * elsewhere ({@link FlatValueRun}). The header's column words (data: {@code flat-vocabulary.tsv}) say what the
 * values are; the values' shapes split them ({@link RunTogether}); the 总分 line after the block gives the form's
 * score. What was placed by inference rather than read under a label is listed in {@link Form#guessed}.
 *
 * <p>Only paragraphs and headings are read: a form the loader rebuilt as a table is read as a table. Every
 * value keeps the exact offsets it was printed at.
 */
public final class FlatForms {

    /** A value read from a flat form, under its column header as printed ({@code 全年执行数(B)}). */
    public record Value(BudgetColumn column, String header, BigDecimal number, String printed, Provenance at) {
    }

    /**
     * One line of the budget block: its label ({@code 年度资金总额}, {@code 中央财政资金}) and values; {@code scattered}
     * when its values were printed out of order and told apart by their arithmetic ({@link ScatteredLine}).
     */
    public record Row(String label, boolean total, List<Value> values, boolean scattered) {

        Row(String label, boolean total, List<Value> values) {
            this(label, total, values, false);
        }

        Value get(BudgetColumn c) {
            return values.stream().filter(v -> v.column() == c).findFirst().orElse(null);
        }
    }

    /**
     * One flat form: the evaluated project's or department's name if printed, the money unit its labels state,
     * the budget lines and the score the form states (its 总分 line); {@code tornRows}, the 分值 and 得分 of
     * indicator rows whose labels were torn off ({@link FlatTornRows}); {@code guessed}, the places whose column
     * was inferred rather than read under a label (a check's difference over them is no error).
     */
    public record Form(String name, Scope scope, Unit unit, List<Row> rows, List<FlatEntries.Entry> entries, Value score,
                       Provenance at, FlatIndicatorTable.Result indicators, Provenance scoreStatement,
                       List<FlatIndicators.Line> tornRows, List<Provenance> guessed, String grade) {
    }

    /**
     * A grade its header block states under a grade label ({@code 评价等级优}, {@code 绩效等级 / 优} one cell a line):
     * the label, then at once the grade word, nothing after it on its line but what is not a Chinese character.
     */
    private static final Pattern GRADE = Pattern.compile(FormLabels.GRADE_LABEL + "[:：]?\\s*("
            + FormLabels.GRADE_WORDS + ")(?![\\p{IsHan}])");
    /** How far before its budget or indicator header a form's header block states its grade. */
    private static final int GRADE_LOOK_BACK = 300;

    /** The grade the header block in {@code [from, to)} states last, or null. */
    private static String grade(String text, int from, int to) {
        Matcher m = GRADE.matcher(text).region(Math.max(from, to - GRADE_LOOK_BACK), to);
        String last = null;
        while (m.find()) {
            last = m.group(3);
        }
        return last;
    }

    /** The budget line's weight or score for the sums: zero when the header has no such column, null if unread. */
    private static BigDecimal budgetPoints(List<Column> cols, Row row, BudgetColumn c) {
        if (cols.stream().noneMatch(x -> x.kind() == c)) {
            return BigDecimal.ZERO;
        }
        Value v = row.get(c);
        return v == null ? null : v.number();
    }

    private static final Pattern DEPARTMENT_TITLE = Pattern.compile("部门整体|整体支出");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MAX_LABEL = 20;
    /** How far before its header a form's name or unit is looked for. */
    private static final int LOOK_BACK = 120;

    private FlatForms() {
    }

    /** The flat forms of {@code doc}, in document order. */
    public static List<Form> read(SourceDocument doc) {
        List<Form> out = new ArrayList<>();
        for (FlatText t : FlatText.of(doc)) {
            out.addAll(read(t));
        }
        return out;
    }

    /**
     * The provenance of every indicator row and first-level section read from a flat indicator table, and of every
     * value of a budget line read out of order: a grid rebuilt from run-together text, whose alignment was
     * inferred, so no check may call a difference over them an error.
     */
    public static java.util.Set<Provenance> guessedGrid(SourceDocument doc) {
        return guessedGrid(read(doc));
    }

    /** As {@link #guessedGrid(SourceDocument)}, over the document's flat forms already read. */
    public static java.util.Set<Provenance> guessedGrid(List<Form> forms) {
        java.util.Set<Provenance> out = new java.util.HashSet<>();
        for (Form f : forms) {
            f.rows().stream().filter(Row::scattered).forEach(r -> r.values().forEach(v -> out.add(v.at())));
            if (f.indicators() != null) {
                f.indicators().indicators().forEach(i -> out.add(i.at()));
                f.indicators().sections().forEach(s -> out.add(s.at()));
            }
            out.addAll(f.guessed());
        }
        return out;
    }

    /**
     * Where the budget values of {@code forms} were read under their columns, those placed by inference left out
     * ({@link #guessedGrid}): a form's value read from its own text is the form's as much as a table cell is, and
     * the checks that compare the prose with the forms take these as they take cells.
     */
    public static Set<Provenance> budgetValues(List<Form> forms) {
        Set<Provenance> out = new HashSet<>();
        for (Form f : forms) {
            f.rows().forEach(r -> r.values().forEach(v -> out.add(v.at())));
        }
        out.removeAll(guessedGrid(forms));
        return out;
    }

    /**
     * The flat form an evaluation was read from (matched by its place), or null: the checks quote its 总分 line
     * and ask whether its indicator table was read to that line.
     */
    public static Form formOf(SourceDocument doc, Evaluation e) {
        return formOf(doc, e, () -> read(doc));
    }

    /**
     * As {@link #formOf(SourceDocument, Evaluation)}, with the document's flat forms from {@code forms}, asked
     * only when an evaluation outside a table could have come from one.
     */
    public static Form formOf(SourceDocument doc, Evaluation e, java.util.function.Supplier<List<Form>> forms) {
        if (doc == null || e.at() == null || e.at().inTable()) {
            return null;
        }
        return forms.get().stream().filter(f -> e.at().equals(f.at())).findFirst().orElse(null);
    }

    /** One evaluation per flat form that has a budget line or indicator rows. */
    static List<Evaluation> evaluations(List<Form> forms) {
        List<Evaluation> out = new ArrayList<>();
        for (Form f : forms) {
            Row total = f.rows().stream().filter(Row::total).findFirst().orElse(null);
            if ((total == null || total.values().isEmpty()) && f.indicators() == null) {
                continue;
            }
            if (total == null) {
                total = new Row("", true, List.of()); // the indicator rows read, the budget line not
            }
            Budget budget = new Budget(amount(total.get(BudgetColumn.INITIAL), f.unit()),
                    amount(total.get(BudgetColumn.FULL_YEAR), f.unit()),
                    amount(total.get(BudgetColumn.EXECUTED), f.unit()), rate(total.get(BudgetColumn.RATE)));
            Value w = total.get(BudgetColumn.WEIGHT);
            Value s = total.get(BudgetColumn.SCORE);
            List<Section> sections = new ArrayList<>();
            if (w != null || s != null) {
                sections.add(new Section(BudgetBlock.SECTION_NAME, w == null ? null : w.number(),
                        s == null ? null : s.number(), (w != null ? w : s).at()));
            }
            FlatIndicatorTable.Result table = f.indicators();
            if (table != null) {
                sections.addAll(table.sections());
            }
            out.add(new Evaluation(f.scope(), f.name(), budget, f.score() == null ? null : f.score().number(),
                    null, f.grade(), sections, table == null ? List.of() : table.indicators(), f.at()));
        }
        return out;
    }

    static List<Form> read(FlatText t) {
        FlatVocabulary vocab = FlatVocabulary.get();
        String text = t.text();
        List<Form> out = new ArrayList<>();
        List<int[]> headers = new ArrayList<>();
        Matcher m = vocab.header.matcher(text);
        for (int from = 0; vocab.headerStarts.find(m, text, from); from = m.end()) {
            List<Column> cols = vocab.columnsOf(m.group());
            boolean planned = cols.stream().anyMatch(c -> c.kind() == BudgetColumn.INITIAL
                    || c.kind() == BudgetColumn.FULL_YEAR);
            boolean executed = cols.stream().anyMatch(c -> c.kind() == BudgetColumn.EXECUTED);
            if (planned && executed) {
                headers.add(new int[] {m.start(), m.end()});
            }
        }
        Form alone = tableAlone(t, headers.isEmpty() ? text.length() : headers.get(0)[0]);
        if (alone != null) {
            out.add(alone);
        }
        int previousEnd = 0;
        for (int i = 0; i < headers.size(); i++) {
            int start = headers.get(i)[0];
            int end = headers.get(i)[1];
            int next = i + 1 < headers.size() ? headers.get(i + 1)[0] : text.length();
            List<Column> cols = vocab.columnsOf(text.substring(start, end));
            String before = text.substring(Math.max(previousEnd, start - LOOK_BACK), start);
            Unit unit = FormCells.moneyUnit(before + text.substring(start, end)).orElse(null);
            List<Row> rows = new ArrayList<>();
            int rowsEnd = rows(t, end, next, cols, rows);
            List<Provenance> guessed = new ArrayList<>();
            if (rows.isEmpty()) {
                rowsEnd = ScatteredLine.totalLine(t, end, next, cols, before, rows);
            }
            // values after a header whose total label stands before it may be in any order (ScatteredLine): when
            // their arithmetic did not tell them apart, the header's order is no evidence either
            FlatValueRun.Result run = rows.isEmpty() && ScatteredLine.totalBefore(before) == null
                    ? FlatValueRun.read(t, end, next, cols) : null;
            if (run != null) {
                // the labels were torn from the values: the unit's label may stand after the header too
                rows.add(run.row());
                rowsEnd = run.end();
                guessed.addAll(run.guessed());
                if (unit == null) {
                    unit = FormCells.moneyUnit(text.substring(end, rowsEnd)).orElse(null);
                }
            }
            FlatIndicatorTable.Result table = FlatIndicatorTable.read(t, rowsEnd, next);
            if (table == null) {
                table = FlatCriteriaTable.read(t, rowsEnd, next);
            }
            Value score = FlatScore.find(t, rowsEnd, next);
            List<FlatIndicators.Line> torn = List.of();
            FlatScore.Torn total = score == null && run != null ? FlatScore.displaced(t, rowsEnd, next) : null;
            if (total != null) {
                score = total.score();
                guessed.add(score.at());
                torn = FlatTornRows.read(t, rowsEnd, total, budgetPoints(cols, run.row(), BudgetColumn.WEIGHT),
                        budgetPoints(cols, run.row(), BudgetColumn.SCORE));
                torn.forEach(l -> guessed.addAll(List.of(l.weight().at(), l.score().at())));
            }
            int scoreFrom = rowsEnd;
            int beforeFrom = Math.max(previousEnd, start - LOOK_BACK);
            int label = score == null ? lastNameLabel(text, beforeFrom, start, vocab) : -1;
            if (label >= 0) {
                // no closing row states it: the header block may (单位名称某某局综合得分88.6), after its own name
                score = FlatScore.inHeader(t, label, start);
                scoreFrom = label;
            }
            List<FlatEntries.Entry> entries = FlatEntries.read(t, rowsEnd, next);
            String[] name = name(before, vocab);
            Scope scope = scope(name, before);
            int firstLine = text.indexOf('\n', start);
            Provenance at = t.at(start, firstLine < 0 || firstLine > end ? end : firstLine);
            if (!guessed.isEmpty()) {
                guessed.add(at); // a finding over the whole evaluation quotes its header
            }
            out.add(new Form(name == null ? null : name[0], scope, unit, rows, entries, score, at, table,
                    FlatScore.statement(t, scoreFrom, scoreFrom == rowsEnd ? next : start, score), torn,
                    List.copyOf(guessed), grade(text, Math.max(previousEnd, start - LOOK_BACK), start)));
            previousEnd = rowsEnd;
        }
        return out;
    }

    /**
     * An indicator table printed before any budget header (a form whose budget block was not read, or that has
     * none): a form of its own, named by the name label before it, scored by the 总分 line after its rows or the
     * 总得分 its title line states; a project's table that states no score is not read.
     */
    private static Form tableAlone(FlatText t, int limit) {
        String text = t.text();
        int[] h = FlatIndicatorTable.header(text, 0, limit);
        FlatIndicatorTable.Result table = h == null ? null : FlatIndicatorTable.read(t, h[0], limit);
        if (table == null) {
            h = FlatCriteriaTable.header(text, 0, limit);
            table = h == null ? null : FlatCriteriaTable.read(t, h[0], limit);
        }
        if (table == null) {
            return null;
        }
        FlatVocabulary vocab = FlatVocabulary.get();
        String before = text.substring(0, h[0]);
        String[] name = name(before, vocab);
        Scope scope = scope(name, before);
        Value score = FlatScore.find(t, table.end(), limit);
        int scoreFrom = table.end();
        if (score == null) {
            score = FlatScore.find(t, 0, h[0]);
            scoreFrom = 0;
        }
        if (score == null && scope != Scope.DEPARTMENT) {
            // an unscored project form beside the project's scored prose would leave the report without a headline
            // score (two evaluations, one unscored): read only a table that states its score or is the department's
            return null;
        }
        return new Form(name == null ? null : name[0], scope, null, List.of(), List.of(), score, t.at(h[0], h[1]),
                table, FlatScore.statement(t, scoreFrom, limit, score), List.of(), List.of(), grade(text, 0, h[0]));
    }

    /** A form names the department or the project; without a name label, a 部门整体 title says which. */
    private static Scope scope(String[] name, String before) {
        if (name != null) {
            // 项目名称, 专项资金名称, 转移支付(项目)名称 name a project; 部门(单位)名称, 单位名称 … the department
            return name[1].contains("项目") || FormLabels.PROJECT_NAME.matcher(name[1]).matches() ? Scope.PROJECT
                    : Scope.DEPARTMENT;
        }
        return DEPARTMENT_TITLE.matcher(before).find() ? Scope.DEPARTMENT : Scope.PROJECT;
    }

    /** A budget line as read: its label, place and every reading its values allow. */
    private record Line(String label, boolean total, int valueStart, int valueEnd, List<RunTogether.Value[]> readings) {
    }

    /**
     * Reads the budget lines from {@code from}; returns where they end. When the total line allows several
     * readings, the one whose amounts are the sums of the funding-source lines below it is taken, if exactly
     * that one is.
     */
    private static int rows(FlatText t, int from, int limit, List<Column> cols, List<Row> out) {
        FlatVocabulary vocab = FlatVocabulary.get();
        String text = t.text();
        List<BudgetColumn> kinds = cols.stream().map(Column::kind).toList();
        List<Line> lines = new ArrayList<>();
        BigDecimal[] ceiling = null;
        int pos = from;
        while (pos < limit) {
            int labelStart = skipSpace(text, pos, limit);
            int labelEnd = labelStart;
            while (labelEnd < limit && !isValueChar(text.charAt(labelEnd)) && labelEnd - labelStart <= MAX_LABEL) {
                labelEnd++;
            }
            String label = Spaces.removed(text.substring(labelStart, labelEnd));
            String bare = label.replaceFirst("^其中[:：]?", "").replaceAll("[:：]$", "");
            boolean total = lines.isEmpty() && contains(bare, vocab.totals);
            boolean source = !lines.isEmpty() && contains(bare, vocab.sources);
            if (labelEnd - labelStart > MAX_LABEL || bare.isEmpty() || !HAN.matcher(bare).find()
                    || !total && !source) {
                break;
            }
            int valueEnd = labelEnd;
            while (valueEnd < limit && isValueChar(text.charAt(valueEnd))) {
                valueEnd++;
            }
            while (valueEnd > labelEnd && Character.isWhitespace(text.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            if (valueEnd == labelEnd) {
                break; // a label with nothing after it: the block has ended, or the next label runs into it
            }
            List<RunTogether.Value[]> readings = RunTogether.readings(text, labelEnd, valueEnd, kinds, ceiling);
            if (source) {
                // a source is not scored: its readings without the points columns compete with the others, and
                // the rate check prefers what its 执行数 ÷ 预算数 confirms
                List<RunTogether.Value[]> unscored = RunTogether.unscored(text, labelEnd, valueEnd, kinds, ceiling);
                if (!unscored.isEmpty()) {
                    List<RunTogether.Value[]> all = new ArrayList<>(readings);
                    all.addAll(unscored);
                    readings = RunTogether.preferred(all, kinds);
                }
            }
            lines.add(new Line(bare, total, labelEnd, valueEnd, readings));
            if (total) {
                ceiling = largest(readings, kinds.size());
            }
            pos = valueEnd;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<RunTogether.Value[]> readings = line.readings();
            if (line.total() && readings.size() > 1) {
                readings = bySources(readings, lines.subList(1, lines.size()), kinds);
            }
            List<Value> values = new ArrayList<>();
            for (RunTogether.Value v : RunTogether.agreed(readings, kinds.size())) {
                Column c = cols.get(v.column());
                values.add(new Value(c.kind(), c.text(), v.number(), v.text(), t.at(v.start(), v.end())));
            }
            out.add(new Row(line.label(), line.total(), values));
        }
        return pos;
    }

    /** Per column, the largest value any reading gives it: a bound no funding-source line can exceed. */
    private static BigDecimal[] largest(List<RunTogether.Value[]> readings, int n) {
        if (readings.isEmpty()) {
            return null;
        }
        BigDecimal[] max = new BigDecimal[n];
        for (RunTogether.Value[] r : readings) {
            for (int c = 0; c < n; c++) {
                if (r[c] != null && (max[c] == null || r[c].number().compareTo(max[c]) > 0)) {
                    max[c] = r[c].number();
                }
            }
        }
        return max;
    }

    /** The total-line readings whose amounts equal the sums of the source lines, where those are read. */
    private static List<RunTogether.Value[]> bySources(List<RunTogether.Value[]> readings, List<Line> sources,
                                                       List<BudgetColumn> kinds) {
        List<RunTogether.Value[]> kept = new ArrayList<>(readings);
        for (int c = 0; c < kinds.size(); c++) {
            if (!RunTogether.isAmount(kinds.get(c))) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int summed = 0;
            for (Line s : sources) {
                for (RunTogether.Value v : RunTogether.agreed(s.readings(), kinds.size())) {
                    if (v.column() == c) {
                        sum = sum.add(v.number());
                        summed++;
                    }
                }
            }
            if (summed < 2) {
                continue;
            }
            final int col = c;
            final BigDecimal total = sum;
            List<RunTogether.Value[]> match = kept.stream()
                    .filter(r -> r[col] != null && r[col].number().compareTo(total) == 0).toList();
            if (!match.isEmpty()) {
                kept = new ArrayList<>(match);
            }
        }
        return kept;
    }

    static int skipSpace(String text, int pos, int limit) {
        while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    static boolean isValueChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '%' || Character.isWhitespace(c)
                || RunTogether.isDash(c);
    }

    static boolean contains(String label, List<String> words) {
        return words.stream().anyMatch(label::contains);
    }

    /** Where the last name label in {@code text[from, to)} starts, or -1: the start of this form's header block. */
    private static int lastNameLabel(String text, int from, int to, FlatVocabulary vocab) {
        Matcher m = vocab.nameLabel.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The last name label before the header and the name after it: {name, label}; null when none. */
    private static String[] name(String before, FlatVocabulary vocab) {
        Matcher m = vocab.nameLabel.matcher(before);
        String[] found = null;
        while (m.find()) {
            String rest = before.substring(m.end());
            int end = rest.length();
            int nl = rest.indexOf('\n');
            if (nl >= 0) {
                end = nl;
            }
            for (String stop : vocab.nameEnds()) {
                int i = rest.indexOf(stop);
                if (i >= 0 && i < end) {
                    end = i;
                }
            }
            String name = FormCells.clean(rest.substring(0, end));
            if (name != null && name.length() >= 2 && name.length() <= 60) {
                found = new String[] {name, m.group(1)};
            }
        }
        return found;
    }

    private static Amount amount(Value v, Unit unit) {
        if (v == null) {
            return null;
        }
        if (unit == null) {
            return new Amount(v.number(), null, null, v.at());
        }
        BigDecimal yuan = v.number().scaleByPowerOfTen(unit.exponent());
        return new Amount(v.number(), unit.symbol(), yuan.scale() < 0 ? yuan.setScale(0) : yuan, v.at());
    }

    private static Rate rate(Value v) {
        return v == null ? null : new Rate(v.number(), "%", v.at());
    }
}
