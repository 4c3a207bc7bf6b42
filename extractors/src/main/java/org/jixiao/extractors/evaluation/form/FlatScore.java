package org.jixiao.extractors.evaluation.form;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The score a flat form states on its closing line: {@code 总分:91}, {@code 总分100100} (分值 100, 得分 100 run
 * together), {@code 项目总得分 99.5分}. The label must start a word (not {@code 平均总分}), and the value follow it
 * directly; two values are a weight and a score, split only when their shapes allow one reading. In a form
 * printed one cell a line, a label alone on its line is followed by its cells: {@code 总分 / 100 / 89.7} (the full
 * marks, then the score) or {@code 评价得分 / 89.7}.
 */
final class FlatScore {

    private static final Pattern LABEL = Pattern.compile(
            "(?<!\\p{IsHan})(" + FlatVocabulary.alternation(FlatVocabulary.get().scores) + ")[:：]?[ \\t]*");
    private static final Pattern VALUE = Pattern.compile("[0-9][0-9. \\t]*");

    private FlatScore() {
    }

    /** The whole statement ({@code 总分100100}, {@code 总分:87}) whose score {@code score} is, or null. */
    static org.jixiao.corpus.model.Provenance statement(FlatText t, int from, int to, FlatForms.Value score) {
        if (score == null) {
            return null;
        }
        String text = t.text();
        Matcher m = LABEL.matcher(text).region(from, to);
        while (m.find()) {
            Matcher v = VALUE.matcher(text).region(m.end(), to);
            if (v.lookingAt()) {
                int end = v.end();
                while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                org.jixiao.corpus.model.Provenance whole = t.at(m.start(1), end);
                if (whole.start() <= score.at().start() && score.at().end() <= whole.end()) {
                    return whole;
                }
            }
        }
        return null;
    }

    /** A score label torn from its row: the loader has joined it to the labels before it (…满意度指标总分). */
    private static final Pattern TORN_LABEL = Pattern.compile(
            "(" + FlatVocabulary.alternation(FlatVocabulary.get().scores) + ")[:：]?[ \\t]*");
    /** A form's full marks: the 分值 its 总分 row states. */
    private static final java.math.BigDecimal FULL_MARKS = new java.math.BigDecimal(100);
    private static final Pattern PLAIN = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?");

    /**
     * The score of a 总分 row whose cells a PDF dump printed before its label: the first score label in
     * {@code [from, to)} with no number after it, where the last numbers before it, with only words between,
     * are the full marks (100) and a score at most that ({@code … 10 10 100 96.5 率 满意度指标 … 总分}). Null
     * otherwise. Where the values stand is inferred: the caller marks the place guessed.
     */
    static Torn displaced(FlatText t, int from, int to) {
        String text = t.text();
        Matcher m = TORN_LABEL.matcher(text).region(from, to);
        if (!m.find() || VALUE.matcher(text).region(m.end(), to).lookingAt()) {
            return null;
        }
        int scoreEnd = m.start();
        while (scoreEnd > from && !Character.isDigit(text.charAt(scoreEnd - 1))) {
            scoreEnd--; // only words between the numbers and the label
        }
        if (scoreEnd == from || scoreEnd < m.start() && "%.,".indexOf(text.charAt(scoreEnd)) >= 0) {
            return null;
        }
        int scoreStart = numberStart(text, from, scoreEnd);
        int weightEnd = scoreStart;
        while (weightEnd > from && (text.charAt(weightEnd - 1) == ' ' || text.charAt(weightEnd - 1) == '\t')) {
            weightEnd--;
        }
        int weightStart = numberStart(text, from, weightEnd);
        if (weightEnd == scoreStart || weightStart == weightEnd
                || weightStart > from && (FlatForms.isValueChar(text.charAt(weightStart - 1))
                        && !Character.isWhitespace(text.charAt(weightStart - 1)))) {
            return null; // not two numbers standing apart (a rate, a dash, a separator before the first)
        }
        String score = text.substring(scoreStart, scoreEnd);
        String weight = text.substring(weightStart, weightEnd);
        if (!PLAIN.matcher(score).matches() || !PLAIN.matcher(weight).matches()
                || new java.math.BigDecimal(weight).compareTo(FULL_MARKS) != 0
                || new java.math.BigDecimal(score).compareTo(FULL_MARKS) > 0) {
            return null;
        }
        return new Torn(new FlatForms.Value(BudgetColumn.SCORE, m.group(1), new java.math.BigDecimal(score), score,
                t.at(scoreStart, scoreEnd)), new java.math.BigDecimal(weight), weightStart);
    }

