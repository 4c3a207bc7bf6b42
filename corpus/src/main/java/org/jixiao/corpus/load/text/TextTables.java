package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Recognizes tables written as plain text, one layout at a time, starting at a given line. Each method
 * returns the table and the line after it, or null when the lines there are not a table of that layout.
 *
 * <p>Layouts recovered:
 * <ul>
 *   <li><b>blocks</b> (what Tika and many converters write for a Word table): each row a block of lines
 *       separated by one blank line, each cell a line starting with a TAB, and lines without the TAB
 *       continuing the cell above; two blank lines or a line of another kind end the table;</li>
 *   <li><b>tab rows</b>: one row per line, cells separated by TABs, at least two rows, most of them with the
 *       same number of cells; a single blank line between rows of the same width is tolerated; rows that left
 *       out merged cells are aligned as pipe rows are ({@link PipeAlignment});</li>
 *   <li><b>pipe rows</b>: see {@link PipeTables};</li>
 *   <li><b>space columns</b>: one row per line, cells separated by two or more spaces (a fixed-width text
 *       rendering), at least two consecutive rows, most of them of one width.</li>
 * </ul>
 * "One cell per line" is recovered only under a header of known column words, where the rows can be
 * proved ({@link LineCells}): without a delimiter, a list of short paragraphs looks the same, and guessing
 * would turn lists into tables.
 *
 * <p>Every cell is 1×1: text layouts do not state merges, and spans are not invented. A row with fewer cells
 * than the widest row leaves the positions after its last cell empty.
 */
final class TextTables {

    /** A recognized table and the index of the first line after it. */
    record Found(TableDraft draft, int end) {
    }

    /** Cells longer than this that end a sentence read as prose, not as table cells. */
    private static final int PROSE_LENGTH = 40;
    /** The cells of a table that is a single row must all be short labels, at most this long. */
    private static final int SHORT_CELL = 30;

    private TextTables() {
    }

    // ---- line kinds ---------------------------------------------------------------------------------

    /** Blank: only spaces (a lone TAB is an empty table cell, not a blank line). */
    static boolean blank(String line) {
        return line.indexOf('\t') < 0 && line.isBlank();
    }

    /** A cell line of the block layout: one leading TAB and no other. */
    static boolean blockCell(String line) {
        return !line.isEmpty() && line.charAt(0) == '\t' && line.indexOf('\t', 1) < 0;
    }

    /** A row of the tab layout: a TAB that is not just the single leading TAB of a block cell. */
    static boolean tabRow(String line) {
        int first = line.indexOf('\t');
        return first >= 0 && !blockCell(line) && !line.isBlank();
    }

    // ---- block layout ---------------------------------------------------------------------------------

    static Found blocks(List<String> lines, int start) {
        List<List<StringBuilder>> rows = new ArrayList<>();
        int j = start;
        while (j < lines.size() && blockCell(lines.get(j))) {
            List<StringBuilder> row = new ArrayList<>();
            while (j < lines.size() && !blank(lines.get(j))) {
                String line = lines.get(j);
                if (blockCell(line)) {
                    row.add(new StringBuilder(line.substring(1)));
                } else if (tabRow(line) || PipeTables.row(line)) {
                    break;
                } else {
                    row.get(row.size() - 1).append('\n').append(line);
                }
                j++;
            }
            rows.add(row);
            int k = j;
            while (k < lines.size() && blank(lines.get(k))) {
                k++;
            }
            if (k - j == 1 && k < lines.size() && blockCell(lines.get(k))) {
                j = k;
            } else {
                break;
            }
        }
        List<List<String>> texts = rows.stream().map(r -> r.stream().map(StringBuilder::toString).toList()).toList();
        if (!plausible(texts)) {
            return null;
        }
        return new Found(draft(texts), j);
    }

    // ---- tab rows -------------------------------------------------------------------------------------

    static Found tabRows(List<String> lines, int start) {
        List<List<String>> rows = new ArrayList<>();
        int j = start;
        while (j < lines.size()) {
            String line = lines.get(j);
            if (tabRow(line)) {
                rows.add(List.of(line.split("\t", -1)));
                j++;
            } else if (blank(line) && !rows.isEmpty() && j + 1 < lines.size() && tabRow(lines.get(j + 1))
                    && lines.get(j + 1).split("\t", -1).length == rows.get(rows.size() - 1).size()) {
                j++; // one blank line inside a table of constant width (a converter's page break)
            } else {
                break;
            }
        }
        if (rows.size() < 2 || !consistent(rows) || !plausible(rows)) {
            return null;
        }
        // a flattened web table in TABs leaves out its merged cells as the pipe layout does: the same alignment
        return new Found(PipeAlignment.draft(rows), j);
    }

