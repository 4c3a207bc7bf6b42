package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The 分值 and 得分 at the end of each indicator line of a form whose grid was lost, under a header naming
 * 三级指标 … 分值 得分: {@code 项目计划完成率100%100%1515} (15 | 15, run together after the actual value) or
 * {@code 指标15:体检人数 500人 420人 2 1.6} (spaced). Only these two columns are read, and the two measures in
 * one unit right before them ({@code 500人 420人}: the target and the actual); a run that splits into a weight
 * and a score (at most 100, score at most weight) in more than one way gives nothing.
 *
 * <p>A spreadsheet dumped to text may print many rows on one line, each opening with its own number
 * ({@code 指标7:… 2 2指标8:… 2 1.9}): such a line is cut at those numbers and each piece read as a line. A row
 * whose label wrapped prints its label before the next row's label and both value groups after it; only the
 * last group, which ends the piece, is read, under the label it follows.
 */
public final class FlatIndicators {

    /** One indicator line: its label (the text before its first number) with its weight and score. */
    public record Line(String label, FlatForms.Value weight, FlatForms.Value score, Measure target, Measure actual) {
    }

    /** A target or actual value as printed ({@code ≥500人}): its number, its unit and where it stands. */
    public record Measure(String printed, BigDecimal number, String unit, Provenance at) {
    }

