package org.jixiao.corpus.load.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.Simplified;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Tables that a web page flattened to one cell per line (blank lines between cells are ignored): a header
 * of at least three column names, each a known header word ({@code header-words.txt}), then the cells of
 * the rows, left to right, top to bottom. Without a delimiter, the rows are recovered only where the
 * layout proves them, in one of four ways; otherwise the lines stay paragraphs:
 * <ul>
 *   <li><b>numbered rows</b>: the first column is 序号, and each row starts at the next number (1, 2, 3 …).
 *       A row may be shorter than the header (a trailing empty cell prints nothing): its cells are
 *       left-aligned. A first row without its number starts in the second column;</li>
 *   <li><b>labelled rows</b>: each row is a label the header does not name (年度资金总额) and then exactly
 *       one cell per header column, each of its column's kind; the header sits one column to the right. A
 *       label directly followed by another label is a row whose cells are all empty; such rows after the
 *       last full row are left out. A budget block's funding-source line, its points columns empty, is placed
 *       by its amounts and its rate ({@link SourceRows});</li>
 *   <li><b>a single row</b> of one number per column under a header of number columns only, followed by a
 *       line that is not a number;</li>
 *   <li><b>rows of a fixed width</b>: the cells fall into rows of the header's width, or one less (a last
 *       cell left empty prints nothing), where every column holds only numbers or only text, and at least one
 *       column only numbers; the width that covers the most cells wins. A short row is left-aligned;</li>
 *   <li><b>indicator rows</b> (一级/二级/三级指标 … 得分): a vertically merged cell prints only in its first
 *       row, so each row is a <em>suffix</em> of the header's columns, recognized by which columns hold
 *       numbers (分值, 得分). The cells are right-aligned, and the merged cell above spans down over the
 *       rows that omitted it.</li>
 * </ul>
 * A cell whose own line breaks became lines too (a wrapped header cell, a wrapped level name, a sentence note) is
 * put back together by {@link WrappedCells}.
 * The table ends at the first line that cannot be a cell (long prose, a sentence), at a total row
 * (合计/总计, whose cells cannot be placed), or where the rows stop fitting; what follows stays text. An indicator
 * table keeps its total row ({@code 总分 / 100 / 94.3 / 优}): its one or two numbers go under the header's last
 * number columns (分值, 得分), a grade after them.
 */
final class LineCells {

    /** What a column holds, from the header word naming it. */
    enum Kind { NUMBER, LABEL, ANY }

