package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FlatIndicatorTable.Kind;
import org.jixiao.extractors.number.Unit;

/**
 * One row of a {@link FlatIndicatorTable}: where its label ends and how its run-together values split into the
 * header's columns. Every split the value shapes allow is enumerated (bounded by {@code MAX_PARSES}); the table
 * keeps only what every plausible split agrees on.
 */
final class FlatIndicatorRows {

    private static final Pattern SIGN = Pattern.compile("≥|≤|>=|<=|≧|≦|＞|＜|>|<|=");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int MAX_LABEL = 160;
    private static final int MAX_PARSES = 400;

    private FlatIndicatorRows() {
    }

    static int lineEnd(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > to ? to : nl;
    }

    /**
     * A row as read: label, the values every split agrees on (null otherwise), and where it ends; {@code values}
     * is where its values start and {@code first} the column they start in, for {@link #weightsAndScores}.
     */
    record Row(String label, String target, String actual, BigDecimal weight, BigDecimal score, int end, int values,
               int first) {
    }

    /** One split of a row's values: by column, the printed value (null: empty or not told apart). */
    private record Split(String[] values, boolean[] measure, String[] units, int end) {
    }

    /**
     * The row starting at {@code pos}: the label runs to the first place (a digit or a sign) from which the
     * values split in a way that ends the row cleanly.
     */
    static Row row(String text, int pos, int to, List<Kind> cols, boolean absorbed) {
        return row(text, pos, to, cols, absorbed, false);
    }

    /**
     * As {@link #row(String, int, int, List, boolean)}, with {@code aboveWeight}: a score may exceed its weight (up
     * to 100). Asked only when no split keeps the score within its weight ({@code 1517}: 分值 15, 得分 17), so a row
     * that states the error the checks look for is read rather than lost, with the rest of its table.
     */
    static Row row(String text, int pos, int to, List<Kind> cols, boolean absorbed, boolean aboveWeight) {
        int lineEnd = lineEnd(text, pos, to);
        for (int e = pos + 2; e < Math.min(lineEnd, pos + MAX_LABEL); e++) {
            char c = text.charAt(e);
            if (!Character.isDigit(c) && !SIGN.matcher(text).region(e, lineEnd).lookingAt()) {
                continue;
            }
            if (Character.isDigit(text.charAt(e - 1)) || text.charAt(e - 1) == '.') {
                continue; // inside a number
            }
            List<Split> splits = new ArrayList<>();
            // absorbed: the words in the target and actual columns ran into the label (及时较及时88)
            int first = absorbed ? firstNumeric(cols) : 0;
            if (first < 0) {
                return null;
            }
            split(text, e, lineEnd, cols, first, new String[cols.size()], new boolean[cols.size()],
                    new String[cols.size()], splits, null);
            splits.removeIf(s -> !plausible(s, cols, aboveWeight));
            if (splits.isEmpty()) {
                continue;
            }
            List<Split> close = splits.stream().filter(s -> close(s, cols)).toList();
            if (!close.isEmpty()) {
                splits = close;
            }
            int end = splits.get(0).end();
            if (splits.stream().anyMatch(s -> s.end() != end)) {
                return null; // where the row ends is itself in doubt
            }
            String label = FormCells.clean(text.substring(pos, e).replaceFirst("[,，;；:：、]+\\s*$", ""));
            if (label == null || label.length() < 2) {
                return null;
            }
            return new Row(label, agreed(splits, cols.indexOf(Kind.TARGET)), agreed(splits, cols.indexOf(Kind.ACTUAL)),
                    number(agreed(splits, cols.indexOf(Kind.WEIGHT))), number(agreed(splits, cols.indexOf(Kind.SCORE))),
                    end, e, first);
        }
        return null;
    }

    /**
     * Every (weight, score) the values of {@code row} split into, a score above its weight allowed (up to 100), with
     * the row's own end, target and actual: {@code 710} is 分值 71, 得分 0, or 分值 7, 得分 10. Which one, the
     * weights of the row's section may tell ({@link FlatIndicatorTable}).
     */
    static List<BigDecimal[]> weightsAndScores(String text, Row row, int to, List<Kind> cols) {
        int lineEnd = lineEnd(text, row.values(), to);
        List<Split> splits = new ArrayList<>();
        split(text, row.values(), lineEnd, cols, row.first(), new String[cols.size()], new boolean[cols.size()],
                new String[cols.size()], splits, null);
        splits.removeIf(s -> !plausible(s, cols, true) || s.end() != row.end());
        int ti = cols.indexOf(Kind.TARGET);
        int ai = cols.indexOf(Kind.ACTUAL);
        List<BigDecimal[]> out = new ArrayList<>();
        for (Split s : splits) {
            if (ti >= 0 && row.target() != null && !row.target().equals(s.values()[ti])
                    || ai >= 0 && row.actual() != null && !row.actual().equals(s.values()[ai])) {
                continue;
            }
            BigDecimal[] pair = {number(s.values()[cols.indexOf(Kind.WEIGHT)]), number(s.values()[cols.indexOf(Kind.SCORE)])};
            if (out.stream().noneMatch(p -> p[0].compareTo(pair[0]) == 0 && p[1].compareTo(pair[1]) == 0)) {
                out.add(pair);
            }
        }
        return out;
    }

