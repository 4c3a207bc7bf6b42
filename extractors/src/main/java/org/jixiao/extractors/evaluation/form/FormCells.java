package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.NumberParser;
import org.jixiao.extractors.number.Quantity;
import org.jixiao.extractors.number.Unit;

/**
 * Reading single cells of a form: label keys, display text, numbers, amounts and rates.
 *
 * <p>Cells of Word and PDF forms are narrow, so labels wrap ({@code 绩 效 指 标}, {@code 年初\n预算数}); a
 * label is therefore compared by its {@link #key} with all white space removed, and a value shown with
 * {@link #clean}, which drops the wraps between Chinese characters but keeps a space between Latin words.
 */
final class FormCells {

    /**
     * A money unit named in a header or caption: {@code (万元)}, {@code 单位：万元}, {@code 金额单位:元}; any
     * opening bracket, since recognised scans print {@code (} as {@code {} or {@code [}.
     */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?:单位[:：]?\\s*|[（(【\\[{]\\s*)(亿元|万元|千元|元)");
    private static final Pattern WRAP_SPACE = Pattern.compile("\\s*\\R\\s*|(?<=[^\\x00-\\x7F])\\s+|\\s+(?=[^\\x00-\\x7F])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer than this, a cell is content, not a header label or a fragment of one. */
    private static final int MAX_LABEL = 12;

    private FormCells() {
    }

    /** The text of a cell with all white space removed, for comparing labels; "" for no cell. */
    static String key(Cell cell) {
        return cell == null ? "" : Spaces.removed(cell.text());
    }

    /** The text as a person reads it: layout wraps between Chinese characters removed, other runs single. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = WRAP_SPACE.matcher(text.strip()).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The cleaned text of a cell, or null for a missing or blank cell. */
    static String text(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return clean(cell.text());
    }

    static boolean isBlank(Cell cell) {
        return cell == null || cell.isBlank();
    }

    /** The cell's single figure, if the whole cell is one. */
    static Optional<Quantity> quantity(Cell cell) {
        return cell == null ? Optional.empty() : NumberParser.parse(cell.text()).asQuantity();
    }

    /** A weight or a score: a bare number or points ({@code 99.34分}); null otherwise. */
    static BigDecimal points(Cell cell) {
        return quantity(cell).filter(q -> q.kind() == Kind.PLAIN && q.unit().isNone() || q.kind() == Kind.SCORE)
                .map(Quantity::value).orElse(null);
    }

    /** Whether a cell holds a weight or a score. */
    static boolean isPoints(Cell cell) {
        return points(cell) != null;
    }

    /** The provenance of the figure inside the cell (the cell's own when the figure is all of it). */
    static Provenance at(Cell cell, Quantity q) {
        Provenance at = cell.at();
        return q.start() >= 0 && q.end() <= at.text().length() ? at.sub(q.start(), q.end()) : at;
    }

    /**
     * An amount from a cell; a bare number takes {@code fallbackUnit} (from the column header or caption).
     * Without any unit the value is kept and {@code yuan} stays null: the amount in 元 is unknown.
     */
    static Amount amount(Cell cell, Unit fallbackUnit) {
        Quantity q = quantity(cell).orElse(null);
        if (q == null) {
            return null;
        }
        if (q.kind() == Kind.AMOUNT) {
            return new Amount(q.value(), q.unit().symbol(), q.yuan().orElseThrow(), at(cell, q));
        }
        if (!q.unit().isNone()) {
            return null;
        }
        if (fallbackUnit == null) {
            return new Amount(q.value(), null, null, at(cell, q));
        }
        BigDecimal yuan = q.value().scaleByPowerOfTen(fallbackUnit.exponent());
        if (yuan.scale() < 0) {
            yuan = yuan.setScale(0);
        }
        return new Amount(q.value(), fallbackUnit.symbol(), yuan, at(cell, q));
    }

    /** A rate from a cell ({@code 148%}); null when the cell holds no percentage. */
    static Rate rate(Cell cell) {
        return quantity(cell).filter(q -> q.kind() == Kind.RATE)
                .map(q -> new Rate(q.value(), q.unit().symbol(), at(cell, q))).orElse(null);
    }

    /** The money unit a header or caption names, if any. */
    static Optional<Unit> moneyUnit(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MONEY_UNIT.matcher(Spaces.removed(text));
        return m.find() ? Unit.of(m.group(1)) : Optional.empty();
    }

    /**
     * The distinct cells of a row, left to right, each once however many columns it spans; positions no cell
     * covers are skipped.
     */
    static List<Cell> rowCells(Table table, int row) {
        List<Cell> out = new ArrayList<>();
        Cell last = null;
        for (int c = 0; c < table.colCount(); c++) {
            Cell cell = table.cellAt(row, c);
            if (cell != null && cell != last) {
                out.add(cell);
            }
            last = cell;
        }
        return out;
    }

    /**
     * The last row of a header that begins at {@code row}. Spreadsheet forms often put each wrapped line of
     * a label in its own row ({@code 年初} / {@code 预算数}); a following row continues the header when it
     * holds no number, is no second header (two columns named again), sits under short labels, and has
     * at least one fragment under a header cell that names no column yet ({@code complete} says which do).
     */
    static int headerEnd(Table t, int row, java.util.function.Predicate<String> complete) {
        int end = row;
        for (int r = row + 1; r < Math.min(t.rowCount(), row + 3); r++) {
            boolean continues = false;
            int ownLabels = 0;
            for (Cell c : rowCells(t, r)) {
                if (c.row() != r || c.isBlank()) {
                    continue;
                }
                Cell above = t.cellAt(row, c.col());
                String aboveKey = key(above);
                if (quantity(c).isPresent() || above == null || aboveKey.contains("三级指标")
                        || aboveKey.length() > MAX_LABEL || quantity(above).isPresent()) {
                    return end;
                }
                continues |= !complete.test(aboveKey);
                ownLabels += complete.test(key(c)) && complete.test(aboveKey) ? 1 : 0;
            }
            if (!continues || ownLabels >= 2) {
                return end;
            }
            if (!continues) {
                return end;
            }
            end = r;
        }
        return end;
    }

    /** A header cell's key with the fragments printed under it in the header's continuation rows. */
    static String headerKey(Table t, Cell cell, int headerRow, int headerEnd) {
        StringBuilder k = new StringBuilder(key(cell));
        for (int r = headerRow + 1; r <= headerEnd; r++) {
            Cell below = t.cellAt(r, cell.col());
            if (below != null && below.row() == r) {
                k.append(key(below));
            }
        }
        return k.toString();
    }

    /** The first non-blank cell right of {@code label} in its row, or null. */
    static Cell valueRightOf(Table table, int row, Cell label) {
        for (int c = label.col() + label.colSpan(); c < table.colCount(); c++) {
            Cell cell = table.cellAt(row, c);
            if (cell != null && cell != label && !cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }
}