    private static final Map<String, Kind> WORDS = load();
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]");
    /** A number, a percentage, or an amount printed with its money unit (4753.66万元) as some pages fill a number column. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|万元|元|亿元)?");
    private static final Pattern TOTAL = Pattern.compile("^(?:合\\s*计|总\\s*计|小\\s*计)[:：]?$");
    /** The closing row of an indicator table (总分, 合计), whose cells {@link #totalRow} places. */
    /** The closing row of an indicator table (总分, 合计, 自评总分 …), whose cells {@link #totalColumns} places. */
    static final Pattern TOTAL_ROW = Pattern.compile(
            "^(?:合\\s*计|总\\s*计|(?:自评)?总\\s*分|总得分|综合得分|自评得分)[:：]?$");
    static final Pattern GRADE = Pattern.compile("优秀?|良好?|中等?|一般|合格|及格|较差|差|不合格|不及格");

    private static final int MIN_HEADER = 3;
    private static final int HEADER_LENGTH = 24;
    private static final int CELL_LENGTH = 60;
    private static final int ROW_LABEL_LENGTH = 12;

    private LineCells() {
    }

    /** A header cell's kind, or null when the line is not a column header. */
    static Kind header(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > HEADER_LENGTH) {
            return null;
        }
        String core = Simplified.of(BRACKETS.matcher(t).replaceAll("").replaceAll("\\s+", ""));
        for (int k = 0; k + 2 <= core.length(); k++) {
            Kind kind = WORDS.get(core.substring(k));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** Whether {@code text}, without its bracketed notes and spaces, is a header word whole, not only ending with one. */
    static boolean wholeHeaderWord(String text) {
        return WORDS.containsKey(Simplified.of(BRACKETS.matcher(text).replaceAll("").replaceAll("\\s+", "")));
    }

    /** Whether a header run of at least three lines starts at line {@code i}. */
    static boolean starts(List<String> lines, int i) {
        int found = 0;
        for (int j = i; j < lines.size() && found < MIN_HEADER; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            if (header(lines.get(j)) == null) {
                int second = WrappedCells.header(lines, j);
                if (second < 0) {
                    return false;
                }
                j = second;
            }
            found++;
        }
        return found == MIN_HEADER;
    }

    /** A line that may be one cell: short, not a sentence, no delimiter of another layout. */
    private static boolean cellLike(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= CELL_LENGTH && (!TextParagraphs.endsSentence(t) || rowLabel(t))
                && line.indexOf('\t') < 0 && !PipeTables.hasPipe(line);
    }

    /**
     * A short row label ending in a colon (项目支出:, 三公经费：) or a placeholder row of dots (……): it ends
     * like a sentence, but a sentence is longer.
     */
    private static boolean rowLabel(String t) {
        return t.length() <= ROW_LABEL_LENGTH && (t.endsWith(":") || t.endsWith("：")) || t.matches("[…．.]+");
    }

    static boolean number(String cell) {
        return NUMBER.matcher(Normalizer.normalize(cell.strip(), Normalizer.Form.NFKC)).matches();
    }

    static boolean fits(Kind kind, String cell) {
        return switch (kind) {
            case NUMBER -> number(cell);
            case LABEL -> !number(cell);
            case ANY -> true;
        };
    }

    /**
     * A data row: the line indices of its cells and the column of its first cell; {@code cols}, when not null, the
     * column of each cell (a row with gaps, {@link SourceRows}), else the cells stand side by side.
     */
    record Row(List<Integer> lines, int firstCol, List<Integer> cols) {
        Row(List<Integer> lines, int firstCol) {
            this(lines, firstCol, null);
        }

        int col(int k) {
            return cols == null ? firstCol + k : cols.get(k);
        }
    }

    /** The one-cell-per-line table starting at {@code start}, or null. */
    static TextTables.Found read(List<String> lines, int start) {
        List<Integer> header = new ArrayList<>();
        List<String> headerTexts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int j = start; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (!cellLike(line) && !(!values.isEmpty() && WrappedCells.note(line, headerTexts))) {
                break;
            }
            Kind kind = values.isEmpty() ? header(line) : null;
            int second = values.isEmpty() && kind == null ? WrappedCells.header(lines, j) : -1;
            if (second >= 0) {
                String joined = line.strip() + lines.get(second).strip();
                header.add(j);
                headerTexts.add(joined);
                kinds.add(header(joined));
                j = second;
            } else if (kind != null) {
                header.add(j);
                headerTexts.add(line);
                kinds.add(kind);
            } else {
                values.add(j);
            }
        }
        if (header.size() < MIN_HEADER || values.isEmpty()) {
            return null;
        }
        Map<Integer, String> joined = WrappedCells.levelNames(lines, values);
        List<String> texts = values.stream().map(i -> joined.getOrDefault(i, lines.get(i))).toList();
        List<Row> rows = numbered(headerTexts.get(0), kinds.size(), texts);
        boolean suffix = false;
        int headerCol = 0;
        if (rows == null) {
            rows = labelled(kinds, headerTexts, texts);
            headerCol = rows.isEmpty() ? 0 : 1;
        }
        if (rows == null || rows.isEmpty()) {
            List<Row> fixed = fixedWidth(kinds.size(), texts);
            boolean indicatorHeader = LevelNames.columns(headerTexts, kinds.size())
                    .contains(3);
            List<Row> indicator = indicatorHeader
                    ? IndicatorRows.read(kinds, headerTexts, texts)
                    : suffixRows(kinds, texts);
            suffix = cells(indicator) > cells(fixed);
            rows = suffix ? indicator : fixed;
            if (indicatorHeader && !rows.isEmpty()) {
                Row total = totalRow(kinds, texts, last(rows) + 1);
                if (total != null) {
                    rows = new ArrayList<>(rows);
                    rows.add(total);
                }
            }
            if (rows.size() < 2) {
                rows = singleRow(kinds, texts);
                suffix = false;
            }
            if (rows == null) {
                return null;
            }
        }
        // rows hold positions in `values`; turn them into line indices
        List<Row> byLine = rows.stream()
                .map(r -> new Row(r.lines().stream().map(values::get).toList(), r.firstCol(), r.cols())).toList();
        int last = byLine.get(byLine.size() - 1).lines().get(byLine.get(byLine.size() - 1).lines().size() - 1);
        return new TextTables.Found(draft(lines, headerTexts, headerCol, byLine, suffix, joined), last + 1);
    }

    private static int last(List<Row> rows) {
        List<Integer> l = rows.get(rows.size() - 1).lines();
        return l.get(l.size() - 1);
    }

    /**
     * The total row right after an indicator table's rows, {@code 总分 / 100 / 94.3 / 优} or {@code 总分 / 71.7}: its
     * label in the first column, its one or two numbers under the header's last number columns (分值 and 得分, or
     * 得分 alone), a grade after them in the next column. Null when the cells after the rows are not that.
     */
    private static Row totalRow(List<Kind> kinds, List<String> values, int pos) {
        if (pos >= values.size() || !TOTAL_ROW.matcher(values.get(pos).strip()).matches()) {
            return null;
        }
        int n = 0;
        while (n < 2 && pos + 1 + n < values.size() && number(points(values.get(pos + 1 + n)))) {
            n++;
        }
        List<Integer> target = totalColumns(kinds, n, Set.of());
        if (target == null) {
            return null;
        }
        List<Integer> lines = new ArrayList<>(List.of(pos));
        List<Integer> cols = new ArrayList<>(List.of(0));
        for (int k = 0; k < n; k++) {
            lines.add(pos + 1 + k);
            cols.add(target.get(k));
        }
        int after = cols.get(cols.size() - 1) + 1;
        if (after < kinds.size() && pos + 1 + n < values.size()
                && GRADE.matcher(values.get(pos + 1 + n).strip()).matches()) {
            lines.add(pos + 1 + n);
            cols.add(after);
        }
        return new Row(lines, 0, cols);
    }

    /**
     * The columns a total row's {@code n} numbers (1 or 2) go under: the header's last number columns after the label
     * column (分值 and 得分, or 得分 alone). One number is the score's total, unless no row above scored
     * ({@code numbersAbove}, the columns holding a number, misses the last one): then the weights' total, under the
     * last column that does. Null when the header has too few number columns.
     */
    static List<Integer> totalColumns(List<Kind> kinds, int n, Set<Integer> numbersAbove) {
        List<Integer> numberCols = new ArrayList<>();
        for (int c = 1; c < kinds.size(); c++) {
            if (kinds.get(c) == Kind.NUMBER) {
                numberCols.add(c);
            }
        }
        if (n == 0 || numberCols.size() < n) {
            return null;
        }
        List<Integer> used = numberCols.stream().filter(numbersAbove::contains).toList();
        List<Integer> from = n == 1 && !used.isEmpty() && !used.contains(numberCols.get(numberCols.size() - 1))
                ? used : numberCols;
        return from.subList(from.size() - n, from.size());
    }

    /** A score cell without its 分: {@code 99.55分} → {@code 99.55}. */
    static String points(String cell) {
        String t = cell.strip();
        return t.endsWith("分") ? t.substring(0, t.length() - 1) : t;
    }

    private static int cells(List<Row> rows) {
        return rows.stream().mapToInt(r -> r.lines().size()).sum();
    }

    /** Whether a header cell is 序号, its brackets, spaces and script aside. */
    static boolean serialHeader(String cell) {
        return Simplified.of(BRACKETS.matcher(cell).replaceAll("").replaceAll("\\s+", "")).equals("序号");
    }

    /** Rows that start at 1, 2, 3 … under a 序号 column; null when the header does not start with 序号. */
    private static List<Row> numbered(String firstHeader, int width, List<String> values) {
        if (!serialHeader(firstHeader)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        int expected = 1;
        int pos = 0;
        while (pos < values.size() && !TOTAL.matcher(values.get(pos).strip()).matches()) {
            boolean numberedRow = isNumber(values.get(pos), expected);
            if (!numberedRow && !rows.isEmpty()) {
                break;
            }
            int firstCol = numberedRow ? 0 : 1;
            if (numberedRow) {
                expected++;
            }
            int room = width - firstCol;
            List<Integer> row = new ArrayList<>();
            row.add(pos++);
            while (pos < values.size() && row.size() < room
                    && !TOTAL.matcher(values.get(pos).strip()).matches()
                    && !(isNumber(values.get(pos), expected) && row.size() >= Math.max(2, room / 2))) {
                row.add(pos++);
            }
            if (row.size() < 2) {
                return rows.isEmpty() ? null : rows;
            }
            rows.add(new Row(row, firstCol));
        }
        return rows.isEmpty() ? null : rows;
    }

    /** Whether the cell is the sequence number {@code n}, in whichever digits ({@code 1} or full-width {@code １}). */
    private static boolean isNumber(String cell, int n) {
        return Normalizer.normalize(cell.strip(), Normalizer.Form.NFKC).equals(String.valueOf(n));
    }

    /**
     * Rows that each start with a label the header does not name (the row-header column, whose own header
     * is elsewhere or absent: 年度资金总额 under 年初预算数 … 得分), followed by exactly one cell per header
     * column, each of its column's kind. The header then sits one column to the right.
     */
    private static List<Row> labelled(List<Kind> kinds, List<String> headers, List<String> values) {
        List<Row> rows = new ArrayList<>();
        int h = kinds.size();
        if (!kinds.contains(Kind.NUMBER)) {
            return rows;
        }
        int pos = 0;
        int full = 0; // rows up to the last full one; label-only rows after it are not proven part of the table
        while (pos + 1 < values.size() && !number(values.get(pos))) {
            if (pos + h < values.size() && matches(kinds, 0, values, pos + 1)) {
                List<Integer> row = new ArrayList<>();
                for (int k = 0; k <= h; k++) {
                    row.add(pos + k);
                }
                rows.add(new Row(row, 0));
                pos += h + 1;
                full = rows.size();
            } else if (!rows.isEmpty() && SourceRows.row(headers, values, pos) != null) {
                Row source = SourceRows.row(headers, values, pos); // 其中：财政拨款, its points columns empty
                rows.add(source);
                pos += source.lines().size();
                full = rows.size();
            } else if (!rows.isEmpty() && !number(values.get(pos + 1))) {
                // a row label whose cells are all empty (1、业务工作经费 under 决算数 columns): the next line is
                // another label, so no cell of this row printed
                rows.add(new Row(List.of(pos), 0));
                pos++;
            } else {
                break;
            }
        }
        return new ArrayList<>(rows.subList(0, full));
    }

    /**
     * One row of numbers under a header of number columns only (编制数 | 实际在职人数 | 控制率, then 46 | 50 |
     * 92%): exactly one number per column, and the line after them, if any, is not a number, so no cell can
     * belong elsewhere. Null otherwise.
     */
    private static List<Row> singleRow(List<Kind> kinds, List<String> values) {
        int h = kinds.size();
        if (kinds.stream().anyMatch(k -> k != Kind.NUMBER) || values.size() < h
                || (values.size() > h && number(values.get(h)))) {
            return null;
        }
        List<Integer> row = new ArrayList<>();
        for (int k = 0; k < h; k++) {
            if (!number(values.get(k))) {
                return null;
            }
            row.add(k);
        }
        return List.of(new Row(row, 0));
    }

    /** The widest row width whose rows cover the most cells with every column of one kind. */
    private static List<Row> fixedWidth(int width, List<String> values) {
        List<Row> best = List.of();
        for (int w = width; w >= Math.max(2, width - 1); w--) { // a row may miss its last cell, no more
            int r = 0;
            while ((r + 1) * w <= values.size() && consistent(values, w, r + 1)) {
                r++;
            }
            if (r >= 2 && r * w > cells(best)) {
                List<Row> rows = new ArrayList<>();
                for (int k = 0; k < r; k++) {
                    List<Integer> row = new ArrayList<>();
                    for (int c = 0; c < w; c++) {
                        row.add(k * w + c);
                    }
                    rows.add(new Row(row, 0));
                }
                best = rows;
            }
        }
        return best;
    }

    /** Whether the first {@code rows} rows of width {@code w} keep each column to one kind, one of numbers. */
    private static boolean consistent(List<String> values, int w, int rows) {
        boolean numericColumn = false;
        for (int c = 0; c < w; c++) {
            boolean first = number(values.get(c));
            for (int r = 1; r < rows; r++) {
                if (number(values.get(r * w + c)) != first) {
                    return false;
                }
            }
            numericColumn |= first;
        }
        return numericColumn;
    }

    /** Rows as suffixes of the header's columns (merged cells omitted on the left), longest first. */
    private static List<Row> suffixRows(List<Kind> kinds, List<String> values) {
        List<Row> rows = new ArrayList<>();
        if (!kinds.contains(Kind.NUMBER)) {
            return rows;
        }
        int h = kinds.size();
        int pos = 0;
        while (pos < values.size()) {
            int found = -1;
            for (int s = 0; s < h && found < 0; s++) {
                if (pos + h - s <= values.size() && matches(kinds, s, values, pos)) {
                    found = s;
                }
            }
            if (found < 0) {
                break;
            }
            List<Integer> row = new ArrayList<>();
            for (int c = found; c < h; c++) {
                row.add(pos++);
            }
            rows.add(new Row(row, found));
        }
        return rows;
    }

    private static boolean matches(List<Kind> kinds, int from, List<String> values, int pos) {
        for (int c = from; c < kinds.size(); c++) {
            if (!fits(kinds.get(c), values.get(pos + c - from))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header row and the data rows. With {@code spanDown} (indicator rows), a cell spans down over the
     * following rows that left its column out, as the merged cell it was.
     */
    private static TableDraft draft(List<String> lines, List<String> header, int headerCol, List<Row> rows,
            boolean spanDown, Map<Integer, String> joined) {
        TableDraft d = new TableDraft();
        for (int c = 0; c < header.size(); c++) {
            d.cell(0, headerCol + c, 1, 1, header.get(c), null, Mode.LINES);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int k = 0; k < row.lines().size(); k++) {
                int col = row.col(k);
                int span = 1;
                while (spanDown && r + span < rows.size() && rows.get(r + span).firstCol() > col) {
                    span++;
                }
                int line = row.lines().get(k);
                d.cell(r + 1, col, span, 1, joined.getOrDefault(line, lines.get(line)), null, Mode.LINES);
            }
        }
        return d;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> words = new HashMap<>();
        try (InputStream in = LineCells.class.getResourceAsStream("header-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("header-words.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                Kind kind = parts.length < 2 ? Kind.LABEL : switch (parts[1].strip()) {
                    case "N" -> Kind.NUMBER;
                    case "A" -> Kind.ANY;
                    default -> Kind.LABEL;
                };
                words.put(parts[0].strip(), kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
