package org.jixiao.corpus.load.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One sheet as text: the displayed text of every non-blank cell and the merged regions, indexed so that
 * {@link SheetLayout} can ask "what is anchored in this row" and "what does this region cover" in constant
 * or logarithmic time. Sparse, because a sheet's used range says little about where its text is.
 *
 * <p>Independent of POI so that the layout rules can be specified with small hand-made grids.
 */
final class SheetGrid {

    /** A merged region, bounds inclusive, already clipped to the grid's limits. */
    record Region(int firstRow, int firstCol, int lastRow, int lastCol) {
        int rowSpan() {
            return lastRow - firstRow + 1;
        }

        int colSpan() {
            return lastCol - firstCol + 1;
        }
    }

    /**
     * Something anchored at a position: a text cell, a merged region's top-left cell, or both.
     *
     * @param region null for an ordinary cell
     */
    record Anchor(int row, int col, String text, Region region) {
        int lastRow() {
            return region == null ? row : region.lastRow();
        }

        int lastCol() {
            return region == null ? col : region.lastCol();
        }

        boolean hasText() {
            return !text.isBlank();
        }
    }

    private final NavigableMap<Integer, NavigableMap<Integer, String>> texts = new TreeMap<>();
    private final Map<Long, Region> regionAt = new HashMap<>();
    private final Map<Long, Region> coveredBy = new HashMap<>();
    private final NavigableMap<Integer, List<Region>> regionsByFirstRow = new TreeMap<>();
    private int maxCol = -1;

    /** Records a cell's displayed text; blank text is not stored. */
    void text(int row, int col, String text) {
        if (text != null && !text.isBlank()) {
            texts.computeIfAbsent(row, r -> new TreeMap<>()).put(col, text);
            maxCol = Math.max(maxCol, col);
        }
    }

    /**
     * Records a merged region. Regions are clipped to the rows and columns that hold text (a region over a
     * whole column would otherwise cover a million positions), so call this after every {@link #text}.
     */
    void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        if (texts.isEmpty()) {
            return;
        }
        int maxRow = texts.lastKey();
        int r1 = Math.min(lastRow, maxRow);
        int c1 = Math.min(lastCol, maxCol);
        if (firstRow > r1 || firstCol > c1 || (firstRow == r1 && firstCol == c1)) {
            return;
        }
        Region region = new Region(firstRow, firstCol, r1, c1);
        regionAt.put(key(firstRow, firstCol), region);
        regionsByFirstRow.computeIfAbsent(firstRow, r -> new ArrayList<>()).add(region);
        for (int r = firstRow; r <= r1; r++) {
            for (int c = firstCol; c <= c1; c++) {
                if (r != firstRow || c != firstCol) {
                    coveredBy.put(key(r, c), region);
                }
            }
        }
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    int firstRow() {
        return texts.firstKey();
    }

    int lastRow() {
        return texts.lastKey();
    }

    /** The text at a position; "" when blank, or covered by a merged region that is not anchored there. */
    String textAt(int row, int col) {
        if (coveredBy.containsKey(key(row, col))) {
            return "";
        }
        NavigableMap<Integer, String> r = texts.get(row);
        String t = r == null ? null : r.get(col);
        return t == null ? "" : t;
    }

    boolean rowHasText(int row) {
        NavigableMap<Integer, String> r = texts.get(row);
        if (r == null) {
            return false;
        }
        for (Integer col : r.keySet()) {
            if (!coveredBy.containsKey(key(row, col))) {
                return true;
            }
        }
        return false;
    }

    /** The region anchored at a position, or null. */
    Region regionAt(int row, int col) {
        return regionAt.get(key(row, col));
    }

    /** The region covering a position it is not anchored at, or null. */
    Region coveredBy(int row, int col) {
        return coveredBy.get(key(row, col));
    }

    /**
     * What is anchored in {@code row} within columns [{@code fromCol}, {@code toCol}], left to right: text
     * cells and merged regions (with or without text). Positions covered by a region anchored elsewhere are
     * left out. Cost: the row's text cells plus the columns of the range, once each.
     */
    List<Anchor> anchors(int row, int fromCol, int toCol) {
        NavigableMap<Integer, String> r = texts.getOrDefault(row, Collections.emptyNavigableMap());
        List<Anchor> out = new ArrayList<>();
        for (int c = fromCol; c <= toCol; c++) {
            Region region = regionAt.get(key(row, c));
            String t = r.get(c);
            if (region != null) {
                out.add(new Anchor(row, c, t == null ? "" : t, region));
            } else if (t != null && !coveredBy.containsKey(key(row, c))) {
                out.add(new Anchor(row, c, t, null));
            }
        }
        return out;
    }

    /** The widest column range anything occupies in rows [{@code fromRow}, {@code toRow}]: {min, max}. */
    int[] columnRange(int fromRow, int toRow) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (NavigableMap<Integer, String> r : texts.subMap(fromRow, true, toRow, true).values()) {
            min = Math.min(min, r.firstKey());
            max = Math.max(max, r.lastKey());
        }
        for (List<Region> anchored : regionsByFirstRow.subMap(fromRow, true, toRow, true).values()) {
            for (Region g : anchored) {
                min = Math.min(min, g.firstCol());
                max = Math.max(max, g.lastCol());
            }
        }
        return new int[] {min, max};
    }

    /** The last row reached by the merged regions anchored in {@code row}; {@code row} when there are none. */
    int reach(int row) {
        int reach = row;
        for (Region g : regionsByFirstRow.getOrDefault(row, List.of())) {
            reach = Math.max(reach, g.lastRow());
        }
        return reach;
    }

    /** The rows that hold stored text, ascending (some may hold only text hidden under a merged region). */
    Iterable<Integer> textRows() {
        return texts.keySet();
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }
}
