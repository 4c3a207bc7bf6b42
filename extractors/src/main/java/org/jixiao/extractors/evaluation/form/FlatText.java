package org.jixiao.extractors.evaluation.form;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.DocumentText;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

/**
 * A run of consecutive paragraphs and headings joined by newlines, so that a form printed one cell per line
 * reads like one printed on one line, with every span mapped back to the block it came from.
 *
 * <p>A table ends a run: what a table holds is read as a table, except a long cell, which is a run of its own
 * (a web page's layout table may hold a whole form flattened into one cell), and a sliver of a plain-text
 * file (at most {@value #SLIVER_ROWS} rows of two short cells), which the text loader guessed from a few lines of
 * a flattened form that kept runs of spaces for empty cells: its cells join the run, one a line, so the form
 * around it (and the 总分 line after it) still reads as one.
 */
record FlatText(String text, List<Provenance> parts, int[] starts, DocumentText source) {

    /** A cell at least this long may hold a flattened form. */
    private static final int LONG_CELL = 60;
    /** A text file's table of at most this many rows of short cells is a sliver of the text around it. */
    private static final int SLIVER_ROWS = 3;
    private static final int SHORT_CELL = 30;

    /** The runs of text between the tables of {@code doc}, in document order. */
    static List<FlatText> of(SourceDocument doc) {
        List<FlatText> out = new ArrayList<>();
        DocumentText source = doc.text();
        List<Provenance> run = new ArrayList<>();
        for (Block b : doc.blocks()) {
            switch (b) {
                case Paragraph p -> run.add(p.at());
                case Heading h -> run.add(h.at());
                case Table t when sliver(doc, t) -> {
                    for (Cell c : t.cells()) {
                        if (!c.text().isBlank()) {
                            run.add(c.at());
                        }
                    }
                }
                case Table t -> {
                    flush(run, source, out);
                    run = new ArrayList<>();
                    // a whole form published as one long cell of a page's layout table
                    for (Cell c : t.cells()) {
                        if (c.text().length() >= LONG_CELL) {
                            out.add(of(List.of(c.at()), source));
                        }
                    }
                }
            }
        }
        flush(run, source, out);
        return out;
    }

    private static boolean sliver(SourceDocument doc, Table t) {
        return doc.format() == org.jixiao.corpus.model.Format.TXT && t.rowCount() <= SLIVER_ROWS && t.colCount() <= 2
                && t.cells().stream().allMatch(c -> c.text().length() <= SHORT_CELL);
    }

    /** One run from the given spans (tests build them directly), without the source's white space. */
    static FlatText of(List<Provenance> run) {
        return of(run, null);
    }

    private static FlatText of(List<Provenance> run, DocumentText source) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[run.size()];
        for (int i = 0; i < run.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            sb.append(run.get(i).text());
        }
        return new FlatText(sb.toString(), List.copyOf(run), starts, source);
    }

    private static void flush(List<Provenance> run, DocumentText source, List<FlatText> out) {
        if (!run.isEmpty()) {
            out.add(of(run, source));
        }
    }

    /**
     * Whether the file printed white space right before the character at {@code i} that normalization dropped
     * ({@code ≥60个 60} reads {@code ≥60个60}: a space between a character and a digit is taken for extraction
     * debris). Where a dump kept cells apart by single spaces, that space was a cell boundary.
     */
    boolean gapBefore(int i) {
        if (source == null || i <= 0 || i >= text.length()) {
            return false;
        }
        int k = part(i);
        if (k < 0 || i == starts[k] || i - starts[k] >= parts.get(k).text().length()) {
            return false;
        }
        int d = parts.get(k).start() + (i - starts[k]);
        String raw = source.raw();
        for (int r = source.rawEnd(d); r < source.rawOffset(d); r++) {
            if (Character.isWhitespace(raw.charAt(r))) {
                return true;
            }
        }
        return false;
    }

    /** The provenance of {@code [from, to)}, which must lie inside one block (a value never spans a newline). */
    Provenance at(int from, int to) {
        int i = part(from);
        if (i < 0 || to - starts[i] > parts.get(i).text().length()) {
            throw new IllegalArgumentException("span " + from + ".." + to + " crosses blocks");
        }
        return parts.get(i).sub(from - starts[i], to - starts[i]);
    }

    /**
     * The provenance of the part of {@code [from, to)} in the block where it starts: a name a narrow cell wrapped
     * onto the next line ({@code 满意度指标 / (10分)}) is quoted by its first line.
     */
    Provenance atStart(int from, int to) {
        int i = part(from);
        int blockEnd = i < 0 ? to : starts[i] + parts.get(i).text().length();
        return at(from, Math.min(to, blockEnd));
    }

    private int part(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2; // the last part starting at or before offset; -1 before the first
    }
}
