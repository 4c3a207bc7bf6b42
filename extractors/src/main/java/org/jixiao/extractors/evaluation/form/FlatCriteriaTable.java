package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;

/**
 * The scoring-criteria table of a department-wide evaluation (部门整体支出绩效评价指标表) whose grid was lost: the
 * header {@code 一级指标分值二级指标分值三级指标分值评价标准指标说明得分} gives every level its own 分值 column, and
 * each row runs on as {@code 投入13预算配置13在职人员控制率5以100%为标准……编制数。5} — up to three names each with its
 * weight (a row under merged first- and second-level cells prints only its own name), the criteria text, then the
 * score.
 *
 * <p>No vocabulary of level names is needed: a row starts with one to three {@code name weight} pairs, each
 * weight positive and at most its parent's, and the pairs say the levels (three: 一级, 二级, 三级; two: 二级, 三级;
 * one: 三级). The score is the number at most the row's weight that stands right before the next row's start (a
 * name and a weight) or at the end of the text; a number followed by a unit (计5分, 100%) is the criteria's. A
 * row whose score cannot be found that way keeps its weight and no score, and ends the table. The deductions a
 * row's criteria state ({@code 每低于5%扣2分}) are read with the row's name. The grid is guessed: rows are marked
 * so ({@link FlatForms#guessedGrid}).
 */
public final class FlatCriteriaTable {