    private static final Pattern HEADER = Pattern.compile(FormLabels.LEVEL3_WORDS + ".*" + FormLabels.WEIGHT_WORDS + "\\s*得分");
    /** The header's closing column words, after 得分: the vocabulary's note columns ({@code indicator.NOTE}). */
    private static final Pattern NOTE_HEADER = Pattern.compile("\\s*(" + FlatVocabulary.alternation(
            FlatVocabulary.get().indicatorColumns.entrySet().stream()
                    .filter(e -> e.getValue() == FlatIndicatorTable.Kind.NOTE).map(java.util.Map.Entry::getKey).toList())
            + ")");
    /** An indicator's own number, not one of its values: 指标15: */
    private static final Pattern NUMBERED = Pattern.compile("\\s*指标\\d+[:：]");
    private static final Pattern END = Pattern.compile("^\\s*(总分|合计|总计)");
    private static final Pattern RUN = Pattern.compile("[0-9.%]+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Where a numbered row starts inside a line: 指标7: */
    private static final Pattern ROW_START = Pattern.compile("指标\\d{1,3}[:：]");
    /**
     * The two measures in one unit that end the text before a row's weight: 500人 420人, ≥95% 97.30%. Group 3 is
     * the shared unit (back-referenced), so 12种 6次 is not a pair.
     */
    private static final Pattern PAIR = Pattern.compile(
            "((?:≥|≤|>=|<=|>|<|=)?\\d+(?:\\.\\d+)?)(%|‰|\\p{IsHan}{0,2})\\s*((?:≥|≤|>=|<=|>|<|=)?\\d+(?:\\.\\d+)?)\\2\\s*$");
    /** Two measures in one unit anywhere: values, not words of a label. */
    private static final Pattern PAIR_INSIDE = Pattern.compile(
            "\\d+(?:\\.\\d+)?(%|‰|\\p{IsHan}{1,2})\\s*\\d+(?:\\.\\d+)?\\1");
    private static final Pattern BARE = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int MAX_LINE = 120;

    private FlatIndicators() {
    }

    public static List<Line> read(SourceDocument doc) {
        List<Line> out = new ArrayList<>();
        for (FlatText t : FlatText.of(doc)) {
            read(t, out);
        }
        return out;
    }

    private static void read(FlatText t, List<Line> out) {
        String text = t.text();
        boolean open = false;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            Matcher h = HEADER.matcher(line);
            if (h.find()) {
                open = true;
                // the first indicator line may run on after the header's last words
                int after = h.end();
                Matcher note = NOTE_HEADER.matcher(line).region(after, line.length());
                if (note.lookingAt()) {
                    after = note.end();
                }
                lines(t, start + after, line.substring(after), out);
            } else if (open && (END.matcher(line).find() || line.length() > MAX_LINE && rowStarts(line).size() < 2)) {
                open = false;
            } else if (open) {
                lines(t, start, line, out);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    /** The rows of one line: the line itself, or each numbered piece of a line holding several rows. */
    private static void lines(FlatText t, int offset, String line, List<Line> out) {
        List<Integer> starts = rowStarts(line);
        if (starts.size() < 2) {
            Line l = line(t, offset, line);
            if (l != null) {
                out.add(l);
            }
            return;
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : line.length();
            if (to - from > MAX_LINE) {
                continue; // the last piece running on into what follows the table
            }
            Line l = line(t, offset + from, line.substring(from, to));
            if (l != null) {
                out.add(l);
            }
        }
    }

    private static List<Integer> rowStarts(String line) {
        List<Integer> out = new ArrayList<>();
        Matcher m = ROW_START.matcher(line);
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    private static Line line(FlatText t, int offset, String line) {
        Matcher numbered = NUMBERED.matcher(line);
        int labelStart = numbered.lookingAt() ? numbered.end() : 0;
        List<int[]> runs = new ArrayList<>();
        Matcher m = RUN.matcher(line).region(labelStart, line.length());
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        if (runs.isEmpty()) {
            return null;
        }
        int[] last = runs.get(runs.size() - 1);
        String tail = line.substring(last[0], last[1]);
        int pct = tail.lastIndexOf('%');
        int from = last[0] + pct + 1;
        int to = last[1];
        if (from >= to || FlatIndicatorRows.unitAt(line, to, line.length())) {
            return null; // 38508人: a count, not a weight and a score
        }
        List<BudgetColumn> cols = List.of(BudgetColumn.WEIGHT, BudgetColumn.SCORE);
        if (pct < 0 && runs.size() >= 2 && PLAIN.matcher(tail).matches()) {
            int[] prev = runs.get(runs.size() - 2);
            String between = line.substring(prev[1], last[0]);
            String prevText = line.substring(prev[0], prev[1]);
            if (between.isBlank() && PLAIN.matcher(prevText).matches()) {
                from = prev[0]; // spaced: 2 1.6
            }
        }
        List<RunTogether.Value[]> readings = RunTogether.readings(line, from, to, cols, null);
        readings.removeIf(r -> r[0] == null || r[1] == null);
        List<RunTogether.Value> agreed = RunTogether.agreed(readings, 2);
        if (agreed.size() != 2) {
            return null;
        }
        RunTogether.Value w = agreed.get(0);
        RunTogether.Value s = agreed.get(1);
        Pair pair = pair(t, offset, line, labelStart, w.start());
        // the label runs to its first number, or on to the target when the digits between are the label's own
        // (孕产妇7天访视数, 0-6岁儿童…); not over another row's values (签约率14例14例2 2 …)
        int labelEnd = runs.get(0)[0];
        if (pair != null && (pair.start() < labelEnd || !line.substring(labelEnd, pair.start()).matches("(?s).*\\s.*")
                && !PAIR_INSIDE.matcher(line.substring(labelEnd, pair.start())).find())) {
            labelEnd = pair.start();
        }
        String label = labelEnd > labelStart ? FormCells.clean(line.substring(labelStart, labelEnd)) : null;
        if (label == null || label.length() < 2) {
            return null;
        }
        return new Line(label,
                new FlatForms.Value(BudgetColumn.WEIGHT, "分值", w.number(), w.text(), t.at(offset + w.start(), offset + w.end())),
                new FlatForms.Value(BudgetColumn.SCORE, "得分", s.number(), s.text(), t.at(offset + s.start(), offset + s.end())),
                pair == null ? null : pair.target(), pair == null ? null : pair.actual());
    }

    /** The target and actual before a row's weight, and where the target starts in the line. */
    private record Pair(Measure target, Measure actual, int start) {
    }

    /**
     * The target and actual printed right before the weight ({@code 500人 420人}), in one unit; null when the
     * text there is not two such measures.
     */
    private static Pair pair(FlatText t, int offset, String line, int from, int weightStart) {
        Matcher m = PAIR.matcher(line).region(from, weightStart);
        if (!m.find()) {
            return null;
        }
        String unit = m.group(2);
        return new Pair(measure(t, offset, line, m.start(1), m.end(1) + unit.length(), unit),
                measure(t, offset, line, m.start(3), m.end(3) + unit.length(), unit), m.start());
    }

    private static Measure measure(FlatText t, int offset, String line, int from, int to, String unit) {
        String printed = line.substring(from, to);
        Matcher n = BARE.matcher(printed);
        n.find();
        return new Measure(printed, new BigDecimal(n.group()), unit, t.at(offset + from, offset + to));
    }
}
