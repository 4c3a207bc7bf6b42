package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.evaluation.form.FlatIndicatorTable.Kind;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;

/**
 * The indicator table of a form published one cell per line: a web page's table copied as text, or saved by a
 * site that prints each cell as its own paragraph. The header's words stand one a line; then each row is its
 * cells, one a line, in the header's order — but a cell left empty is gone, and a first- or second-level name
 * merged over several rows is printed once, before its first row.
 *
 * <p>So the lines are read as cells:
 * <ul>
 *   <li>a first- or second-level name (vocabulary {@code level1}, {@code level2}) opens its section;</li>
 *   <li>any other line is a row's label, followed by its values in the header's order, a weight and a score plain
 *       numbers up to 100 (a score above its weight stays: the score-range check's business);</li>
 *   <li>if the header has a 偏差原因 column, the line after the values is the row's note, unless a level name, the
 *       closing line or another row starts there;</li>
 *   <li>when a row's cells do not read in the header's order and the header ends with 分值 and 得分, the first
 *       weight and score pair after the label (the score at most the weight) is taken, with the target and actual
 *       only when both are there: a vanished cell makes them unknown, not shifted;</li>
 *   <li>a row that reads neither way is skipped up to the next level name close after it, and then the table no
 *       longer counts as closed.</li>
 * </ul>
 *
 * <p>The grid is guessed, as for every flat table: checks never call a difference over these rows an error.
 */
final class FlatIndicatorCells {

    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("\\s*(?:[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]"
            + "|[(（][^()（）]{1,10}[)）])?\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A cell this long is prose after the table, not a cell of it. */
    private static final int MAX_CELL = 120;
    /** How many cells past a row that does not read the next level name may be: farther, the table has ended. */
    private static final int MAX_SKIP = 8;

    private FlatIndicatorCells() {
    }

    /** One line of the text: where it starts and ends (blanks trimmed), and what it says. */
    private record Cell(int start, int end, String text) {
    }

    /** Whether the header of {@code words} column words from {@code from} to {@code to} stands one word a line. */
    static boolean oneCellPerLine(String text, int from, int to, int words) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks >= words - 1;
    }

    /** The rows after the header that ends at {@code pos}, whose columns are {@code cols}; null if none reads. */
    static FlatIndicatorTable.Result read(FlatText t, int pos, int to, List<Kind> cols) {
        List<Cell> cells = cells(t.text(), pos, to);
        List<Kind> values = cols.stream().filter(k -> k != Kind.NOTE).toList();
        boolean note = cols.contains(Kind.NOTE);
        FlatVocabulary vocab = FlatVocabulary.get();
        List<Section> sections = new ArrayList<>();
        List<Indicator> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        boolean closed = false;
        boolean skipped = false;
        int end = pos;
        int i = 0;
        while (i < cells.size() && rows.size() < FlatIndicatorTable.MAX_ROWS) {
            Cell c = cells.get(i);
            if (ends(c.text())) {
                closed = !skipped && FlatIndicatorTable.CLOSING.matcher(c.text()).lookingAt();
                end = c.start();
                break;
            }
            if (c.text().length() > MAX_CELL) {
                break;
            }
            Matcher l1 = level(c.text(), vocab.level1);
            if (l1 != null) {
                level1 = c.text().substring(0, l1.start()).strip();
                level2 = null;
                String name = level1;
                if (sections.stream().noneMatch(s -> s.name().equals(name))) {
                    BigDecimal weight = l1.group(1) == null ? null : new BigDecimal(l1.group(1));
                    sections.add(new Section(level1, weight, null, t.at(c.start(), c.end())));
                }
                end = c.end();
                i++;
                continue;
            }
            Matcher l2 = level(c.text(), vocab.level2);
            if (l2 != null) {
                level2 = c.text().substring(0, l2.start()).strip();
                end = c.end();
                i++;
                continue;
            }
            Row row = row(cells, i, values, vocab);
            if (row == null) {
                int resume = nextLevel(cells, i + 1, vocab);
                if (resume < 0 || rows.isEmpty()) {
                    break;
                }
                skipped = true;
                i = resume;
                continue;
            }
            int next = row.last() + 1;
            String noteText = null;
            if (note && next < cells.size() && !startsRow(cells, next, values, vocab)) {
                noteText = FormCells.clean(cells.get(next).text());
                next++;
            }
            rows.add(new Indicator(level1, level2, c.text(), row.target(), row.actual(), null, row.weight(),
                    row.score(), noteText == null || noteText.isEmpty() ? null : noteText, t.at(c.start(), c.end())));
            end = cells.get(next - 1).end();
            i = next;
        }
        return rows.isEmpty() ? null : new FlatIndicatorTable.Result(sections, rows, end, closed);
    }

    /** A row's values as read, and the index of its last cell. */
    private record Row(String target, String actual, BigDecimal weight, BigDecimal score, int last) {
    }

