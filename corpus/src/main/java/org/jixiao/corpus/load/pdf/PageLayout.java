package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One page read into its tables and the lines of text outside them, in top-to-bottom order.
 *
 * <p>Each glyph goes to the table cell that contains its centre; glyphs outside every table form the page's
 * text lines. A word cut by a border is split glyph by glyph.
 */
record PageLayout(int page, float height, List<Item> items) {

    /** A table or a line of text, placed on the page. */
    sealed interface Item permits TableItem, LineItem {
        float top();
    }

    record TableItem(PageTable table) implements Item {
        @Override
        public float top() {
            return table.top();
        }
    }

    record LineItem(TextLine line) implements Item {
        @Override
        public float top() {
            return line.top();
        }
    }

    static PageLayout of(int page, float height, List<Word> words, List<Ruling> rulings) {
        List<TableFinder.Grid> grids = TableFinder.find(rulings);
        // owner[t][r][c] = index of the cell covering grid position (r, c) of table t
        int[][][] owner = new int[grids.size()][][];
        LineAccumulator[][] cellText = new LineAccumulator[grids.size()][];
        for (int t = 0; t < grids.size(); t++) {
            TableFinder.Grid g = grids.get(t);
            owner[t] = new int[g.ys().length - 1][g.xs().length - 1];
            cellText[t] = new LineAccumulator[g.cells().size()];
            for (int k = 0; k < g.cells().size(); k++) {
                int[] c = g.cells().get(k);
                cellText[t][k] = new LineAccumulator(page);
                for (int r = c[0]; r < c[0] + c[2]; r++) {
                    for (int col = c[1]; col < c[1] + c[3]; col++) {
                        owner[t][r][col] = k;
                    }
                }
            }
        }
        LineAccumulator outside = new LineAccumulator(page);
        for (Word w : words) {
            List<Glyph> gs = w.glyphs();
            int start = 0;
            int startRegion = region(grids, owner, gs.get(0));
            for (int i = 1; i <= gs.size(); i++) {
                int reg = i < gs.size() ? region(grids, owner, gs.get(i)) : Integer.MIN_VALUE;
                if (reg != startRegion) {
                    String whole = start == 0 && i == gs.size() ? w.text() : null;
                    target(startRegion, outside, cellText).add(gs, start, i, whole);
                    start = i;
                    startRegion = reg;
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (int t = 0; t < grids.size(); t++) {
            TableFinder.Grid g = grids.get(t);
            List<PageTable.PageCell> cells = new ArrayList<>(g.cells().size());
            for (int k = 0; k < g.cells().size(); k++) {
                int[] c = g.cells().get(k);
                cells.add(new PageTable.PageCell(c[0], c[1], c[2], c[3], cellText[t][k].text()));
            }
            items.add(new TableItem(new PageTable(page, g.xs(), g.ys(), cells, height)));
        }
        for (TextLine l : outside.lines()) {
            items.add(new LineItem(l));
        }
        items.sort((a, b) -> Float.compare(a.top(), b.top()));
        return new PageLayout(page, height, items);
    }

    private static LineAccumulator target(int region, LineAccumulator outside, LineAccumulator[][] cellText) {
        if (region < 0) {
            return outside;
        }
        return cellText[region >>> 20][region & 0xFFFFF];
    }

    /** -1 outside all tables, else (table << 20 | cell index). */
    private static int region(List<TableFinder.Grid> grids, int[][][] owner, Glyph g) {
        float x = g.centerX();
        float y = g.centerY();
        for (int t = 0; t < grids.size(); t++) {
            float[] xs = grids.get(t).xs();
            float[] ys = grids.get(t).ys();
            if (x < xs[0] || x > xs[xs.length - 1] || y < ys[0] || y > ys[ys.length - 1]) {
                continue;
            }
            int c = track(xs, x);
            int r = track(ys, y);
            return t << 20 | owner[t][r][c];
        }
        return -1;
    }

    /** The index of the track [edges[i], edges[i+1]] holding {@code v}. */
    private static int track(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(edges.length - 2, i));
    }
}
