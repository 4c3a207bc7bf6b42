package org.jixiao.corpus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table as a grid of {@link Cell}s with spans.
 *
 * <p>Cells are kept in row-major order of their anchors. {@link #grid()} gives the filled-down view a
 * consumer of a self-evaluation form wants: the value of a vertically merged 一级指标 cell appears on every
 * row it covers, and a horizontally merged label on every column. The grid is computed once, so
 * {@link #cellAt} is constant time.
 *
 * <p>A class rather than a record only so that the grid can be cached; it is immutable all the same.
 */
public final class Table implements Block {

    private final int index;
    private final int rowCount;
    private final int colCount;
    private final List<Cell> cells;
    private final String caption;
    private final Provenance at;
    private final Cell[][] grid;
    private final Set<Integer> guessedRows;

    /**
     * @param index   0-based position among the document's tables
     * @param caption the text just above the table that names it (e.g. a {@code 单位：万元} line), or null
     */
    public Table(int index, int rowCount, int colCount, List<Cell> cells, String caption, Provenance at) {
        this(index, rowCount, colCount, cells, caption, at, Set.of());
    }

    /**
     * @param guessedRows rows whose cells the loader placed by inference, not as the file states them (see
     *                    {@link #guessedRows()})
     */
    public Table(int index, int rowCount, int colCount, List<Cell> cells, String caption, Provenance at,
                 Set<Integer> guessedRows) {
        this.guessedRows = Set.copyOf(guessedRows);
        this.index = index;
        this.rowCount = rowCount;
        this.colCount = colCount;
        this.cells = List.copyOf(cells);
        this.caption = caption;
        this.at = Objects.requireNonNull(at);
        this.grid = new Cell[rowCount][colCount];
        for (Cell cell : this.cells) {
            if (cell.row() >= rowCount || cell.col() >= colCount) {
                throw new IllegalArgumentException("cell outside table: r" + cell.row() + " c" + cell.col());
            }
            for (int r = cell.row(); r < Math.min(rowCount, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.col(); c < Math.min(colCount, cell.col() + cell.colSpan()); c++) {
                    grid[r][c] = cell;
                }
            }
        }
    }

    public int index() {
        return index;
    }

    public int rowCount() {
        return rowCount;
    }

    public int colCount() {
        return colCount;
    }

    public List<Cell> cells() {
        return cells;
    }

    public String caption() {
        return caption;
    }

    @Override
    public Provenance at() {
        return at;
    }

    /**
     * The rows whose columns the loader inferred (a text table whose rows left out their merged cells and were
     * moved back under their header): a difference over them may be the reader's alignment, not the report's
     * arithmetic. Empty for a table read as the file states it.
     */
    public Set<Integer> guessedRows() {
        return guessedRows;
    }

    /** The cell covering grid position ({@code row}, {@code col}), or null where no cell does. */
    public Cell cellAt(int row, int col) {
        return row < 0 || row >= rowCount || col < 0 || col >= colCount ? null : grid[row][col];
    }

    /**
     * The filled-down grid: {@code grid()[r][c]} is the cell covering that position (the same object at
     * every position a merged cell covers), or null for a position no cell covers (a ragged row). A copy.
     */
    public Cell[][] grid() {
        Cell[][] copy = new Cell[rowCount][];
        for (int r = 0; r < rowCount; r++) {
            copy[r] = grid[r].clone();
        }
        return copy;
    }

    /** The texts of one row of the filled-down grid ("" where no cell covers a position). */
    public List<String> rowTexts(int row) {
        List<String> out = new ArrayList<>(colCount);
        for (int c = 0; c < colCount; c++) {
            out.add(grid[row][c] == null ? "" : grid[row][c].text());
        }
        return Collections.unmodifiableList(out);
    }

    /** The cells anchored in {@code row}, left to right. */
    public List<Cell> rowCells(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && index == t.index && rowCount == t.rowCount && colCount == t.colCount
                && cells.equals(t.cells) && Objects.equals(caption, t.caption) && at.equals(t.at)
                && guessedRows.equals(t.guessedRows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, rowCount, colCount, cells, caption, at, guessedRows);
    }

    @Override
    public String toString() {
        return "Table[" + index + ", " + rowCount + "x" + colCount + ", " + cells.size() + " cells]";
    }
}
