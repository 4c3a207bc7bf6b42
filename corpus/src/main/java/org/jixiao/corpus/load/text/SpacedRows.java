package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.text.LineCells.Kind;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * A table whose cells a page separated by single spaces: a header line of known column words only
 * ({@code 年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分}, {@link LineCells#header}), then rows that each open with a
 * label the header does not name and hold one value per column, left to right, each of its column's kind
 * ({@code 年度资金总额 45 45 10 100% 10 …}); the first row fills every column, later rows (funding sources) may stop
 * early. A single space separates words in prose too, so the header must be
 * column words alone, at least three and two of them number columns, and a row must fit them: the header then sits
 * one column to the right of the row labels. A value column's dash ({@code -}, {@code —}, {@code /}) is an empty
 * cell printed; a last text column takes the rest of its line.
 */
final class SpacedRows {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern DASH = Pattern.compile("^[-—－/／]+$");
    private static final int MIN_HEADER = 3;
    private static final int MIN_NUMBERS = 2;

    private SpacedRows() {
    }

    /** The spaces inside a line (its indent and trailing spaces too: a cheap bound before tokenizing). */
    private static int spaces(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The token spans of a line. */
    private static List<int[]> tokens(String line) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The kinds of a header line's columns, or null when the line is not a header of column words alone. */
    private static List<Kind> header(String line) {
        if (line.indexOf('\t') >= 0 || spaces(line) < MIN_HEADER - 1 || PipeTables.hasPipe(line)) {
            return null; // most lines of a report: prose, no spaces between three words
        }
        List<int[]> ts = tokens(line);
        if (ts.size() < MIN_HEADER) {
            return null;
        }
        List<Kind> kinds = new ArrayList<>();
        int numbers = 0;
        for (int[] t : ts) {
            Kind k = LineCells.header(line.substring(t[0], t[1]));
            if (k == null) {
                return null;
            }
            numbers += k == Kind.NUMBER ? 1 : 0;
            kinds.add(k);
        }
        return numbers >= MIN_NUMBERS ? kinds : null;
    }

    /** Whether a header line of this layout starts at {@code i} with at least one row under it. */
    static boolean starts(List<String> lines, int i) {
        List<Kind> kinds = header(lines.get(i));
        return kinds != null && i + 1 < lines.size() && full(row(lines.get(i + 1), kinds), kinds);
    }

    /**
     * Whether the first row fills every column (a last text column may be empty): where a value is missing, which
     * one the spaces do not say ({@code 年度资金总额: 880 880 880 10 10} under six columns), and the flat-form
     * reader, which weighs the values' shapes, reads the line instead.
     */
    private static boolean full(List<String> row, List<Kind> kinds) {
        if (row == null) {
            return false;
        }
        int values = row.size() - 1;
        return values == kinds.size() || values == kinds.size() - 1 && kinds.get(kinds.size() - 1) == Kind.ANY;
    }

    /** The cells of a row under {@code kinds}: its label then its values, or null when the line does not fit. */
    private static List<String> row(String line, List<Kind> kinds) {
        if (line.isBlank() || line.indexOf('\t') >= 0 || PipeTables.hasPipe(line)) {
            return null;
        }
        List<int[]> ts = tokens(line);
        if (ts.size() < 2) {
            return null;
        }
        String label = line.substring(ts.get(0)[0], ts.get(0)[1]);
        if (LineCells.number(label) || LineCells.header(label) != null) {
            return null;
        }
        List<String> cells = new ArrayList<>(List.of(label));
        int numbers = 0;
        for (int k = 1; k < ts.size(); k++) {
            int col = k - 1;
            if (col >= kinds.size()) {
                return null;
            }
            boolean last = col == kinds.size() - 1;
            String v = last && kinds.get(col) == Kind.ANY
                    ? line.substring(ts.get(k)[0], ts.get(ts.size() - 1)[1])
                    : line.substring(ts.get(k)[0], ts.get(k)[1]);
            boolean dash = DASH.matcher(v).matches();
            if (kinds.get(col) == Kind.NUMBER && !dash && !LineCells.number(v)
                    || kinds.get(col) == Kind.LABEL && LineCells.number(v)) {
                return null;
            }
            numbers += LineCells.number(v) ? 1 : 0;
            cells.add(dash ? "" : v);
            if (v.length() > ts.get(k)[1] - ts.get(k)[0]) {
                break; // the last text column took the rest of the line
            }
        }
        return cells;
    }

    /** The table at {@code start}, or null. */
    static TextTables.Found read(List<String> lines, int start) {
        String headerLine = lines.get(start);
        List<Kind> kinds = header(headerLine);
        if (kinds == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        int j = start + 1;
        while (j < lines.size()) {
            List<String> r = row(lines.get(j), kinds);
            if (r == null) {
                break;
            }
            rows.add(r);
            j++;
        }
        if (rows.isEmpty() || rows.stream().noneMatch(r -> r.stream().skip(1).filter(LineCells::number).count() >= MIN_NUMBERS)) {
            return null;
        }
        TableDraft d = new TableDraft();
        List<int[]> hs = tokens(headerLine);
        for (int c = 0; c < hs.size(); c++) {
            d.cell(0, c + 1, 1, 1, headerLine.substring(hs.get(c)[0], hs.get(c)[1]), null, Mode.LINES);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    d.cell(r + 1, c, 1, 1, row.get(c), null, Mode.LINES);
                }
            }
        }
        return new TextTables.Found(d, j);
    }
}