    /** A number standing alone on its line, as a cell of a form printed one cell a line: 89.7, 100, 96分. */
    private static final Pattern CELL_NUMBER = Pattern.compile("[ \t]*((?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?)分?[ \t]*");

    /**
     * The score after a label standing alone on its line, in a form printed one cell a line: {@code 总分 / 100 /
     * 89.7} (with {@code pairs}: the full marks, then the score) or {@code 评价得分 / 89.7}; null otherwise.
     */
    private static FlatForms.Value inCells(FlatText t, Matcher label, int to, boolean pairs) {
        String text = t.text();
        int lineStart = text.lastIndexOf('\n', label.start(1) - 1) + 1;
        if (!text.substring(lineStart, label.start(1)).isBlank()) {
            return null; // the label does not start its line: no cell of its own
        }
        int[] first = nextCell(text, label.end(), to);
        if (first == null) {
            return null;
        }
        Matcher a = CELL_NUMBER.matcher(text).region(first[0], first[1]);
        if (!a.matches()) {
            return null;
        }
        Matcher chosen = a;
        int[] second = pairs ? nextCell(text, first[1], to) : null;
        if (second != null) {
            Matcher b = CELL_NUMBER.matcher(text).region(second[0], second[1]);
            if (b.matches() && new java.math.BigDecimal(a.group(1)).compareTo(FULL_MARKS) == 0
                    && new java.math.BigDecimal(b.group(1)).compareTo(FULL_MARKS) <= 0) {
                chosen = b; // 总分 / 100 / 89.7: the full marks, then the score
            }
        }
        java.math.BigDecimal value = new java.math.BigDecimal(chosen.group(1));
        if (value.compareTo(FULL_MARKS) > 0) {
            return null;
        }
        return new FlatForms.Value(BudgetColumn.SCORE, label.group(1), value, chosen.group(1),
                t.at(chosen.start(1), chosen.end(1)));
    }

    /** The next line after {@code from} (which must end its own line), blank lines skipped: its start and end. */
    private static int[] nextCell(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        if (nl < 0 || nl >= to || !text.substring(from, nl).isBlank()) {
            return null;
        }
        int p = nl + 1;
        while (p < to) {
            int e = text.indexOf('\n', p);
            e = e < 0 || e > to ? to : e;
            if (!text.substring(p, e).isBlank()) {
                return new int[] {p, e};
            }
            p = e + 1;
        }
        return null;
    }

    /** A 总分 row read before its torn label: its score, its weight (the full marks) and where the row starts. */
    record Torn(FlatForms.Value score, java.math.BigDecimal weight, int rowStart) {
    }

    /** Where the number (digits and decimal points) ending at {@code end} starts. */
    private static int numberStart(String text, int from, int end) {
        int i = end;
        while (i > from && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return i;
    }

    /**
     * The score a form's header block states right after the name it follows ({@code 单位名称某某局综合得分88.6}): a
     * score label, run on from the name, and one number; null otherwise. Only one number, never a weight–score pair:
     * the header block states the score alone.
     */
    static FlatForms.Value inHeader(FlatText t, int from, int to) {
        return first(t, from, to, TORN_LABEL, false);
    }

    /** The first score statement in {@code [from, to)} of the text, or null. */
    static FlatForms.Value find(FlatText t, int from, int to) {
        return first(t, from, to, LABEL, true);
    }

    /** The first {@code label} in {@code [from, to)} followed by a score (or, with {@code pairs}, a weight and score). */
    private static FlatForms.Value first(FlatText t, int from, int to, Pattern label, boolean pairs) {
        String text = t.text();
        Matcher m = label.matcher(text).region(from, to);
        while (m.find()) {
            Matcher v = VALUE.matcher(text).region(m.end(), to);
            if (!v.lookingAt()) {
                FlatForms.Value cell = inCells(t, m, to, pairs);
                if (cell != null) {
                    return cell;
                }
                continue;
            }
            int end = v.end();
            while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            RunTogether.Value score = null;
            if (pairs) {
                List<RunTogether.Value> pair = RunTogether.read(text, m.end(), end,
                        List.of(BudgetColumn.WEIGHT, BudgetColumn.SCORE), null);
                score = pair.size() != 2 ? null
                        : pair.stream().filter(x -> x.column() == 1).findFirst().orElse(null);
            }
            if (score == null) {
                List<RunTogether.Value> one = RunTogether.read(text, m.end(), end, List.of(BudgetColumn.SCORE), null);
                score = one.size() == 1 && one.get(0).end() == end ? one.get(0) : null;
            }
            if (score != null) {
                return new FlatForms.Value(BudgetColumn.SCORE, m.group(1), score.number(), score.text(),
                        t.at(score.start(), score.end()));
            }
        }
        return null;
    }
}