    // ---- space columns --------------------------------------------------------------------------------

    /** A gap between two cells of a column layout: two or more spaces, or an ideographic space. */
    private static final Pattern GAP = Pattern.compile(" {2,}|[ \u3000]*\u3000[ \u3000]*");
    /** The cells of a column layout are short: a longer piece is prose that happens to hold a double space. */
    private static final int COLUMN_CELL = 40;

    /**
     * A row of the space-column layout: after its indent, at least two cells separated by gaps of two or more
     * spaces, every cell short, none a sentence or a bare list marker ({@code 一、  基本情况} is a heading).
     */
    static boolean spaceRow(String line) {
        List<String> cells = spaceCells(line);
        if (cells.size() < 2) {
            return false;
        }
        String first = cells.get(0).strip();
        if (first.length() == 1 && TextNormalizer.isCjk(first.charAt(0))) {
            return false; // a letter-spaced label, "标      题", not two cells
        }
        for (String c : cells) {
            String t = c.strip();
            if (t.length() > COLUMN_CELL || TextParagraphs.endsSentence(t) || MARKER.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MARKER = Pattern.compile(
            "[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．]|第[一二三四五六七八九十\\d]+[章节部分]");

    /** The exact substrings between the gaps of a line, its indent and trailing spaces left out. */
    static List<String> spaceCells(String line) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        while (from < line.length() && (line.charAt(from) == ' ' || line.charAt(from) == '\u3000')) {
            from++;
        }
        java.util.regex.Matcher m = GAP.matcher(line);
        int pos = from;
        while (m.find(pos)) {
            if (m.start() > from) {
                cells.add(line.substring(from, m.start()));
            }
            from = m.end();
            pos = m.end();
            if (pos >= line.length()) {
                break;
            }
        }
        if (from < line.length()) {
            cells.add(line.substring(from));
        }
        return cells;
    }

    /** Consecutive space-column rows, at least two, most of one width. */
    static Found spaceRows(List<String> lines, int start) {
        List<List<String>> rows = new ArrayList<>();
        int j = start;
        while (j < lines.size() && lines.get(j).indexOf('\t') < 0 && spaceRow(lines.get(j))) {
            rows.add(spaceCells(lines.get(j)));
            j++;
        }
        if (rows.size() < 2 || !consistent(rows) || !plausible(rows)) {
            return null;
        }
        // a flattened web table in TABs leaves out its merged cells as the pipe layout does: the same alignment
        return new Found(PipeAlignment.draft(rows), j);
    }

    // ---- checks and drafting --------------------------------------------------------------------------

    /** Most rows (at least half) have the most common width, and that width is at least 2. */
    private static boolean consistent(List<List<String>> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<String> r : rows) {
            counts.merge(r.size(), 1, Integer::sum);
        }
        int modeWidth = 0;
        int modeCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > modeCount || e.getValue() == modeCount && e.getKey() > modeWidth) {
                modeWidth = e.getKey();
                modeCount = e.getValue();
            }
        }
        return modeWidth >= 2 && modeCount * 2 >= rows.size();
    }

    /**
     * Guards against paragraphs that merely start with a TAB (an indented text file): a table has a row of
     * at least two cells, at least two cells with text, and its cells are not mostly long sentences; a
     * table of one row has only short cells that are not sentences.
     */
    static boolean plausible(List<List<String>> rows) {
        int widest = 0;
        int filled = 0;
        int prose = 0;
        for (List<String> r : rows) {
            widest = Math.max(widest, r.size());
            for (String c : r) {
                String t = c.strip();
                if (!t.isEmpty()) {
                    filled++;
                    if (t.length() > PROSE_LENGTH && TextParagraphs.endsSentence(t)) {
                        prose++;
                    }
                }
            }
        }
        if (widest < 2 || filled < 2 || prose * 2 > filled) {
            return false;
        }
        if (rows.size() > 1) {
            return true;
        }
        // a lone row is a header-like run of short labels; a run of indented sentences is paragraphs
        for (String c : rows.get(0)) {
            String t = c.strip();
            if (t.length() > SHORT_CELL || TextParagraphs.endsSentence(t)) {
                return false;
            }
        }
        return widest <= 12;
    }

    static TableDraft draft(List<List<String>> rows) {
        TableDraft d = new TableDraft();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                d.cell(r, c, 1, 1, row.get(c), null, Mode.LINES);
            }
        }
        return d;
    }
}
