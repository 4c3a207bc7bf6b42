package org.jixiao.corpus.load.pdf;

import org.jixiao.corpus.load.DisjointSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables in a page's {@link Ruling}s and works out their grids and merged cells.
 *
 * <ol>
 *   <li>Collinear segments are merged (a border is often drawn cell by cell, or twice).</li>
 *   <li>Segments that touch or cross form connected groups; a group with at least two horizontal and two
 *       vertical lines and at least two columns is a table. Underlines, boxes and a page frame crossed by a
 *       rule are not: a one-column "table" reads as well as paragraphs, and a false table would swallow
 *       prose.</li>
 *   <li>The grid is every distinct x of the group's vertical lines and every distinct y of its horizontal
 *       lines.</li>
 *   <li>A boundary between two neighbouring grid positions exists where a line covers most of it; where it is
 *       missing the positions belong to one merged cell. Cells are grown greedily right, then down, so they
 *       never overlap.</li>
 * </ol>
 * Nothing here depends on a particular form: it reads any table whose borders are drawn.
 */
final class TableFinder {

    /** Lines this close (points) are the same line. */
    static final float SNAP = 2f;
    /** A gap this small (points) between two collinear pieces does not break the line. */
    private static final float JOIN_GAP = 3f;
    /** A boundary exists when a line covers at least this share of it. */
    private static final float COVER = 0.6f;
    /** Rows or columns thinner than this (points) are drawing artefacts (double borders). */
    private static final float MIN_TRACK = 3f;

    /** A table's geometry: grid edges and cells (without text). */
    record Grid(float[] xs, float[] ys, List<int[]> cells) {
    }

    private TableFinder() {
    }

    static List<Grid> find(List<Ruling> rulings) {
        List<Ruling> h = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> v = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        if (h.size() < 2 || v.size() < 2) {
            return List.of();
        }
        // union-find over h (0..H-1) and v (H..H+V-1)
        int n = h.size() + v.size();
        DisjointSets sets = new DisjointSets(n);
        for (int i = 0; i < h.size(); i++) {
            Ruling a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                Ruling b = v.get(j);
                if (b.at() >= a.from() - SNAP && b.at() <= a.to() + SNAP
                        && a.at() >= b.from() - SNAP && a.at() <= b.to() + SNAP) {
                    sets.union(i, h.size() + j);
                }
            }
        }
        List<Grid> grids = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> gh = new ArrayList<>();
            List<Ruling> gv = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (sets.find(k) == root) {
                    if (k < h.size()) {
                        gh.add(h.get(k));
                    } else {
                        gv.add(v.get(k - h.size()));
                    }
                }
            }
            Grid g = grid(gh, gv);
            if (g != null) {
                grids.add(g);
            }
        }
        grids.sort(Comparator.comparingDouble(g -> g.ys()[0]));
        return grids;
    }

    private static Grid grid(List<Ruling> h, List<Ruling> v) {
        if (h.size() < 2 || v.size() < 2) {
            return null;
        }
        float[] xs = edges(v);
        float[] ys = edges(h);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 2) {
            return null;
        }
        // right[r][c]: a boundary between (r,c) and (r,c+1); below[r][c]: between (r,c) and (r+1,c)
        boolean[][] right = new boolean[rows][cols];
        boolean[][] below = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols - 1; c++) {
                right[r][c] = covered(v, xs[c + 1], ys[r], ys[r + 1]);
            }
        }
        for (int r = 0; r < rows - 1; r++) {
            for (int c = 0; c < cols; c++) {
                below[r][c] = covered(h, ys[r + 1], xs[c], xs[c + 1]);
            }
        }
        boolean[][] used = new boolean[rows][cols];
        List<int[]> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (used[r][c]) {
                    continue;
                }
                int cs = 1;
                while (c + cs < cols && !right[r][c + cs - 1] && !used[r][c + cs]) {
                    cs++;
                }
                int rs = 1;
                while (r + rs < rows && canGrowDown(below, right, used, r + rs, c, cs)) {
                    rs++;
                }
                for (int rr = r; rr < r + rs; rr++) {
                    for (int cc = c; cc < c + cs; cc++) {
                        used[rr][cc] = true;
                    }
                }
                cells.add(new int[] {r, c, rs, cs});
            }
        }
        if (cells.size() < 2) {
            return null;
        }
        return new Grid(xs, ys, cells);
    }

    /** Row {@code r} joins a cell spanning columns {@code c..c+cs-1} when no line separates it from the row above. */
    private static boolean canGrowDown(boolean[][] below, boolean[][] right, boolean[][] used, int r, int c, int cs) {
        for (int k = c; k < c + cs; k++) {
            if (below[r - 1][k] || used[r][k]) {
                return false;
            }
            if (k < c + cs - 1 && right[r][k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Ruling> lines, float at, float from, float to) {
        float need = COVER * (to - from);
        float got = 0;
        for (Ruling l : lines) {
            if (Math.abs(l.at() - at) <= MIN_TRACK) {
                got += l.overlap(from, to);
            }
        }
        return got >= need;
    }

    /** The distinct positions of {@code lines}, snapped together and dropping tracks too thin to hold text. */
    private static float[] edges(List<Ruling> lines) {
        float[] at = new float[lines.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = lines.get(i).at();
        }
        Arrays.sort(at);
        float[] out = new float[at.length];
        int n = 0;
        for (float a : at) {
            if (n == 0 || a - out[n - 1] > MIN_TRACK) {
                out[n++] = a;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Merges collinear, overlapping or nearly touching segments. */
    static List<Ruling> merge(List<Ruling> in) {
        if (in.isEmpty()) {
            return List.of();
        }
        List<Ruling> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float sum = 0;
            while (j < sorted.size() && sorted.get(j).at() - sorted.get(i).at() <= SNAP) {
                sum += sorted.get(j).at();
                j++;
            }
            float at = sum / (j - i);
            List<Ruling> group = new ArrayList<>(sorted.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::from));
            float from = group.getFirst().from();
            float to = group.getFirst().to();
            for (int k = 1; k < group.size(); k++) {
                Ruling r = group.get(k);
                if (r.from() <= to + JOIN_GAP) {
                    to = Math.max(to, r.to());
                } else {
                    out.add(new Ruling(group.getFirst().horizontal(), at, from, to));
                    from = r.from();
                    to = r.to();
                }
            }
            out.add(new Ruling(group.getFirst().horizontal(), at, from, to));
            i = j;
        }
        return out;
    }


}
