package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * The budget total line of a spreadsheet dumped to text with its cells out of order: the total's label printed
 * before the header, the values right after it, with merged cells (a 全年预算数 spanning the total and the
 * 当年财政拨款 line) printed where the dump placed them ({@code 0 207.45 10 100% 10 207.45—100%—}). Order says
 * nothing, so the values are read by what must hold between them: every column of the header takes one printed
 * value of its shape (a rate ends with %, a weight is 1–100, a score at most the weight), 执行率 is 执行数 ÷ 预算数
 * to the printed precision, and a value is given to a column only when every assignment that fits gives that
 * column the same number. The line is marked scattered, so checks never call a difference over it an error.
 */
final class ScatteredLine {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?%?");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    /** More values than this are not one line and its neighbour: not read. */
    private static final int MAX_PIECES = 12;
    private static final int MAX_ASSIGNMENTS = 5000;

    private ScatteredLine() {
    }

    /**
     * The total line of a dump that printed its label before the header and its values, out of order, right after
     * it ({@code 年度资金总额…全年预算数全年执行数分值执行率得分0 207.45 10 100% 10 207.45—100%—}); returns where
     * the values end ({@code from} when there is no such line).
     */
    static int totalLine(FlatText t, int from, int limit, List<FlatVocabulary.Column> cols, String before,
                         List<FlatForms.Row> out) {
        String label = totalBefore(before);
        String text = t.text();
        int start = FlatForms.skipSpace(text, from, limit);
        if (label == null || start == limit || !Character.isDigit(text.charAt(start))) {
            return from;
        }
        int end = start;
        while (end < limit && FlatForms.isValueChar(text.charAt(end)) && text.charAt(end) != '\n') {
            end++;
        }
        List<FlatForms.Value> values = new ArrayList<>();
        for (RunTogether.Value v : read(text, start, end, cols.stream().map(FlatVocabulary.Column::kind).toList())) {
            FlatVocabulary.Column c = cols.get(v.column());
            values.add(new FlatForms.Value(c.kind(), c.text(), v.number(), v.text(), t.at(v.start(), v.end())));
        }
        if (values.isEmpty()) {
            return from;
        }
        out.add(new FlatForms.Row(label, true, values, true));
        return end;
    }

    /**
     * The total line's label when the text before a header ends with one ({@code 年度资金总额} printed before
     * 全年预算数…): the layout whose values this class reads, out of order; null otherwise.
     */
    static String totalBefore(String before) {
        String label = null;
        int at = -1;
        for (String w : FlatVocabulary.get().totals) {
            int i = before.lastIndexOf(w);
            // the last total word printed, whole: 年度资金总额 rather than the 资金总额 inside it
            if (i >= 0 && (i + w.length() > at || i + w.length() == at && w.length() > label.length())) {
                at = i + w.length();
                label = w;
            }
        }
        return label;
    }

    /** One printed value: its text and offsets. */
    private record Piece(String text, BigDecimal number, boolean rate, int start, int end) {
    }

    /**
     * The values of {@code text[from, to)} for {@code columns}, each with its place; empty unless 预算数, 执行数
     * and 执行率 are all told.
     */
    static List<RunTogether.Value> read(String text, int from, int to, List<BudgetColumn> columns) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String s = m.group();
            boolean rate = s.endsWith("%");
            pieces.add(new Piece(s, new BigDecimal(rate ? s.substring(0, s.length() - 1) : s), rate, m.start(), m.end()));
        }
        boolean planned = columns.contains(BudgetColumn.FULL_YEAR) || columns.contains(BudgetColumn.INITIAL);
        if (pieces.size() < columns.size() || pieces.size() > MAX_PIECES || !planned
                || !columns.contains(BudgetColumn.EXECUTED) || !columns.contains(BudgetColumn.RATE)) {
            return List.of();
        }
        List<int[]> fits = new ArrayList<>();
        assign(pieces, columns, 0, new int[columns.size()], new boolean[pieces.size()], fits);
        if (fits.isEmpty() || fits.size() >= MAX_ASSIGNMENTS) {
            return List.of();
        }
        List<RunTogether.Value> out = new ArrayList<>();
        boolean[] given = new boolean[pieces.size()];
        for (int c = 0; c < columns.size(); c++) {
            final int col = c;
            String printed = pieces.get(fits.get(0)[c]).text();
            if (fits.stream().anyMatch(f -> !pieces.get(f[col]).text().equals(printed))) {
                continue; // the assignments that fit disagree on this column
            }
            // of the equal values the column may take, the first printed and not given to another column
            for (int p = 0; p < pieces.size(); p++) {
                final int piece = p;
                if (!given[p] && fits.stream().anyMatch(f -> f[col] == piece)) {
                    given[p] = true;
                    Piece v = pieces.get(p);
                    out.add(new RunTogether.Value(c, v.text(), v.number(), v.start(), v.end()));
                    break;
                }
            }
        }
        boolean told = out.stream().anyMatch(v -> columns.get(v.column()) == BudgetColumn.EXECUTED)
                && out.stream().anyMatch(v -> columns.get(v.column()) == BudgetColumn.RATE)
                && out.stream().anyMatch(v -> columns.get(v.column()) == BudgetColumn.FULL_YEAR
                || columns.get(v.column()) == BudgetColumn.INITIAL);
        return told ? out : List.of();
    }

    /** Every assignment of distinct pieces to the columns from {@code col} on that fits the shapes and the rate. */
    private static void assign(List<Piece> pieces, List<BudgetColumn> columns, int col, int[] acc, boolean[] used,
                               List<int[]> out) {
        if (out.size() >= MAX_ASSIGNMENTS) {
            return;
        }
        if (col == columns.size()) {
            if (fits(pieces, columns, acc)) {
                out.add(acc.clone());
            }
            return;
        }
        BudgetColumn kind = columns.get(col);
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            if (used[p] || piece.rate() != (kind == BudgetColumn.RATE)) {
                continue;
            }
            if ((kind == BudgetColumn.WEIGHT || kind == BudgetColumn.SCORE)
                    && (piece.number().compareTo(HUNDRED) > 0 || piece.number().scale() > 2)) {
                continue;
            }
            used[p] = true;
            acc[col] = p;
            assign(pieces, columns, col + 1, acc, used, out);
            used[p] = false;
        }
    }

    private static boolean fits(List<Piece> pieces, List<BudgetColumn> columns, int[] acc) {
        BigDecimal base = null;
        BigDecimal executed = null;
        Piece rate = null;
        BigDecimal weight = null;
        BigDecimal score = null;
        for (int c = 0; c < columns.size(); c++) {
            Piece p = pieces.get(acc[c]);
            switch (columns.get(c)) {
                case FULL_YEAR -> base = p.number();
                case INITIAL -> base = base == null ? p.number() : base;
                case EXECUTED -> executed = p.number();
                case RATE -> rate = p;
                case WEIGHT -> weight = p.number();
                case SCORE -> score = p.number();
                default -> {
                }
            }
        }
        if (weight != null && weight.signum() <= 0
                || score != null && score.compareTo(weight == null ? HUNDRED : weight) > 0) {
            return false;
        }
        if (base == null || executed == null || rate == null || base.signum() <= 0) {
            return false;
        }
        BigDecimal computed = executed.multiply(HUNDRED).divide(base, 6, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, rate.number().scale()));
        return computed.subtract(rate.number()).abs().compareTo(unit) <= 0;
    }
}