    /** The first column after the leading target and actual columns, or -1 when they do not lead. */
    private static int firstNumeric(List<Kind> cols) {
        int i = 0;
        while (i < cols.size() && (cols.get(i) == Kind.TARGET || cols.get(i) == Kind.ACTUAL)) {
            i++;
        }
        return i == 0 ? -1 : i;
    }

    private static String agreed(List<Split> splits, int col) {
        if (col < 0) {
            return null;
        }
        String v = splits.get(0).values()[col];
        for (Split s : splits) {
            if (!Objects.equals(s.values()[col], v)) {
                return null;
            }
        }
        return v;
    }

    private static BigDecimal number(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /**
     * Every split of {@code text[pos, lineEnd)} into the columns from {@code col} on; a split must end where
     * the row can end: at the line's end, before a level name, a closing word, or a word (the next label).
     */
    private static void split(String text, int pos, int lineEnd, List<Kind> cols, int col, String[] values,
                              boolean[] measure, String[] units, List<Split> out, FlatVocabulary vocab) {
        if (out.size() >= MAX_PARSES) {
            return;
        }
        if (col == cols.size()) {
            // the next label (or note) has two characters before any number: a split that leaves 米≥12… behind is wrong
            // and a score has no unit: digits followed by 人 or 万元 are a count or an amount, not the row's end
            if (pos == lineEnd || !valueChar(text, pos, lineEnd) && (pos + 1 == lineEnd || !valueChar(text, pos + 1, lineEnd))
                    && !unitAt(text, pos, lineEnd)) {
                out.add(new Split(values.clone(), measure.clone(), units.clone(), pos));
            }
            return;
        }
        Kind kind = cols.get(col);
        switch (kind) {
            case METHOD -> split(text, pos, lineEnd, cols, col + 1, values, measure, units, out, vocab); // left empty
            case WEIGHT, SCORE -> {
                Matcher m = NUMBER.matcher(text).region(pos, lineEnd);
                if (!m.lookingAt()) {
                    return;
                }
                for (int end = pos + 1; end <= m.end(); end++) {
                    String s = text.substring(pos, end);
                    if (s.endsWith(".") || s.length() > 1 && s.startsWith("0") && !s.startsWith("0.")
                            || s.contains(".") && s.length() - s.indexOf('.') > 3) {
                        continue;
                    }
                    values[col] = s;
                    split(text, end, lineEnd, cols, col + 1, values, measure, units, out, vocab);
                    values[col] = null;
                }
            }
            case TARGET, ACTUAL -> {
                int next = col + 1;
                boolean pair = kind == Kind.TARGET && next < cols.size() && cols.get(next) == Kind.ACTUAL;
                // words between two numbers: the target and actual printed as text (明显改善明显改善)
                int w = pos;
                while (w < lineEnd && isWordChar(text.charAt(w))) {
                    w++;
                }
                // 指标2 is the next row's number, not a word printed in the target and actual columns
                boolean numbered = w < lineEnd && Character.isDigit(text.charAt(w)) && text.startsWith("指标", w - 2);
                if (w > pos && col > 0 && w < lineEnd && !numbered) {
                    String words = text.substring(pos, w);
                    int skip = pair ? 2 : 1;
                    if (pair && words.length() % 2 == 0
                            && words.substring(0, words.length() / 2).equals(words.substring(words.length() / 2))) {
                        values[col] = words.substring(0, words.length() / 2);
                        values[next] = values[col];
                    }
                    split(text, w, lineEnd, cols, col + skip, values, measure, units, out, vocab);
                    values[col] = null;
                    if (pair) {
                        values[next] = null;
                    }
                }
                measure(text, pos, lineEnd, cols, col, values, measure, units, out, vocab);
            }
            default -> {
            }
        }
    }

    /** A target or actual printed as a measure: sign, number, unit (any 0–3 characters before the next value). */
    private static void measure(String text, int pos, int lineEnd, List<Kind> cols, int col, String[] values,
                                boolean[] measure, String[] units, List<Split> out, FlatVocabulary vocab) {
        int p = pos;
        Matcher sign = SIGN.matcher(text).region(p, lineEnd);
        if (sign.lookingAt()) {
            p = sign.end();
        }
        Matcher m = NUMBER.matcher(text).region(p, lineEnd);
        if (!m.lookingAt()) {
            return;
        }
        for (int end = p + 1; end <= m.end(); end++) {
            String num = text.substring(p, end);
            if (num.endsWith(".") || num.length() > 1 && num.startsWith("0") && !num.startsWith("0.")) {
                continue;
            }
            if (num.equals("0") && p == pos && p > 0 && Character.isDigit(text.charAt(p - 1))) {
                continue; // 0 cut from the tail of the number before (100%100% read as 10 | 0% | 100%)
            }
            boolean cut = end < m.end(); // the next digits start the next column: no unit between
            for (int u = 0; u <= (cut ? 0 : 3) && end + u <= lineEnd; u++) {
                String unit = text.substring(end, end + u);
                boolean ok = u == 0 ? end == lineEnd || text.charAt(end) != '%' && text.charAt(end) != '‰'
                        : unit.equals("%") || unit.equals("‰") || unit.chars().allMatch(Character::isIdeographic);
                if (!ok) {
                    if (u > 0) {
                        break;
                    }
                    continue;
                }
                values[col] = text.substring(pos, end + u);
                measure[col] = true;
                units[col] = unit;
                split(text, end + u, lineEnd, cols, col + 1, values, measure, units, out, vocab);
                values[col] = null;
                measure[col] = false;
                units[col] = null;
                if (unit.equals("%") || unit.equals("‰")) {
                    break;
                }
            }
        }
    }

    static boolean unitAt(String text, int pos, int lineEnd) {
        // a unit closes its phrase (1234人, / 12万元。); 人手不足 is a word that happens to start with one
        if (pos + 1 < lineEnd && Unit.of(text.substring(pos, pos + 1)).filter(Unit::isMagnitude).isPresent()
                && unitAt(text, pos + 1, lineEnd)) {
            return true; // a magnitude before a unit: 550万粒, 3万人
        }
        for (int n = 1; n <= 2 && pos + n <= lineEnd; n++) {
            if (Unit.of(text.substring(pos, pos + n)).filter(u -> !u.isMagnitude()).isPresent()
                    && (pos + n == lineEnd || !Character.isIdeographic(text.charAt(pos + n)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean valueChar(String text, int pos, int lineEnd) {
        char c = text.charAt(pos);
        return Character.isDigit(c) || c == '.' || c == '%' || SIGN.matcher(text).region(pos, lineEnd).lookingAt();
    }

    private static boolean isWordChar(char c) {
        return Character.isIdeographic(c) || c == '(' || c == ')' || c == '（' || c == '）';
    }

    /**
     * Shapes a split must have: a positive weight, a score not above it (or, {@code aboveWeight}, not above 100),
     * target and actual of one kind and unit.
     */
    private static boolean plausible(Split s, List<Kind> cols, boolean aboveWeight) {
        int wi = cols.indexOf(Kind.WEIGHT);
        int si = cols.indexOf(Kind.SCORE);
        int ti = cols.indexOf(Kind.TARGET);
        int ai = cols.indexOf(Kind.ACTUAL);
        if (wi < 0 && si < 0) {
            // a table of targets and actuals only: both there, and both measures in one unit or both words
            return ti >= 0 && ai >= 0 && s.values()[ti] != null && s.values()[ai] != null
                    && s.measure()[ti] == s.measure()[ai] && Objects.equals(s.units()[ti], s.units()[ai]);
        }
        String w = s.values()[wi];
        String sc = s.values()[si];
        if (w == null || sc == null) {
            return false;
        }
        BigDecimal weight = new BigDecimal(w);
        if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0
                || new BigDecimal(sc).compareTo(aboveWeight ? BigDecimal.valueOf(100) : weight) > 0) {
            return false;
        }
        if (ti >= 0 && ai >= 0 && (s.measure()[ti] || s.measure()[ai])) {
            return s.measure()[ti] && s.measure()[ai] && Objects.equals(s.units()[ti], s.units()[ai]);
        }
        return true;
    }

    /** Target and actual within a factor of ten of each other (or not both numbers). */
    private static boolean close(Split s, List<Kind> cols) {
        int ti = cols.indexOf(Kind.TARGET);
        int ai = cols.indexOf(Kind.ACTUAL);
        if (ti < 0 || ai < 0 || !s.measure()[ti] || !s.measure()[ai]) {
            return true;
        }
        BigDecimal t = bare(s.values()[ti]);
        BigDecimal a = bare(s.values()[ai]);
        if (t == null || a == null) {
            return true;
        }
        BigDecimal ten = BigDecimal.TEN;
        return t.signum() == 0 || a.signum() == 0 ? t.compareTo(a) == 0
                : a.compareTo(t.multiply(ten)) <= 0 && t.compareTo(a.multiply(ten)) <= 0;
    }

    private static BigDecimal bare(String printed) {
        Matcher m = NUMBER.matcher(printed);
        return m.find() ? new BigDecimal(m.group()) : null;
    }
}
