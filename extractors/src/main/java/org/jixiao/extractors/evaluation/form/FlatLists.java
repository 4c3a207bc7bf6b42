package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.number.Unit;

/**
 * Lists of evaluated projects printed one cell per line, as web pages flatten the special-bond result tables
 * (项目名称 / 债券性质 / 已发债券规模 / 自评分数 / 自评等级, each on its own line, then each project's cells the
 * same way). Blank cells leave no line, so a project's cells are paired with the columns by their shapes: the
 * text cells before the first number are the columns before the first numeric column, the numbers are the
 * numeric columns in order; a project whose counts do not fit is skipped rather than guessed. Projects are
 * delimited by the 序号 column when there is one, else by a text line where only a grade word could stand.
 */
public final class FlatLists {

    /** One project of a list: its name, the amount and score under their headers, and its grade word. */
    public record Entry(String name, Provenance nameAt, FlatForms.Value amount, FlatForms.Value score,
                        String grade, Unit unit) {
    }

    private enum Kind { NUMBER, NAME, AMOUNT, SCORE, GRADE, OTHER }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SEQUENCE = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern STOP = Pattern.compile("^(总计|合计|小计)$");
    private static final Pattern UNIT_LINE = Pattern.compile("^[(（]?单位[:：]");
    private static final int MAX_HEADER = 20;
    private static final int MAX_CELL = 60;

    private FlatLists() {
    }

    /** Every project of every list in {@code doc}. */
    public static List<Entry> read(SourceDocument doc) {
        List<Entry> out = new ArrayList<>();
        for (FlatText t : FlatText.of(doc)) {
            read(t, out);
        }
        return out;
    }

    /** One evaluation per project listed with a score. */
    static List<Evaluation> evaluations(SourceDocument doc) {
        List<Evaluation> out = new ArrayList<>();
        for (Entry e : read(doc)) {
            if (e.score() != null) {
                out.add(new Evaluation(Scope.PROJECT, e.name(), Budget.NONE, e.score().number(), null, e.grade(),
                        List.of(), List.of(), e.nameAt()));
            }
        }
        return out;
    }

    private record Line(String text, int start, int end) {
    }