    private static final Pattern HEADER = Pattern.compile(
            "级指标\\s*W\\s*二级指标\\s*W\\s*L\\s*W[^\\d\\n]{0,30}?得分".replace("W", FormLabels.WEIGHT_WORDS)
                    .replace("L", FormLabels.LEVEL3_WORDS));
    /** A level name: words and quotes, no sentence punctuation, no digits. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}“”\"'‘’()（）、]{2,20}?(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?");
    /** A weight as printed after its name: digits, perhaps run into the criteria's number (5100%). */
    private static final Pattern RUN = Pattern.compile("\\d+(?:\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int MAX_ROWS = 60;
    /** The longest criteria text a row may have before its score. */
    private static final int MAX_CRITERIA = 600;

    private FlatCriteriaTable() {
    }

    /** Where the first criteria-table header in {@code [from, to)} starts and ends, or null. */
    static int[] header(String text, int from, int to) {
        Matcher h = HEADER.matcher(text).region(from, to);
        return h.find() ? new int[] {h.start(), h.end()} : null;
    }

    /**
     * A deduction the criteria state ({@code 每低于5%扣2分}): the row's name, the condition as printed
     * ({@code 每低于5%扣}), the points and where they stand.
     */
    public record Deduction(String row, String condition, BigDecimal points, String printed, Provenance at) {
    }

    /** 每超过一个百分点扣0.5分, 每低于5%扣2分: a step, then the points it takes off. */
    private static final Pattern DEDUCTION = Pattern.compile(
            "每(?:超过|超出|低于|高于|减少|增加|下降|上升|少|多)[^，,;；。\\n扣]{0,12}?扣(?:减)?(\\d+(?:\\.\\d+)?)分");

    /** One {@code name weight} pair at the start of a row. */
    private record Pair(String name, BigDecimal weight, int start, int end) {
    }

    /** The criteria table whose header is the first in {@code [from, to)}, or null. */
    static FlatIndicatorTable.Result read(FlatText t, int from, int to) {
        String text = t.text();
        int[] h = header(text, from, to);
        if (h == null) {
            return null;
        }
        List<Section> sections = new ArrayList<>();
        List<Section> subsections = new ArrayList<>();
        List<Indicator> rows = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        BigDecimal weight1 = HUNDRED;
        BigDecimal weight2 = HUNDRED;
        int pos = h[1];
        List<Pair> pairs = pairs(text, pos, to, weight1, weight2, true);
        while (!pairs.isEmpty() && rows.size() < MAX_ROWS) {
            int n = pairs.size();
            if (n == 3) {
                Pair p = pairs.get(0);
                level1 = p.name();
                weight1 = p.weight();
                sections.add(new Section(p.name(), p.weight(), null, t.at(p.start(), p.end())));
            }
            if (n >= 2) {
                Pair p = pairs.get(n - 2);
                level2 = p.name();
                weight2 = p.weight();
                subsections.add(new Section(p.name(), p.weight(), null, t.at(p.start(), p.end())));
            }
            Pair own = pairs.get(n - 1);
            int criteria = own.end();
            // the score: a number up to the weight, right before the next row or the end of the text
            int scoreStart = -1;
            int scoreEnd = -1;
            List<Pair> next = List.of();
            int limit = Math.min(to, criteria + MAX_CRITERIA);
            for (int q = criteria + 1; q < limit; q++) {
                if (!Character.isDigit(text.charAt(q)) || Character.isDigit(text.charAt(q - 1))
                        || text.charAt(q - 1) == '.' && q >= 2 && Character.isDigit(text.charAt(q - 2))) {
                    continue;
                }
                Matcher m = NUMBER.matcher(text).region(q, to);
                if (!m.lookingAt() || new BigDecimal(m.group()).compareTo(own.weight()) > 0) {
                    continue;
                }
                int e = m.end();
                if (e < to && (Character.isDigit(text.charAt(e)) || text.charAt(e) == '.')) {
                    continue;
                }
                List<Pair> after = pairs(text, e, to, weight1, weight2, false);
                if (!after.isEmpty() || e == to) {
                    scoreStart = q;
                    scoreEnd = e;
                    next = after;
                    break;
                }
            }
            BigDecimal score = scoreStart < 0 ? null : new BigDecimal(text.substring(scoreStart, scoreEnd));
            int rowEnd = scoreStart < 0 ? own.end() : scoreEnd;
            rows.add(new Indicator(level1, level2, own.name(), null, null, null, own.weight(), score, null,
                    t.at(pairs.get(0).start(), Math.min(rowEnd, lineEnd(text, pairs.get(0).start(), rowEnd)))));
            if (scoreStart < 0) {
                break; // the row's end is unknown: what follows cannot be told from its criteria
            }
            Matcher d = DEDUCTION.matcher(text).region(criteria, scoreStart);
            while (d.find()) {
                deductions.add(new Deduction(own.name(), text.substring(d.start(), d.start(1)),
                        new BigDecimal(d.group(1)), d.group(1), t.at(d.start(1), d.end(1))));
            }
            pos = rowEnd;
            pairs = next;
        }
        return rows.isEmpty() ? null : new FlatIndicatorTable.Result(sections, rows, pos, false, subsections,
                deductions);
    }

    /**
     * The {@code name weight} pairs starting right at {@code pos}: one to three, each weight positive and at most
     * its parent's; empty when none starts there. With three, the first is a first-level name whose weight may
     * reach 100; a lone pair must be followed by criteria words, not by a unit (计5分).
     */
    private static List<Pair> pairs(String text, int pos, int to, BigDecimal weight1, BigDecimal weight2,
                                    boolean first) {
        List<Pair> out = new ArrayList<>();
        int p = pos;
        while (out.size() < 3) {
            Matcher nm = NAME.matcher(text).region(p, to);
            if (!nm.lookingAt()) {
                break;
            }
            Matcher run = RUN.matcher(text).region(nm.end(), to);
            if (!run.lookingAt()) {
                break;
            }
            int end = run.end();
            if (end < to && text.charAt(end) == '%' || new BigDecimal(run.group()).compareTo(HUNDRED) > 0) {
                // 5100%: the weight 5, then the criteria's 100%; taken only when one cut gives a weight at most
                // the parent's and leaves a number not starting with 0
                BigDecimal bound = out.isEmpty() ? (first ? HUNDRED : weight2) : out.get(out.size() - 1).weight();
                end = -1;
                for (int cut = nm.end() + 1; cut < run.end(); cut++) {
                    BigDecimal w = new BigDecimal(text.substring(nm.end(), cut));
                    if (text.charAt(cut) != '0' && w.signum() > 0 && w.compareTo(bound) <= 0) {
                        if (end >= 0) {
                            end = -2;
                            break;
                        }
                        end = cut;
                    }
                }
                if (end < 0) {
                    break;
                }
            }
            String digits = text.substring(nm.end(), end);
            BigDecimal w = new BigDecimal(digits);
            if (w.signum() <= 0 || w.compareTo(HUNDRED) > 0) {
                break;
            }
            out.add(new Pair(nm.group(), w, p, end));
            p = end;
        }
        // weights must nest: a second-level weight at most the first's, a third at most the second's
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).weight().compareTo(out.get(i - 1).weight()) > 0) {
                return List.of();
            }
        }
        if (out.size() == 1 && out.get(0).weight().compareTo(weight2) > 0
                || out.size() == 2 && out.get(0).weight().compareTo(weight1) > 0 && !first) {
            return List.of();
        }
        if (!out.isEmpty()) {
            int end = out.get(out.size() - 1).end();
            if (end < to && (FlatIndicatorRows.unitAt(text, end, to) || text.charAt(end) == '分')) {
                return List.of(); // 扣完为止5分: a number of points in the criteria, not a weight
            }
        }
        return out;
    }

    private static int lineEnd(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > to ? to : nl;
    }
}
