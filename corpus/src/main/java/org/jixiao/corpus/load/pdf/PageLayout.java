package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One page read into its tables and the lines of text outside them, in top-to-bottom order.
 *
 * <p>Each glyph goes to the table cell that contains its centre (a word's end glyph reaching over a border goes
 * with the rest of its word); glyphs outside every table form the page's text lines. A word cut by a border is
 * split glyph by glyph.
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
        for (int w = 0; w < words.size(); w++) {
            List<Glyph> gs = words.get(w).glyphs();
            int[] regions = new int[gs.size()];
            for (int i = 0; i < gs.size(); i++) {
                Glyph g = gs.get(i);
                regions[i] = region(grids, owner, g.centerX(), g.centerY());
            }
            keepWordEndsWithTheirWord(grids, owner, gs, regions);
            for (int i = 0; i < gs.size(); i++) {
                target(regions[i], outside, cellText).add(gs.get(i), w);
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

    /**
     * A glyph goes to the cell holding its centre, except the first or last glyph of a word whose box reaches
     * over a cell border into the cell where the rest of the word is: a number or a label starting right at the
     * left ruling ({@code 89.97} with the {@code 8} a little over the line) stays whole in its cell. Where the
     * other side is also a lone glyph touching the border, two cells' texts run together and the centres decide.
     */
    private static void keepWordEndsWithTheirWord(List<TableFinder.Grid> grids, int[][][] owner, List<Glyph> gs,
                                                  int[] regions) {
        int n = gs.size();
        if (n < 2) {
            return;
        }
        if (regions[0] != regions[1] && reaches(grids, owner, gs.get(0), true, regions[1])
                && (n > 2 && regions[2] == regions[1] || !reaches(grids, owner, gs.get(1), false, regions[0]))) {
            regions[0] = regions[1];
        }
        if (regions[n - 1] != regions[n - 2] && reaches(grids, owner, gs.get(n - 1), false, regions[n - 2])
                && (n > 2 && regions[n - 3] == regions[n - 2]
                        || !reaches(grids, owner, gs.get(n - 2), true, regions[n - 1]))) {
            regions[n - 1] = regions[n - 2];
        }
    }

    /** Whether the glyph's box, a little widened, reaches to the right (or left) into {@code region}. */
    private static boolean reaches(List<TableFinder.Grid> grids, int[][][] owner, Glyph g, boolean right, int region) {
        float tol = Math.min(1f, 0.1f * g.fontSize());
        float x = right ? g.x1() + tol : g.x0() - tol;
        return region(grids, owner, x, g.centerY()) == region;
    }

    /** -1 outside all tables, else (table << 20 | cell index). */
    private static int region(List<TableFinder.Grid> grids, int[][][] owner, float x, float y) {
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
