package org.jixiao.extractors.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.NumberParser;
import org.jixiao.extractors.number.ParseResult;
import org.jixiao.extractors.number.Quantity;
import org.jixiao.extractors.number.Unit;

/**
 * Names the numbers of a table by their row and column headers: {@code 年度资金总额 / 全年执行数}.
 *
 * <p>Self-evaluation forms are not one header row over a body: a form stacks blocks (a budget block, a goals
 * block, an indicator block), each with its own header row. So, on the filled-down grid (merged headers
 * apply to every position they cover):
 * <ul>
 *   <li>a <b>header row</b> holds no number and at least two different text cells; a number's column header
 *       is its column in the nearest header row above it, plus a grouping cell above that (a header row
 *       whose cell spans several but at most half of the columns, {@code 预算数} over {@code 年初 | 全年});</li>
 *   <li>the column header does not apply where the column, below that header row, holds almost no numbers
 *       (fewer than one position in five): that column carries row names ({@code 一级指标}), and a number in it
 *       belongs to a row of another shape, such as a {@code 总分} row at the foot of the form;</li>
 *   <li>a number's row headers are the text cells to its left, except those whose span reaches up into the
 *       header row: such a cell ({@code 年度预算申请(万元)} spanning the whole budget block) titles the block,
 *       and lends its unit but not its name.</li>
 * </ul>
 * The unit is the cell's own, else a score (the column or row names one: {@code 分值}, {@code 得分}), else
 * the unit its column headers state ({@code (万元)}), else its row headers or block title, else the block's
 * corner (the header-row cells left of its column, such as {@code 年度预算申请(万元)} above the row names),
 * else a full-width row above it in the table, else the caption ({@code 单位：万元}), else the statement just
 * above the table; a bare number under a ratio header ({@code 执行率}) never takes an amount unit. A number
 * for which none of these tells a unit is not reported. Numbers in a row-number column ({@code 序号}) are
 * not figures.
 *
 * <p>A text cell with numbers inside ({@code 其中:一般公共预算:742.25}, {@code 产出指标(50分)}) is read like
 * prose ({@link ProseLabeller}); a unitless number in it takes the header's unit only in the
 * {@code 名称：数值} form, never inside a sentence.
 */
final class TableFigures {

    /** A column below a header row is one of row names when fewer than 1/{@value} of its positions are numbers. */
    private static final int NUMERIC_SHARE = 5;

    /** Header cells are names; a row with a cell longer than this is prose (a goals row), not headers. */
    private static final int HEADER_LENGTH = 24;

    private final ProseLabeller prose;
    private final LabelWords words = LabelWords.get();

    TableFigures(ProseLabeller prose) {
        this.prose = prose;
    }

    List<Figure> extract(Table t, String statementAbove) {
        Grid g = new Grid(t);
        List<Figure> out = new ArrayList<>();
        for (Cell cell : t.cells()) {
            ParseResult p = g.parsed(cell);
            if (p instanceof ParseResult.Value v) {
                numericCell(g, cell, v.quantity(), statementAbove).ifPresent(out::add);
            } else if (p instanceof ParseResult.NotANumber && !cell.isBlank()) {
                textCell(g, cell, statementAbove, out);
            }
        }
        return out;
    }

