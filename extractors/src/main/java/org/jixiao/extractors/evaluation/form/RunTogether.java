package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * Splits the values of one budget line whose cells were printed without separators
 * ({@code 236.50236.50221.0810093.48%9.35}) or with some separators lost, into the columns its
 * header names.
 *
 * <p>Every reading the values' shapes allow is tried: amounts of one run print the same number of decimals, a
 * rate ends with {@code %}, a weight is at most 100, a score at most its weight, no number but 0 starts with 0.
 * A column may be left empty only where the print shows a gap (white space or a dash), or at the end of the
 * line. Among the readings, those whose 执行率 is 执行数 ÷ 预算数 to the printed precision are preferred, else
 * those within one percentage point (and 5% of the rate). A column is read only when every remaining reading gives it the same
 * value: when the split is ambiguous, nothing is produced for the columns it concerns.
 */
final class RunTogether {

    /** One value of the line: its column's index, its printed text and offsets in the text given. */
    record Value(int column, String text, BigDecimal number, int start, int end) {
    }

    private static final Pattern AMOUNT = Pattern.compile("(?:0|[1-9]\\d*|[1-9]\\d{0,2}(?:,\\d{3})+)(?:\\.\\d+)?");
    private static final Pattern POINTS = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?");
    private static final Pattern RATE = Pattern.compile("(?:0|[1-9]\\d{0,3})(?:\\.\\d+)?%");
    /**
     * A rate printed without its % ({@code 93.48} under 执行率): read only as a whole space-separated piece, where
     * the cell's bounds are printed; inside run-together digits it would make every split a rate.
     */
    private static final Pattern BARE_RATE = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int MAX_READINGS = 2000;
    /** A loosely checked rate is off by at most one percentage point and at most this share of itself. */
    private static final BigDecimal LOOSE = new BigDecimal("0.05");

    private RunTogether() {
    }

    /** A gap-free stretch of the line; {@code blank} for a dash printed in an empty cell. */
    private record Piece(int start, int end, boolean blank) {
    }

    /**
     * The values of {@code text[from, to)} for {@code columns}, each column at most once; empty when no
     * reading fits. {@code ceiling}, if not null, bounds the amounts column by column (a funding-source line
     * never exceeds the total).
     */
    static List<Value> read(String text, int from, int to, List<BudgetColumn> columns, BigDecimal[] ceiling) {
        return agreed(readings(text, from, to, columns, ceiling), columns.size());
    }

    /**
     * Every reading left after the shape and rate checks, each an array by column (null: not printed); empty
     * when none fits or when there are too many to tell apart.
     */
    static List<Value[]> readings(String text, int from, int to, List<BudgetColumn> columns, BigDecimal[] ceiling) {
        return readings(text, List.of(new int[] {from, to}), columns, ceiling);
    }

    /**
     * As {@link #readings(String, int, int, List, BigDecimal[])}, for values printed in several stretches of the
     * text (cells a PDF dump displaced from their row): a gap lies between any two stretches.
     */
    static List<Value[]> readings(String text, List<int[]> spans, List<BudgetColumn> columns, BigDecimal[] ceiling) {
        List<Piece> pieces = new ArrayList<>();
        for (int[] span : spans) {
            pieces.addAll(pieces(text, span[0], span[1]));
        }
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<Value[]> readings = new ArrayList<>();
        enumerate(text, pieces, 0, -1, 0, columns, new Value[columns.size()], readings);
        if (readings.size() >= MAX_READINGS) {
            return List.of();
        }
        readings.removeIf(r -> !consistent(r, columns, pieces, ceiling));
        return preferScored(preferChecked(readings, columns), columns);
    }

