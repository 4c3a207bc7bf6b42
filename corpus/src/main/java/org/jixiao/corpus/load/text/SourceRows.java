package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The funding-source lines of a budget block printed one cell a line ({@code 其中：财政拨款 / 30.56 / 37.08 / 35.21 /
 * 95.0%}): under a header of amounts, points and a rate ({@code 年初预算 | 调整后预算数 | 预算执行数 | 标准分 | 执行率 |
 * 得分}) such a line prints its amounts and its rate but leaves the points columns empty, so it is shorter than the
 * header and its cells are not left-aligned. Its place is still proved: the amounts fill the leading amount
 * columns in order, and the one value with a percent sign stands under the one column whose name holds 率 (and
 * is not a points column: {@code 得分（20*执行率）} names a rate only to say how its points are worked out).
 */
final class SourceRows {

    /**
     * A points column, whatever its name says of how the points are worked out: {@code 得分（20*执行率）} holds
     * points, not a rate.
     */
    private static final Pattern POINTS = Pattern.compile("分|权重");

    private SourceRows() {
    }

    /**
     * The source line whose label is {@code values[pos]}, as a row of the labelled table (label in column 0, the
     * header one column to the right), or null when its cells cannot be placed that way.
     */
    static LineCells.Row row(List<String> headers, List<String> values, int pos) {
        int rate = -1;
        int amounts = -1;
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            boolean points = POINTS.matcher(h).find();
            if (h.contains("率") && !points) {
                if (rate >= 0) {
                    return null; // two rate columns: the percent sign does not say which
                }
                rate = c;
            }
            if (amounts < 0 && (h.contains("率") || points)) {
                amounts = c;
            }
        }
        if (rate < 0 || amounts < 1) {
            return null;
        }
        List<Integer> lines = new ArrayList<>(List.of(pos));
        List<Integer> cols = new ArrayList<>(List.of(0));
        int p = pos + 1;
        while (p < values.size() && lines.size() - 1 < amounts && LineCells.number(values.get(p))
                && !isRate(values.get(p))) {
            lines.add(p);
            cols.add(lines.size() - 1);
            p++;
        }
        if (lines.size() == 1 || p >= values.size() || !isRate(values.get(p))) {
            return null;
        }
        lines.add(p);
        cols.add(1 + rate);
        p++;
        if (p < values.size() && LineCells.number(values.get(p))) {
            return null; // a value after the rate: the line is something else
        }
        return new LineCells.Row(lines, 0, cols);
    }

    private static boolean isRate(String cell) {
        String t = cell.strip();
        return t.endsWith("%") || t.endsWith("％");
    }
}