    private Optional<Figure> numericCell(Grid g, Cell cell, Quantity q, String statementAbove) {
        Context ctx = context(g, cell);
        if (ctx.columnHeaders.stream().anyMatch(h -> words.rowNumber().contains(LabelText.stripEnds(h)))
                || g.isRowNumberColumn(cell)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        ctx.rowHeaders.forEach(h -> parts.add(headerLabel(h)));
        ctx.columnHeaders.forEach(h -> parts.add(headerLabel(h)));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            ctx.blockTitles.forEach(h -> parts.add(headerLabel(h)));
            parts.removeIf(String::isEmpty);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String label = String.join(" / ", new LinkedHashSet<>(parts));
        Unit unit = q.unit();
        boolean score = false;
        if (unit.isNone()) {
            score = ctx.columnHeaders.stream().anyMatch(words::namesScore)
                    || ctx.rowHeaders.stream().anyMatch(words::namesScore);
            if (!score) {
                unit = statedUnit(g, cell, ctx, statementAbove);
                if (unit.kind() != Kind.RATE && ctx.columnHeaders.stream().anyMatch(TableFigures::namesRate)) {
                    // a 执行率 column with bare numbers (0.1 for 10%, or 95 without its sign): the block's 万元 is
                    // not their unit; they are the rate as printed, with no unit
                    return Optional.of(new Figure(label, q.value(), null, null, Figure.Kind.RATE,
                            cell.at().sub(q.start(), q.end())));
                }
            }
        }
        return Figures.of(label, q, unit, score, cell.at().sub(q.start(), q.end()));
    }

    private void textCell(Grid g, Cell cell, String statementAbove, List<Figure> out) {
        Context ctx = null;
        for (ProseLabeller.Labelled l : prose.label(cell.at())) {
            Unit unit = l.quantity().unit();
            if (unit.isNone() && l.colonEntry()) {
                if (ctx == null) {
                    ctx = context(g, cell);
                }
                unit = statedUnit(g, cell, ctx, statementAbove);
            }
            Figures.of(l.label(), l.quantity(), unit, words.namesScore(l.label()), l.at()).ifPresent(out::add);
        }
    }

    /** Whether a header names a ratio ({@code 执行率}, {@code 占比}): amounts stated for the block do not apply. */
    private static boolean namesRate(String header) {
        // 执行率(B/A), 预算执行率（%）: the formula or unit in brackets after the name does not change what it names
        String h = LabelText.stripEnds(LabelText.squeeze(BRACKETED.matcher(LabelText.dropAsides(header, true)).replaceAll("")));
        return h.endsWith("率") || h.endsWith("比") || h.endsWith("比例") || h.endsWith("比重");
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(（][^()（）]*[)）]");

    private static String headerLabel(String header) {
        return LabelText.stripEnds(LabelText.squeeze(LabelText.dropAsides(header, true)));
    }

    private Unit statedUnit(Grid g, Cell cell, Context ctx, String statementAbove) {
        List<String> sources = new ArrayList<>(ctx.columnHeaders);
        sources.addAll(ctx.rowHeaders);
        sources.addAll(ctx.blockTitles);
        sources.addAll(ctx.corner);
        for (String s : sources) {
            Optional<Unit> u = UnitStatements.inHeader(s);
            if (u.isPresent()) {
                return u.get();
            }
        }
        for (String s : ctx.rowHeaders) {
            // a 计量单位 column: the row's own unit word (个, %, 人次) before any unit the table states for all
            String w = s.strip();
            if (!w.isEmpty() && w.length() <= 4 && !w.chars().anyMatch(Character::isDigit)) {
                Optional<Unit> u = Unit.of(w);
                if (u.isPresent() && !u.get().isNone() && !u.get().isMagnitude()) {
                    return u.get();
                }
            }
        }
        for (String s : g.fullWidthTextsAbove(cell.row())) {
            Optional<Unit> u = UnitStatements.inHeader(s);
            if (u.isPresent()) {
                return u.get();
            }
        }
        return UnitStatements.declared(g.table.caption())
                .or(() -> UnitStatements.declared(statementAbove))
                .or(() -> UnitStatements.endingLine(g.table.caption()))
                .or(() -> UnitStatements.endingLine(statementAbove))
                .orElse(Unit.NONE);
    }

    /**
     * The header texts around a cell, outermost first: {@code corner} holds the header row's cells left of the
     * cell's column ({@code 年度预算申请(万元)} heading the row names), which lend a unit, never a name.
     */
    private record Context(List<String> rowHeaders, List<String> columnHeaders, List<String> blockTitles,
                           List<String> corner) {
    }

    private Context context(Grid g, Cell cell) {
        int r = cell.row();
        int c = cell.col();
        int h = g.headerRowAbove(r);
        List<String> columns = new ArrayList<>();
        if (h >= 0 && !g.isNameColumn(h, c)) {
            Cell head = g.at(h, c);
            if (head != null && head != cell && g.isText(head)) {
                columns.add(head.text());
                // a grouping header (预算数 over 年初 | 全年) shares the header's stub: the first column's cell
                // spans both header rows; a separate 年度 | 2021年度 row above is not a grouping
                for (int up = h - 1; up >= 0 && g.header[up] && g.at(up, 0) == g.at(h, 0); up--) {
                    Cell group = g.at(up, c);
                    if (group == null || group == head) {
                        continue;
                    }
                    if (!g.isText(group) || group.colSpan() < 2) {
                        break;
                    }
                    columns.add(0, group.text());
                    head = group;
                }
            }
        }
        List<String> rows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> corner = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        for (int left = 0; left < c; left++) {
            Cell x = g.at(r, left);
            if (x == null || x == cell || !seen.add(x) || !g.isText(x)) {
                continue;
            }
            if (h < 0) {
                rows.clear(); // no header row: a 名称 | 值 | 名称 | 值 row, named by the nearest text on the left
                rows.add(x.text());
            } else if (x.row() <= h) {
                titles.add(x.text());
            } else if (g.isNameColumn(h, left) && LabelText.squeeze(x.text()).length() <= HEADER_LENGTH) {
                rows.add(x.text()); // not the 是 / 达到预期 of a value column, nor a 主要内容 paragraph
            }
        }
        if (h >= 0) {
            // the block's corner: header cells left of the column, in the header row and, when the first
            // column is blank there, up to the row where the block's first-column title stands
            int top = h;
            while (top > 0 && (g.at(top, 0) == null || g.at(top, 0).isBlank())) {
                top--;
            }
            for (int row : top == h ? new int[] {h} : new int[] {h, top}) {
                for (int left = 0; left < c; left++) {
                    Cell k = g.at(row, left);
                    if (k != null && k != cell && g.isText(k) && !corner.contains(k.text())) {
                        corner.add(k.text());
                    }
                }
            }
        }
        return new Context(rows, columns, titles, corner);
    }

    /** The filled-down grid with each cell's reading and each row's role, computed once per table. */
    private static final class Grid {
        final Table table;
        final Cell[][] cells;
        final int rows;
        final int cols;
        final boolean[] header;
        final Map<Cell, ParseResult> parsed = new HashMap<>();
        /** For each row, the nearest header row above it (−1: none). */
        final int[] headerAbove;
        /** For each header row, the first row after its body (the next header row, or the end). */
        final int[] bodyEnd;

        Grid(Table t) {
            this.table = t;
            this.cells = t.grid();
            this.rows = t.rowCount();
            this.cols = t.colCount();
            for (Cell cell : t.cells()) {
                parsed.put(cell, NumberParser.parse(cell.text()));
            }
            header = new boolean[rows];
            for (int r = 0; r < rows; r++) {
                Set<Cell> texts = new HashSet<>();
                boolean numbers = false;
                boolean longText = false;
                for (int c = 0; c < cols; c++) {
                    Cell x = cells[r][c];
                    if (x == null) {
                        continue;
                    }
                    numbers |= isNumber(x);
                    if (isText(x)) {
                        texts.add(x);
                        longText |= LabelText.squeeze(x.text()).length() > HEADER_LENGTH;
                    }
                }
                header[r] = !numbers && !longText && texts.size() >= 2;
            }
            headerAbove = new int[rows];
            int last = -1;
            for (int r = 0; r < rows; r++) {
                headerAbove[r] = last;
                if (header[r]) {
                    last = r;
                }
            }
            bodyEnd = new int[rows];
            int next = rows;
            for (int r = rows - 1; r >= 0; r--) {
                bodyEnd[r] = next;
                if (header[r]) {
                    next = r;
                }
            }
        }

        Cell at(int r, int c) {
            return r < 0 || r >= rows || c < 0 || c >= cols ? null : cells[r][c];
        }

        ParseResult parsed(Cell c) {
            return parsed.get(c);
        }

        boolean isNumber(Cell c) {
            ParseResult p = parsed.get(c);
            return p instanceof ParseResult.Value || p instanceof ParseResult.Range;
        }

        /** Words rather than a number, a no-value mark or a blank. */
        boolean isText(Cell c) {
            ParseResult p = parsed.get(c);
            return !c.isBlank() && !(p instanceof ParseResult.Value || p instanceof ParseResult.Range
                    || p instanceof ParseResult.NoValue);
        }

        int headerRowAbove(int r) {
            return headerAbove[r];
        }

        /** Whether column {@code c}, in the body under header row {@code h}, holds row names rather than figures. */
        boolean isNameColumn(int h, int c) {
            return nameColumn.computeIfAbsent(h * cols + c, k -> countNames(h, c));
        }

        /** {@link #isNameColumn} by header row and column, so that each column is counted once per block. */
        private final Map<Integer, Boolean> nameColumn = new HashMap<>();

        private boolean countNames(int h, int c) {
            int filled = 0;
            int numbers = 0;
            for (int r = h + 1; r < bodyEnd[h]; r++) {
                Cell x = cells[r][c];
                if (x == null || x.isBlank()) {
                    continue;
                }
                filled++;
                if (isNumber(x)) {
                    numbers++;
                }
            }
            return filled > 0 && numbers * NUMERIC_SHARE < filled;
        }

        /**
         * Whether {@code cell} is in the first column and that column, below its header, counts rows: every
         * number in it is a whole number without unit, and they run 1, 2, 3 … in order.
         */
        boolean isRowNumberColumn(Cell cell) {
            if (cell.col() != 0) {
                return false;
            }
            return rowNumberColumn.computeIfAbsent(headerAbove[cell.row()], this::countsRows);
        }

        private final Map<Integer, Boolean> rowNumberColumn = new HashMap<>();

        private boolean countsRows(int headerRow) {
            int expected = 1;
            int seen = 0;
            Cell previous = null;
            for (int r = headerRow + 1; r < rows; r++) {
                Cell x = cells[r][0];
                if (x == null || x == previous) {
                    continue;
                }
                previous = x;
                if (!(parsed.get(x) instanceof ParseResult.Value v)) {
                    continue;
                }
                Quantity q = v.quantity();
                if (!q.unit().isNone() || q.decimals() != 0 || q.value().intValue() != expected) {
                    return false;
                }
                expected++;
                seen++;
            }
            return seen >= 2;
        }

        /** Texts of rows above {@code row} that are one cell across the whole table (a {@code 单位：万元} line). */
        List<String> fullWidthTextsAbove(int row) {
            List<String> out = new ArrayList<>();
            for (int r = row - 1; r >= 0; r--) {
                Cell x = cells[r][0];
                if (x != null && x.colSpan() >= cols && isText(x)) {
                    out.add(x.text());
                }
            }
            return out;
        }
    }
}