    private static void read(FlatText t, List<Entry> out) {
        List<Line> lines = lines(t.text());
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isHeaderLine(lines.get(end).text())) {
                end++;
            }
            // the header ends before the first project: at its 序号 1, else after the last column word
            boolean numbered = false;
            for (int k = i; k < end; k++) {
                numbered |= kind(lines.get(k).text()) == Kind.NUMBER;
            }
            if (!numbered) {
                while (end > i && kind(lines.get(end - 1).text()) == Kind.OTHER) {
                    end--;
                }
            }
            int first = i;
            while (first < end && kind(lines.get(first).text()) == Kind.OTHER) {
                first++;
            }
            List<Kind> cols = new ArrayList<>();
            for (int k = first; k < end; k++) {
                cols.add(kind(lines.get(k).text()));
            }
            if (end - first >= 3 && cols.contains(Kind.NAME) && (cols.contains(Kind.AMOUNT) || cols.contains(Kind.SCORE))) {
                int from = Math.max(0, lines.get(first).start() - 200);
                Unit unit = FormCells.moneyUnit(t.text().substring(from, lines.get(end - 1).end())).orElse(null);
                List<String> headers = lines.subList(first, end).stream().map(Line::text).toList();
                i = body(t, lines, end, cols, headers, unit, out);
            } else {
                i = Math.max(end, i + 1);
            }
        }
    }

    private static boolean isHeaderLine(String s) {
        return !s.isEmpty() && s.length() <= MAX_HEADER && !NUMBER.matcher(s).matches()
                && !UNIT_LINE.matcher(s).find() && !STOP.matcher(s).matches();
    }

    private static Kind kind(String header) {
        Map<String, List<String>> words = FlatVocabulary.get().list;
        for (Kind k : List.of(Kind.NUMBER, Kind.NAME, Kind.AMOUNT, Kind.SCORE, Kind.GRADE)) {
            for (String w : words.getOrDefault(k.name().toLowerCase(), List.of())) {
                if (header.contains(w)) {
                    return k;
                }
            }
        }
        return Kind.OTHER;
    }

    /** Reads the projects below a header; returns the index of the first line after the list. */
    private static int body(FlatText t, List<Line> lines, int from, List<Kind> cols, List<String> headers,
                            Unit unit, List<Entry> out) {
        int firstNumeric = -1;
        int lastNumeric = -1;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c) == Kind.AMOUNT || cols.get(c) == Kind.SCORE) {
                firstNumeric = firstNumeric < 0 ? c : firstNumeric;
                lastNumeric = c;
            }
        }
        List<Integer> preCols = new ArrayList<>();
        List<Integer> numCols = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            if (c < firstNumeric && cols.get(c) != Kind.NUMBER) {
                preCols.add(c);
            } else if (cols.get(c) == Kind.AMOUNT || cols.get(c) == Kind.SCORE) {
                numCols.add(c);
            }
        }
        int postCols = cols.size() - 1 - lastNumeric;
        boolean numbered = cols.contains(Kind.NUMBER);
        Record r = new Record();
        int seq = 0;
        int i = from;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = line.text();
            if (s.isEmpty()) {
                continue;
            }
            if (STOP.matcher(s).matches() || s.length() > MAX_CELL) {
                break;
            }
            boolean number = NUMBER.matcher(s).matches();
            if (numbered && SEQUENCE.matcher(s).matches() && Integer.parseInt(s) == seq + 1
                    && (r.isEmpty() || !r.nums.isEmpty())) {
                finish(t, r, cols, headers, preCols, numCols, unit, out);
                seq++;
                r = new Record();
            } else if (number) {
                if (!r.post.isEmpty()) {
                    break; // numbers after a project's closing cells: not this list's shape
                }
                r.nums.add(line);
            } else if (r.nums.isEmpty()) {
                r.pre.add(line);
            } else if (r.post.size() < postCols
                    && (numbered || FormLabels.GRADE_WORD.matcher(s).matches())) {
                r.post.add(line);
            } else {
                finish(t, r, cols, headers, preCols, numCols, unit, out);
                r = new Record();
                r.pre.add(line);
            }
        }
        finish(t, r, cols, headers, preCols, numCols, unit, out);
        return i;
    }

    private static final class Record {
        final List<Line> pre = new ArrayList<>();
        final List<Line> nums = new ArrayList<>();
        final List<Line> post = new ArrayList<>();

        boolean isEmpty() {
            return pre.isEmpty() && nums.isEmpty() && post.isEmpty();
        }
    }

    /** Adds the record's entry when its cells fit the columns. */
    private static void finish(FlatText t, Record r, List<Kind> cols, List<String> headers, List<Integer> preCols,
                              List<Integer> numCols, Unit unit, List<Entry> out) {
        if (r.pre.size() != preCols.size() || r.nums.size() != numCols.size()) {
            return;
        }
        Line name = null;
        for (int k = 0; k < preCols.size(); k++) {
            if (cols.get(preCols.get(k)) == Kind.NAME) {
                name = r.pre.get(k);
            }
        }
        if (name == null) {
            return;
        }
        FlatForms.Value amount = null;
        FlatForms.Value score = null;
        for (int k = 0; k < numCols.size(); k++) {
            int c = numCols.get(k);
            Line v = r.nums.get(k);
            FlatForms.Value value = new FlatForms.Value(
                    cols.get(c) == Kind.AMOUNT ? FormLabels.BudgetColumn.EXECUTED : FormLabels.BudgetColumn.SCORE,
                    headers.get(c), new BigDecimal(v.text()), v.text(), t.at(v.start(), v.end()));
            if (cols.get(c) == Kind.AMOUNT) {
                amount = value;
            } else if (value.number().compareTo(new BigDecimal(100)) <= 0) {
                score = value;
            }
        }
        String grade = r.post.stream().map(Line::text).filter(s -> FormLabels.GRADE_WORD.matcher(s).matches())
                .findFirst().orElse(null);
        out.add(new Entry(name.text(), t.at(name.start(), name.end()), amount, score, grade, unit));
    }

    /** The lines of the text, each stripped, with the offsets of what remains. */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            out.add(new Line(text.substring(a, b), a, b));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
