package org.jixiao.extractors.evaluation.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The 分值 and 得分 at the end of each indicator line of a form whose grid was lost, under a header naming
 * 三级指标 … 分值 得分: {@code 项目计划完成率100%100%1515} (15 | 15, run together after the actual value) or
 * {@code 指标15:体检人数 500人 420人 2 1.6} (spaced). Only these two columns are read; a run that splits into a
 * weight and a score (at most 100, score at most weight) in more than one way gives nothing.
 */
public final class FlatIndicators {

    /** One indicator line: its label (the text before its first number) with its weight and score. */
    public record Line(String label, FlatForms.Value weight, FlatForms.Value score) {
    }

    private static final Pattern HEADER = Pattern.compile("三级指标.*分值\\s*得分");
    /** The header's closing column words, after 得分. */
    private static final Pattern NOTE_HEADER = Pattern.compile("\\s*(偏差原因分析及改进措施|未完成原因及拟采取的改进措施|偏差原因|原因分析|备注)");
    /** An indicator's own number, not one of its values: 指标15: */
    private static final Pattern NUMBERED = Pattern.compile("\\s*指标\\d+[:：]");
    private static final Pattern END = Pattern.compile("^\\s*(总分|合计|总计)");
    private static final Pattern RUN = Pattern.compile("[0-9.%]+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
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
                Line l = line(t, start + after, line.substring(after));
                if (l != null) {
                    out.add(l);
                }
            } else if (open && (END.matcher(line).find() || line.length() > MAX_LINE)) {
                open = false;
            } else if (open) {
                Line l = line(t, start, line);
                if (l != null) {
                    out.add(l);
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    private static Line line(FlatText t, int offset, String line) {
        Matcher numbered = NUMBERED.matcher(line);
        int labelStart = numbered.lookingAt() ? numbered.end() : 0;
        List<int[]> runs = new ArrayList<>();
        Matcher m = RUN.matcher(line).region(labelStart, line.length());
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        if (runs.isEmpty() || runs.get(0)[0] == labelStart) {
            return null;
        }
        String label = FormCells.clean(line.substring(labelStart, runs.get(0)[0]));
        int[] last = runs.get(runs.size() - 1);
        String tail = line.substring(last[0], last[1]);
        int pct = tail.lastIndexOf('%');
        int from = last[0] + pct + 1;
        int to = last[1];
        if (from >= to || label == null || label.length() < 2) {
            return null;
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
        return new Line(label,
                new FlatForms.Value(BudgetColumn.WEIGHT, "分值", w.number(), w.text(), t.at(offset + w.start(), offset + w.end())),
                new FlatForms.Value(BudgetColumn.SCORE, "得分", s.number(), s.text(), t.at(offset + s.start(), offset + s.end())));
    }
}
