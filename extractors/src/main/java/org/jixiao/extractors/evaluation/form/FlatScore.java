package org.jixiao.extractors.evaluation.form;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The score a flat form states on its closing line: {@code 总分:91}, {@code 总分100100} (分值 100, 得分 100 run
 * together), {@code 项目总得分 99.5分}. The label must start a word (not {@code 平均总分}), and the value follow it
 * directly; two values are a weight and a score, split only when their shapes allow one reading.
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

    /** The first score statement in {@code [from, to)} of the text, or null. */
    static FlatForms.Value find(FlatText t, int from, int to) {
        String text = t.text();
        Matcher m = LABEL.matcher(text).region(from, to);
        while (m.find()) {
            Matcher v = VALUE.matcher(text).region(m.end(), to);
            if (!v.lookingAt()) {
                continue;
            }
            int end = v.end();
            while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            List<RunTogether.Value> pair = RunTogether.read(text, m.end(), end,
                    List.of(BudgetColumn.WEIGHT, BudgetColumn.SCORE), null);
            RunTogether.Value score = pair.stream().filter(x -> x.column() == 1).findFirst().orElse(null);
            boolean both = pair.size() == 2;
            if (!both) {
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