    /**
     * The readings of a funding-source line that prints no points ({@code 其中：财政拨款1755.711755.711609.3691.7%}
     * under 年初预算数 · 全年预算数 · 全年执行数 · 标准分 · 执行率 · 得分): a source is not scored, so its 分值 and 得分
     * columns are left empty without a gap to show it, and read under every column its digits split into a weight
     * and a rate that do not check (9 | 1.7%). Read under the other columns, placed back under the header's.
     */
    static List<Value[]> unscored(String text, int from, int to, List<BudgetColumn> kinds, BigDecimal[] ceiling) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < kinds.size(); c++) {
            if (kinds.get(c) != BudgetColumn.WEIGHT && kinds.get(c) != BudgetColumn.SCORE) {
                kept.add(c);
            }
        }
        if (kept.size() == kinds.size()) {
            return List.of();
        }
        List<BudgetColumn> keptKinds = kept.stream().map(kinds::get).toList();
        BigDecimal[] keptCeiling = ceiling == null ? null : kept.stream().map(c -> ceiling[c]).toArray(BigDecimal[]::new);
        List<Value[]> out = new ArrayList<>();
        for (Value[] r : readings(text, from, to, keptKinds, keptCeiling)) {
            Value[] placed = new Value[kinds.size()];
            for (Value v : r) {
                if (v != null) {
                    int c = kept.get(v.column());
                    placed[c] = new Value(c, v.text(), v.number(), v.start(), v.end());
                }
            }
            out.add(placed);
        }
        return out;
    }

    private static List<Piece> pieces(String text, int from, int to) {
        List<Piece> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDash(c)) {
                out.add(new Piece(i, i + 1, true));
                i++;
            } else {
                int j = i;
                while (j < to && !Character.isWhitespace(text.charAt(j)) && !isDash(text.charAt(j))) {
                    j++;
                }
                out.add(new Piece(i, j, false));
                i = j;
            }
        }
        return out;
    }

    static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '－' || c == '/' || c == '–';
    }

    /**
     * Assigns pieces to columns from column {@code col}: at a piece's start (offset -1) columns may be skipped;
     * inside a piece the next value starts right where the previous ended.
     */
    private static void enumerate(String text, List<Piece> pieces, int p, int offset, int col,
                                  List<BudgetColumn> columns, Value[] acc, List<Value[]> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (p == pieces.size()) {
            out.add(acc.clone());
            return;
        }
        Piece piece = pieces.get(p);
        boolean atStart = offset < 0;
        int pos = atStart ? piece.start() : offset;
        for (int c = col; c < columns.size(); c++) {
            if (c > col && !atStart) {
                break; // no skipping inside a run of digits
            }
            if (piece.blank()) {
                enumerate(text, pieces, p + 1, -1, c + 1, columns, acc, out);
                continue;
            }
            BudgetColumn kind = columns.get(c);
            for (int end = pos + 1; end <= piece.end(); end++) {
                String s = text.substring(pos, end);
                boolean whole = pos == piece.start() && end == piece.end();
                if (!shape(kind).matcher(s).matches()
                        && !(kind == BudgetColumn.RATE && whole && BARE_RATE.matcher(s).matches())) {
                    continue;
                }
                acc[c] = new Value(c, s, number(s), pos, end);
                if (end == piece.end()) {
                    enumerate(text, pieces, p + 1, -1, c + 1, columns, acc, out);
                } else {
                    enumerate(text, pieces, p, end, c + 1, columns, acc, out);
                }
                acc[c] = null;
            }
        }
    }

    private static Pattern shape(BudgetColumn kind) {
        return switch (kind) {
            case RATE -> RATE;
            case WEIGHT, SCORE -> POINTS;
            default -> AMOUNT;
        };
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", "").replace("%", ""));
    }

    private static boolean wholePiece(Value v, List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.start() == v.start() && p.end() == v.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean consistent(Value[] r, List<BudgetColumn> columns, List<Piece> pieces, BigDecimal[] ceiling) {
        BigDecimal weight = null;
        for (int c = 0; c < r.length; c++) {
            if (r[c] != null && columns.get(c) == BudgetColumn.WEIGHT) {
                weight = r[c].number();
                if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
                    return false;
                }
            }
        }
        for (int c = 0; c < r.length; c++) {
            Value v = r[c];
            if (v == null) {
                continue;
            }
            BudgetColumn kind = columns.get(c);
            if (kind == BudgetColumn.SCORE && v.number().compareTo(weight != null ? weight : HUNDRED) > 0) {
                return false;
            }
            // the ceiling tells splits of run-together digits apart; a value printed between spaces is what it is,
            // and a source above its total is then the report's inconsistency to show, not a misreading
            if (ceiling != null && isAmount(kind) && ceiling[c] != null && v.number().compareTo(ceiling[c]) > 0
                    && !wholePiece(v, pieces)) {
                return false;
            }
        }
        // a rate printed without its % is a rate only where the arithmetic says so: 执行数 ÷ 预算数 within a
        // percentage point, or nothing budgeted, nothing spent and 0 (a 10 under 执行率 may be a 得分 shifted left)
        Value rate = find(r, columns, BudgetColumn.RATE);
        if (rate != null && !rate.text().endsWith("%") && !bareRateChecks(r, columns, rate)) {
            return false;
        }
        // amounts printed in one run share their number of decimals
        for (Piece piece : pieces) {
            Integer places = null;
            for (int c = 0; c < r.length; c++) {
                Value v = r[c];
                if (v != null && isMoney(columns.get(c)) && v.start() >= piece.start() && v.end() <= piece.end()) {
                    int p = v.number().scale();
                    if (places != null && places != p) {
                        return false;
                    }
                    places = p;
                }
            }
        }
        return true;
    }

    /**
     * Whether a reading assembled from several readings keeps the shape rules (a weight in (0, 100], a score at
     * most its weight) and its 执行率 is 执行数 ÷ 预算数 to within one percentage point: the arithmetic that
     * confirms values placed by their shapes alone.
     */
    static boolean confirmed(Value[] r, List<BudgetColumn> columns) {
        if (!consistent(r, columns, List.of(), null)) {
            return false;
        }
        BigDecimal gap = rateGap(r, columns);
        return gap != null && gap.compareTo(BigDecimal.ONE) <= 0
                && gap.compareTo(find(r, columns, BudgetColumn.RATE).number().multiply(LOOSE)) <= 0;
    }

    /** Of readings each {@link #confirmed}, those the rate and score checks prefer, as for one line. */
    static List<Value[]> preferred(List<Value[]> readings, List<BudgetColumn> columns) {
        return preferScored(preferChecked(readings, columns), columns);
    }

    static boolean isAmount(BudgetColumn kind) {
        return kind == BudgetColumn.INITIAL || kind == BudgetColumn.FULL_YEAR || kind == BudgetColumn.EXECUTED
                || kind == BudgetColumn.ARRIVED;
    }

    /**
     * Money printed in the line's run, so with the same decimals as the amounts: the amounts and the 结余. A 结余 is
     * no amount otherwise: a funding source's may exceed the total's (their signs differ), so no ceiling holds it.
     */
    private static boolean isMoney(BudgetColumn kind) {
        return isAmount(kind) || kind == BudgetColumn.BALANCE;
    }

    /** Readings whose rate checks tightly, else loosely, else all of them. */
    private static List<Value[]> preferChecked(List<Value[]> readings, List<BudgetColumn> columns) {
        List<Value[]> tight = new ArrayList<>();
        List<Value[]> loose = new ArrayList<>();
        for (Value[] r : readings) {
            BigDecimal gap = rateGap(r, columns);
            if (gap == null) {
                continue;
            }
            Value rate = find(r, columns, BudgetColumn.RATE);
            if (gap.compareTo(BigDecimal.ONE.movePointLeft(Math.max(0, rate.number().scale()))) <= 0) {
                tight.add(r);
            } else if (gap.compareTo(BigDecimal.ONE) <= 0 && gap.compareTo(rate.number().multiply(LOOSE)) <= 0) {
                loose.add(r);
            }
        }
        if (tight.size() > 1) {
            // 560560100% read as 5605601 | 0 | 0%: a rate cut from the tail of a longer rate another reading takes
            // whole (0% of 100%) is the weaker reading; every rate ending in 0% allows it
            List<Value[]> all = tight;
            List<Value[]> whole = tight.stream().filter(r -> {
                Value rate = find(r, columns, BudgetColumn.RATE);
                return all.stream().map(o -> find(o, columns, BudgetColumn.RATE)).noneMatch(o -> o.end() == rate.end()
                        && o.start() < rate.start());
            }).toList();
            if (!whole.isEmpty()) {
                tight = whole;
            }
        }
        return !tight.isEmpty() ? tight : !loose.isEmpty() ? loose : readings;
    }

    /**
     * Among readings, those where 得分 = 分值 × 执行率 (capped at 100%) to the score's printed precision, if
     * any: most templates score the budget line so ({@code 得分(20分*执行率)}), and where one does not, no
     * reading passes and all are kept.
     */
    private static List<Value[]> preferScored(List<Value[]> readings, List<BudgetColumn> columns) {
        List<Value[]> scored = readings.stream().filter(r -> scored(r, columns)).toList();
        return scored.isEmpty() ? readings : scored;
    }

    /** Whether the reading's 得分 is 分值 × 执行率 (capped at 100%) to the score's printed precision. */
    static boolean scored(Value[] r, List<BudgetColumn> columns) {
        Value w = find(r, columns, BudgetColumn.WEIGHT);
        Value rate = find(r, columns, BudgetColumn.RATE);
        Value s = find(r, columns, BudgetColumn.SCORE);
        if (w == null || rate == null || s == null) {
            return false;
        }
        BigDecimal expected = w.number().multiply(rate.number().min(HUNDRED)).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, s.number().scale()));
        return expected.subtract(s.number()).abs().compareTo(unit) <= 0;
    }

    /** |执行数 ÷ 预算数 × 100 − 执行率|, or null when the reading cannot be checked. */
    private static boolean bareRateChecks(Value[] r, List<BudgetColumn> columns, Value rate) {
        Value executed = find(r, columns, BudgetColumn.EXECUTED);
        Value base = find(r, columns, BudgetColumn.FULL_YEAR);
        if (base == null) {
            base = find(r, columns, BudgetColumn.INITIAL);
        }
        if (executed == null || base == null) {
            return false;
        }
        if (base.number().signum() == 0) {
            return executed.number().signum() == 0 && rate.number().signum() == 0;
        }
        BigDecimal gap = rateGap(r, columns);
        return gap != null && gap.compareTo(BigDecimal.ONE) <= 0;
    }

    private static BigDecimal rateGap(Value[] r, List<BudgetColumn> columns) {
        Value rate = find(r, columns, BudgetColumn.RATE);
        Value executed = find(r, columns, BudgetColumn.EXECUTED);
        Value base = find(r, columns, BudgetColumn.FULL_YEAR);
        if (base == null) {
            base = find(r, columns, BudgetColumn.INITIAL);
        }
        if (rate == null || executed == null || base == null || base.number().signum() == 0) {
            return null;
        }
        BigDecimal computed = executed.number().multiply(HUNDRED).divide(base.number(), 6, RoundingMode.HALF_UP);
        return computed.subtract(rate.number()).abs();
    }

    private static Value find(Value[] r, List<BudgetColumn> columns, BudgetColumn kind) {
        for (int c = 0; c < r.length; c++) {
            if (r[c] != null && columns.get(c) == kind) {
                return r[c];
            }
        }
        return null;
    }

    /** The values every reading agrees on (same text at the same place). */
    static List<Value> agreed(List<Value[]> readings, int n) {
        if (readings.isEmpty()) {
            return List.of();
        }
        List<Value> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Value first = readings.get(0)[c];
            final int col = c;
            if (first != null && readings.stream().allMatch(r -> Objects.equals(r[col], first))) {
                out.add(first);
            }
        }
        return out;
    }
}
