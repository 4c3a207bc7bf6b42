package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FlatIndicatorTable.Kind;

/**
 * One row of a {@link FlatIndicatorTable} whose cells a text dump kept apart by white space, the whole form often on
 * one line ({@code 基建工程委托业务项目数量 ≥50个 50 8 8 经费支出合规性 严格执行相关制度规定 达成预期指标 8 8}). The
 * run-together reader cannot take such a row when its target and actual differ in shape ({@code ≥50个} beside
 * {@code 50}) or are phrases; here every gap is a cell boundary, so the row is its label's words, then exactly one
 * word per column in the header's order.
 *
 * <p>The row ends at the first place where the columns fit: a weight is a number up to 100, a score a number up to
 * the weight (or, failing every such reading, up to 100), and the word after the score is not one more number (which would make the score the weight of a
 * later reading: {@code 100 8 8}). A label is one to three words, none of them a bare number or a sign.
 */
final class SpacedIndicatorRow {

    private static final Set<Kind> READ = Set.of(Kind.TARGET, Kind.ACTUAL, Kind.WEIGHT, Kind.SCORE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SIGN = Pattern.compile("[≥≤≧≦><=＞＜]+");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int MAX_LABEL_WORDS = 3;

    private SpacedIndicatorRow() {
    }

    /**
     * The row at {@code pos} of {@code t} (before {@code to} and the line's end), or null when its words do not fit
     * the columns. A gap is white space in the text or one the source printed and normalization dropped
     * ({@link FlatText#gapBefore}). A reading whose score is within its weight is preferred; failing that, a score
     * above its weight (up to 100) is read as printed ({@code 满意度 ≥90% 93% 10 12}): the error the checks look for.
     */
    static FlatIndicatorRows.Row read(FlatText t, int pos, int to, List<Kind> cols) {
        String text = t.text();
        if (!READ.containsAll(cols) || !cols.contains(Kind.WEIGHT) || !cols.contains(Kind.SCORE)) {
            return null;
        }
        int n = cols.size();
        List<int[]> words = words(t, pos, FlatIndicatorRows.lineEnd(text, pos, to), MAX_LABEL_WORDS + n + 1);
        int labels = 0; // how many leading words may be the label: none a bare number or a sign
        while (labels < MAX_LABEL_WORDS && labels < words.size() && labelWord(text, words.get(labels))) {
            labels++;
        }
        for (boolean aboveWeight : new boolean[] {false, true}) {
            for (int k = 1; k <= labels && k + n <= words.size(); k++) {
                FlatIndicatorRows.Row row = fit(text, words, k, cols, aboveWeight);
                if (row != null) {
                    return row;
                }
            }
        }
        // the target and actual cells left empty (指标1:竣工验收合格 15 14): the label, then the weight and the score
        // in the header's order, and nothing else on the line
        int k = words.size() - 2;
        if (n > 2 && k >= 1 && k <= labels && words.size() < MAX_LABEL_WORDS + n + 1) {
            boolean weightFirst = cols.indexOf(Kind.WEIGHT) < cols.indexOf(Kind.SCORE);
            List<Kind> two = weightFirst ? List.of(Kind.WEIGHT, Kind.SCORE) : List.of(Kind.SCORE, Kind.WEIGHT);
            for (boolean aboveWeight : new boolean[] {false, true}) {
                FlatIndicatorRows.Row row = fit(text, words, k, two, aboveWeight);
                if (row != null) {
                    return row;
                }
            }
        }
        return null;
    }

    /** The row whose label is the first {@code k} words, when the next words fit the columns. */
    private static FlatIndicatorRows.Row fit(String text, List<int[]> words, int k, List<Kind> cols,
                                             boolean aboveWeight) {
        int n = cols.size();
        String target = null;
        String actual = null;
        BigDecimal weight = null;
        BigDecimal score = null;
        for (int c = 0; c < n; c++) {
            String w = word(text, words.get(k + c));
            switch (cols.get(c)) {
                case TARGET -> target = w;
                case ACTUAL -> actual = w;
                case WEIGHT -> weight = NUMBER.matcher(w).matches() ? new BigDecimal(w) : null;
                case SCORE -> score = NUMBER.matcher(w).matches() ? new BigDecimal(w) : null;
                default -> {
                    return null;
                }
            }
        }
        if (weight == null || score == null || weight.compareTo(HUNDRED) > 0
                || score.compareTo(aboveWeight ? HUNDRED : weight) > 0) {
            return null;
        }
        if (k + n < words.size() && NUMBER.matcher(word(text, words.get(k + n))).matches()) {
            return null; // one more number: the values start further on
        }
        int[] first = words.get(0);
        int[] lastLabel = words.get(k - 1);
        String label = FormCells.clean(text.substring(first[0], lastLabel[1]));
        if (label == null || label.length() < 2) {
            return null;
        }
        int[] values = words.get(k);
        return new FlatIndicatorRows.Row(label, target, actual, weight, score, words.get(k + n - 1)[1], values[0], 0);
    }

    private static boolean labelWord(String text, int[] w) {
        String s = word(text, w);
        return !NUMBER.matcher(s).matches() && !SIGN.matcher(s).matches();
    }

    /** Up to {@code max} words of {@code [from, to)} between gaps, as start and end offsets. */
    private static List<int[]> words(FlatText t, int from, int to, int max) {
        String text = t.text();
        List<int[]> out = new ArrayList<>();
        int p = from;
        while (p < to && out.size() < max) {
            while (p < to && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            int s = p;
            while (p < to && !Character.isWhitespace(text.charAt(p)) && (p == s || !t.gapBefore(p))) {
                p++;
            }
            if (p > s) {
                out.add(new int[] {s, p});
            }
        }
        return out;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }
}