    /** The row whose label is cell {@code i}: its values in the header's order, else the first weight and score. */
    private static Row row(List<Cell> cells, int i, List<Kind> values, FlatVocabulary vocab) {
        Row inOrder = inOrder(cells, i, values, vocab);
        if (inOrder != null || values.size() < 2 || values.get(values.size() - 2) != Kind.WEIGHT
                || values.getLast() != Kind.SCORE) {
            return inOrder;
        }
        // a vanished cell: the first weight and score pair after the label, closer than the header's width
        for (int j = i + 1; j + 1 < cells.size() && j + 1 < i + values.size(); j++) {
            if (isValue(cells, j, vocab)) {
                BigDecimal weight = weight(cells.get(j).text());
                BigDecimal score = weight == null ? null : score(cells.get(j + 1).text(), weight);
                if (score != null && isValue(cells, j + 1, vocab)) {
                    return new Row(null, null, weight, score, j + 1);
                }
            } else {
                return null;
            }
        }
        return null;
    }

    private static Row inOrder(List<Cell> cells, int i, List<Kind> values, FlatVocabulary vocab) {
        if (i + values.size() >= cells.size()) {
            return null;
        }
        String target = null;
        String actual = null;
        BigDecimal weight = null;
        BigDecimal score = null;
        for (int k = 0; k < values.size(); k++) {
            int j = i + 1 + k;
            if (!isValue(cells, j, vocab)) {
                return null;
            }
            String v = cells.get(j).text();
            switch (values.get(k)) {
                case TARGET -> target = v;
                case ACTUAL -> actual = v;
                case WEIGHT -> {
                    weight = weight(v);
                    if (weight == null) {
                        return null;
                    }
                }
                case SCORE -> {
                    score = PLAIN.matcher(v).matches() ? new BigDecimal(v) : null;
                    if (score == null) {
                        return null;
                    }
                }
                case METHOD, NOTE -> {
                }
            }
        }
        if (score != null && score.compareTo(HUNDRED) > 0) {
            return null;
        }
        // a score above its weight is kept when the cells stand in the header's order: the score-range check's
        // business (as a warning: the grid is guessed), not a reason to drop the row
        return new Row(target, actual, weight, score, i + values.size());
    }

    private static BigDecimal weight(String v) {
        if (!PLAIN.matcher(v).matches()) {
            return null;
        }
        BigDecimal w = new BigDecimal(v);
        return w.signum() > 0 && w.compareTo(HUNDRED) <= 0 ? w : null;
    }

    private static BigDecimal score(String v, BigDecimal weight) {
        if (!PLAIN.matcher(v).matches()) {
            return null;
        }
        BigDecimal s = new BigDecimal(v);
        return s.compareTo(weight) <= 0 ? s : null;
    }

    /** Whether cell {@code j} can be a value: not a level name, not the closing line, not prose. */
    private static boolean isValue(List<Cell> cells, int j, FlatVocabulary vocab) {
        String s = cells.get(j).text();
        return s.length() <= MAX_CELL && !ends(s) && !levelName(s, vocab);
    }

    /** Whether a new row, a level name or the closing line starts at cell {@code j}: then it is no row's note. */
    private static boolean startsRow(List<Cell> cells, int j, List<Kind> values, FlatVocabulary vocab) {
        String s = cells.get(j).text();
        return ends(s) || levelName(s, vocab) || row(cells, j, values, vocab) != null;
    }

    /** The index of the next cell naming a level, within {@link #MAX_SKIP} cells; -1 if none. */
    private static int nextLevel(List<Cell> cells, int from, FlatVocabulary vocab) {
        for (int j = from; j < Math.min(cells.size(), from + MAX_SKIP); j++) {
            String s = cells.get(j).text();
            if (ends(s)) {
                return -1;
            }
            if (levelName(s, vocab)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the cell ends the rows (the closing line, the empty template row). */
    private static boolean ends(String cell) {
        return FlatIndicatorTable.END.matcher(cell).lookingAt();
    }

    /** Whether the whole cell is a first- or second-level name. */
    private static boolean levelName(String cell, FlatVocabulary vocab) {
        return level(cell, vocab.level1) != null || level(cell, vocab.level2) != null;
    }

    /**
     * When the whole cell is one of {@code names} with at most a bracketed suffix ({@code 产出指标(50分)}), the
     * match of that suffix (its group 1: the weight it states); else null.
     */
    private static Matcher level(String cell, List<String> names) {
        for (String n : names) {
            if (cell.startsWith(n)) {
                Matcher m = LEVEL_SUFFIX.matcher(cell).region(n.length(), cell.length());
                if (m.matches()) {
                    return m;
                }
            }
        }
        return null;
    }

    private static List<Cell> cells(String text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        int p = from;
        while (p < to) {
            int nl = text.indexOf('\n', p);
            int e = nl < 0 || nl > to ? to : nl;
            int s = p;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int x = e;
            while (x > s && Character.isWhitespace(text.charAt(x - 1))) {
                x--;
            }
            if (x > s) {
                out.add(new Cell(s, x, text.substring(s, x)));
            }
            p = e + 1;
        }
        return out;
    }
}
