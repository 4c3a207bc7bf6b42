package org.jixiao.corpus.load.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.corpus.load.DisjointSets;
import org.jixiao.corpus.load.ocr.RuledTables.Grid;
import org.jixiao.corpus.load.ocr.RuledTables.GridCell;
import org.jixiao.corpus.load.ocr.RuledTables.Segment;

/**
 * The grid of one ruled table from its line segments: grid lines are the clustered positions of the segments
 * (within {@code tolerance} pixels), and two neighbouring grid cells are one merged cell where no segment separates
 * them; a merged group that is not a rectangle is split back into its grid cells.
 */
final class GridBuilder {

    private GridBuilder() {
    }

    /** The table the crossing segments draw, or null when they do not make one cell. */
    static Grid grid(List<Segment> horizontal, List<Segment> vertical, int tolerance) {
        int[] ys = cluster(horizontal.stream().mapToInt(Segment::centre).toArray(), tolerance);
        int[] xs = cluster(vertical.stream().mapToInt(Segment::centre).toArray(), tolerance);
        if (ys.length < 2 || xs.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        DisjointSets sets = new DisjointSets(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !separated(vertical, xs[c + 1], ys[r], ys[r + 1], tolerance)) {
                    sets.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !separated(horizontal, ys[r + 1], xs[c], xs[c + 1], tolerance)) {
                    sets.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        // each group's bounding box; a group that is not a full rectangle is split back into its grid cells
        int[] minR = new int[sets.size()];
        int[] minC = new int[sets.size()];
        int[] maxR = new int[sets.size()];
        int[] maxC = new int[sets.size()];
        int[] count = new int[sets.size()];
        Arrays.fill(minR, Integer.MAX_VALUE);
        Arrays.fill(minC, Integer.MAX_VALUE);
        Arrays.fill(maxR, -1);
        Arrays.fill(maxC, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int g = sets.find(r * cols + c);
                minR[g] = Math.min(minR[g], r);
                minC[g] = Math.min(minC[g], c);
                maxR[g] = Math.max(maxR[g], r);
                maxC[g] = Math.max(maxC[g], c);
                count[g]++;
            }
        }
        List<GridCell> cells = new ArrayList<>();
        int[][] owner = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int g = sets.find(r * cols + c);
                boolean rectangle = count[g] == (maxR[g] - minR[g] + 1) * (maxC[g] - minC[g] + 1);
                if (!rectangle) {
                    owner[r][c] = cells.size();
                    cells.add(new GridCell(r, c, 1, 1));
                } else if (r == minR[g] && c == minC[g]) {
                    int index = cells.size();
                    cells.add(new GridCell(r, c, maxR[g] - r + 1, maxC[g] - c + 1));
                    for (int rr = r; rr <= maxR[g]; rr++) {
                        for (int cc = c; cc <= maxC[g]; cc++) {
                            owner[rr][cc] = index;
                        }
                    }
                }
            }
        }
        return new Grid(xs, ys, cells, owner);
    }

    /** Whether a segment at {@code at} (within the tolerance) covers the middle half of {@code from..to}. */
    private static boolean separated(List<Segment> segments, int at, int from, int to, int tolerance) {
        int q = (to - from) / 4;
        for (Segment s : segments) {
            if (Math.abs(s.centre() - at) <= tolerance && s.from() <= from + q && s.to() >= to - q) {
                return true;
            }
        }
        return false;
    }

    /** Sorted positions with near-duplicates (double rules, a line's two edges) replaced by their mean. */
    private static int[] cluster(int[] positions, int tolerance) {
        Arrays.sort(positions);
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= positions.length; i++) {
            if (i == positions.length || positions[i] - positions[i - 1] > tolerance) {
                long sum = 0;
                for (int k = start; k < i; k++) {
                    sum += positions[k];
                }
                out.add((int) (sum / (i - start)));
                start = i;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
