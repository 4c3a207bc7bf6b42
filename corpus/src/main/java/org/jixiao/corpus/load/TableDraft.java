package org.jixiao.corpus.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * A table as a loader reads it, before normalization and provenance: cells with their grid geometry and
 * raw text. Loaders add cells in any order; {@link DocumentBuilder} sorts them row-major, checks that no
 * two overlap, and gives each its offsets.
 */
public final class TableDraft {

    /** A cell as read: anchor, spans, raw text, page and what its line breaks mean. */
    public record RawCell(int row, int col, int rowSpan, int colSpan, String raw, Integer page, Mode mode) {
    }

    private final List<RawCell> cells = new ArrayList<>();
    private String caption;
    private Integer page;
    private Set<Integer> guessedRows = Set.of();

    /** Adds a cell whose line breaks separate paragraphs (Word, spreadsheets). */
    public TableDraft cell(int row, int col, int rowSpan, int colSpan, String raw) {
        return cell(row, col, rowSpan, colSpan, raw, page, Mode.LINES);
    }

    /** Adds a cell; use {@link Mode#WRAPPED} where its line breaks come from layout (PDF). */
    public TableDraft cell(int row, int col, int rowSpan, int colSpan, String raw, Integer page, Mode mode) {
        cells.add(new RawCell(row, col, rowSpan, colSpan, raw == null ? "" : raw, page, mode));
        return this;
    }

    /** The page the table starts on (cells without their own page take it). */
    public TableDraft page(Integer p) {
        this.page = p;
        return this;
    }

    /** An explicit caption; otherwise the builder takes the short paragraph just above the table. */
    public TableDraft caption(String c) {
        this.caption = c;
        return this;
    }

    /**
     * The rows whose cells the loader placed by inference rather than as the file states them (a flattened
     * table whose rows left out their merged cells): checks must not call a difference over them an error.
     */
    public TableDraft guessedRows(Set<Integer> rows) {
        this.guessedRows = Set.copyOf(rows);
        return this;
    }

    public Set<Integer> guessedRows() {
        return guessedRows;
    }

    public List<RawCell> cells() {
        return cells;
    }

    public String caption() {
        return caption;
    }

    public Integer page() {
        return page;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
