package org.jixiao.corpus.load.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables written with {@code |} between cells, in the two shapes web pages and converters produce:
 * <ul>
 *   <li><b>Markdown</b>: {@code | a | b |}, a {@code |---|---|} line under the header (skipped);</li>
 *   <li><b>terminated cells</b>, what many government sites print for a flattened HTML table: each cell
 *       followed by {@code |}, no leading pipe, and every row padded with empty cells to the width of the
 *       widest row ({@code 项目名称 | 某某项目 | ||||||||}).</li>
 * </ul>
 * A row of the second shape is often broken over two or more lines: a short label alone on a line and the
 * rest on the next line starting with {@code |}, or a row whose cells simply go on on the next line. The
 * padding makes the break visible: every complete row has the table's width W (its most common cell
 * count), so consecutive lines are one row when, and only when, together they have exactly W cells.
 * A table whose rows end in a ragged run of pipes (no common width, see {@link #padded}) has a row a line.
 *
 * <p>Every cell is a 1×1 cell holding the exact text between two pipes, so its offsets quote the file.
 * The printed order is kept: a row with fewer cells than W (a row under a vertically merged cell, or a
 * merged row) has its cells left-aligned and the positions after them empty. Where the merged cell really
 * sat cannot be read from the text in general; only under an indicator header whose column kinds prove the
 * one place a row fits is it moved ({@link PipeAlignment}), and then marked guessed.
 */
final class PipeTables {

    private static final Pattern SEPARATOR =
            Pattern.compile("^[|｜]?\\s*:?-{2,}:?\\s*(?:[|｜]\\s*:?-{2,}:?\\s*)*[|｜]?$");

    /** A line without a pipe that heads a row continued on the next line ("成本指标" then "| … |") is short. */
    private static final int LABEL_LENGTH = 40;

    private PipeTables() {
    }

    static boolean isPipe(char c) {
        return c == '|' || c == '｜';
    }

    static boolean hasPipe(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    }

    /** A line with at least one pipe that is not a Markdown separator line. */
    static boolean row(String line) {
        return hasPipe(line) && !separator(line);
    }

    static boolean separator(String line) {
        String t = line.strip();
        return t.indexOf('-') >= 0 && hasPipe(t) && SEPARATOR.matcher(t).matches();
    }

    static boolean startsWithPipe(String line) {
        String t = line.strip();
        return !t.isEmpty() && isPipe(t.charAt(0));
    }

    /**
     * A short line without a pipe whose row goes on on the next line, which starts with a pipe. Only inside
     * a table of terminated cells (a row without a leading pipe just before or after): above a Markdown
     * table, whose rows all start with a pipe, such a line is its caption.
     */
    static boolean label(List<String> lines, int i) {
        String t = lines.get(i).strip();
        if (t.isEmpty() || hasPipe(t) || t.length() > LABEL_LENGTH || TextParagraphs.endsSentence(t)) {
            return false;
        }
        int next = overBlank(lines, i + 1, 1);
        return next < lines.size() && startsWithPipe(lines.get(next)) && row(lines.get(next))
                && (terminated(lines, overBlank(lines, i - 1, -1)) || terminated(lines, overBlank(lines, next + 1, 1)));
    }

    /** Line {@code j}, or the one beyond it in direction {@code step} when line j is blank (a double-spaced page). */
    private static int overBlank(List<String> lines, int j, int step) {
        return j >= 0 && j < lines.size() && lines.get(j).isBlank() ? j + step : j;
    }

    private static boolean terminated(List<String> lines, int j) {
        return j >= 0 && j < lines.size() && row(lines.get(j)) && !startsWithPipe(lines.get(j));
    }

    /** Whether a pipe table may start at line {@code i}. */
    static boolean starts(List<String> lines, int i) {
        return row(lines.get(i)) || label(lines, i);
    }

    /** The pipe table starting at {@code start}, or null when the lines there do not make one. */
    static TextTables.Found read(List<String> lines, int start) {
        List<String> run = new ArrayList<>(); // the table's lines, separators excluded
        int j = start;
        boolean adjacent = false; // two of the table's lines stood next to each other, with no blank line between
        boolean afterBlank = false;
        while (j < lines.size()) {
            String line = lines.get(j);
            if (separator(line)) {
                j++;
            } else if (row(line) || label(lines, j)) {
                adjacent |= !run.isEmpty() && !afterBlank;
                afterBlank = false;
                run.add(line);
                j++;
            } else if (!adjacent && !run.isEmpty() && line.isBlank() && j + 1 < lines.size()
                    && (row(lines.get(j + 1)) || label(lines, j + 1))) {
                // a page that puts a blank line after every line (each row its own paragraph): the rows go on
                // after one blank line, as long as no two of them stood together (then a blank line ends it)
                afterBlank = true;
                j++;
            } else {
                break;
            }
        }
        int width = width(run);
        // lines are joined by their cell count only when the table really is padded to one width
        int joinWidth = padded(run, width) ? width : 0;
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int end = rowEnd(run, i, joinWidth);
            rows.add(cells(String.join("\n", run.subList(i, end))));
            i = end;
        }
        if (width < 2 || !TextTables.plausible(rows) || rows.size() < 2 && !shortRow(rows.get(0))) {
            return null;
        }
        return new TextTables.Found(PipeAlignment.draft(rows), j);
    }

    /** A lone row is a table only with at least two filled cells (a label and its value at least). */
    private static boolean shortRow(List<String> row) {
        return row.stream().filter(c -> !c.isBlank()).count() >= 2;
    }

    /**
     * The index after the last line of the row starting at {@code i}: the next line when line i is complete
     * on its own; several lines when a label line is continued by a line starting with a pipe, or when the
     * following lines bring the cell count to exactly the table width.
     */
    private static int rowEnd(List<String> run, int i, int width) {
        String first = run.get(i);
        if (!hasPipe(first)) {
            return Math.min(run.size(), i + 2); // a label line: always with the line after it
        }
        if (startsWithPipe(first)) {
            return i + 1; // Markdown rows are one line each
        }
        StringBuilder joined = new StringBuilder(first);
        int count = cells(first).size();
        for (int k = i + 1; k < run.size() && count < width; k++) {
            if (!hasPipe(run.get(k))) {
                break; // a label line starts a row of its own
            }
            joined.append('\n').append(run.get(k));
            count = cells(joined.toString()).size();
            if (count == width) {
                return k + 1;
            }
        }
        return i + 1;
    }

    /**
     * Whether the lines are padded to the table width, the shape whose cell counts tell broken rows apart:
     * no line is wider than the width, and at least a third of the lines have it. A page whose rows end in
     * a ragged run of pipes (a few, or many, whatever the row) is not: there a short line next to another
     * short line may sum to the most common count by chance, and joining them would swallow a row (a header
     * into the row under it, a sub-row into the next) and shift every column of the joined row.
     */
    static boolean padded(List<String> run, int width) {
        int rows = 0;
        int full = 0;
        for (String line : run) {
            if (!hasPipe(line)) {
                continue;
            }
            int n = cells(line).size();
            if (n > width) {
                return false;
            }
            rows++;
            if (n == width) {
                full++;
            }
        }
        return full * 3 >= rows;
    }

    /** The table width: the most common cell count of its lines (the wider on a tie), at least 2 to count. */
    private static int width(List<String> run) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : run) {
            int n = cells(line).size();
            if (n >= 2) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The raw cells of a row (one or more lines joined by {@code \n}): the exact text between pipes, without
     * the empty piece before a leading pipe and the blank piece after the last one.
     */
    static List<String> cells(String row) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < row.length(); k++) {
            if (isPipe(row.charAt(k))) {
                pieces.add(row.substring(from, k));
                from = k + 1;
            }
        }
        pieces.add(row.substring(from));
        if (pieces.size() > 1 && pieces.get(pieces.size() - 1).isBlank()) {
            pieces.remove(pieces.size() - 1);
        }
        if (startsWithPipe(row) && !pieces.isEmpty() && pieces.get(0).isBlank()) {
            pieces.remove(0);
        }
        return pieces;
    }
}
