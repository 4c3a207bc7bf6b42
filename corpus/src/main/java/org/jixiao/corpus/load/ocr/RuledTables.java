package org.jixiao.corpus.load.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jixiao.corpus.load.DisjointSets;

/**
 * Finds ruled tables in a page image — the self-evaluation forms of scanned reports are drawn with lines —
 * and erases the lines so that tesseract reads the text between them instead of guessing {@code |} and
 * {@code _} characters.
 *
 * <p>The method, each step linear in the pixels or small in the number of lines:
 * <ol>
 *   <li>dark runs along each pixel row at least {@link #minHorizontal} long, and along each pixel column at
 *       least {@link #minVertical} long (bridging gaps of a few pixels, as scanners leave), merged with
 *       their neighbours into line segments with a thickness;</li>
 *   <li>a vertical segment is a rule only when both its ends meet a horizontal segment: strokes of
 *       characters do not reach the cell borders, rules do; likewise a horizontal segment is kept only when
 *       both its ends meet such a rule (an underline is not a table, and neither is a row of characters
 *       whose strokes blur into one long run);</li>
 *   <li>crossing segments are grouped into tables; each table's grid lines are the clustered positions of
 *       its segments, and two neighbouring grid cells are one merged cell where no segment separates
 *       them.</li>
 * </ol>
 * The last step is {@link GridBuilder}'s. Not for tables drawn without lines (those stay text); the PDF loader's text-layer rules do not apply to
 * images.
 */
final class RuledTables {

    /** A line segment: along its axis {@code from..to}; across it {@code lo..hi} (its thickness). */
    record Segment(int from, int to, int lo, int hi) {
        int centre() {
            return (lo + hi) / 2;
        }
    }

    /** A cell of a detected table, in grid units, anchored at its top-left grid position. */
    record GridCell(int row, int col, int rowSpan, int colSpan) {
    }

    /**
     * A detected table: grid lines {@code xs} (columns + 1 of them) and {@code ys} (rows + 1), and its cells.
     */
    record Grid(int[] xs, int[] ys, List<GridCell> cells, int[][] owner) {
        int rows() {
            return ys.length - 1;
        }

        int cols() {
            return xs.length - 1;
        }

        boolean contains(int x, int y) {
            return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
        }

        /** The index in {@link #cells} of the cell containing pixel (x, y), or -1 outside the table. */
        int cellAt(int x, int y) {
            if (!contains(x, y)) {
                return -1;
            }
            int c = slot(xs, x);
            int r = slot(ys, y);
            return owner[r][c];
        }

        int top() {
            return ys[0];
        }

        private static int slot(int[] lines, int v) {
            int i = Arrays.binarySearch(lines, v);
            int s = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(lines.length - 2, s));
        }
    }

    /** How far from the paper's shade toward the ink's a pixel must be to belong to a rule. */
    private static final double RULE_CONTRAST = 0.2;

    private final int minHorizontal;
    private final int minVertical;
    private final int tolerance;
    private final int maxGap;

    /** Thresholds for an image rendered at {@code dpi}. */
    RuledTables(int dpi) {
        double s = dpi / 300.0;
        this.minHorizontal = (int) Math.round(150 * s); // 12.7 mm: longer than any stroke of a character
        this.minVertical = (int) Math.round(30 * s);    // 2.5 mm: a one-line cell's height is about twice that
        this.tolerance = Math.max(3, (int) Math.round(10 * s));
        this.maxGap = Math.max(1, (int) Math.round(3 * s));
    }

    /**
     * Detects the ruled tables of a {@link BufferedImage#TYPE_BYTE_GRAY} image and paints their lines
     * white in place. Tables come top to bottom.
     */
    List<Grid> detectAndErase(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int dark = darkThreshold(px);
        List<Segment> horizontal = merge(horizontalRuns(px, w, h, dark));
        List<Segment> vertical = merge(verticalRuns(px, w, h, dark));
        List<Segment> rules = new ArrayList<>();
        for (Segment v : vertical) {
            if (meets(v.from(), v.centre(), horizontal) && meets(v.to(), v.centre(), horizontal)) {
                rules.add(v);
            }
        }
        List<Segment> ruled = new ArrayList<>();
        for (Segment hz : horizontal) {
            if (endsAtRule(hz.from(), hz.centre(), rules) && endsAtRule(hz.to(), hz.centre(), rules)) {
                ruled.add(hz);
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (List<List<Segment>> table : group(ruled, rules)) {
            Grid g = GridBuilder.grid(table.get(0), table.get(1), tolerance);
            if (g != null) {
                grids.add(g);
                erase(px, w, h, table.get(0), true);
                erase(px, w, h, table.get(1), false);
            }
        }
        grids.sort(Comparator.comparingInt(Grid::top));
        return grids;
    }

    // ---- runs and segments --------------------------------------------------------------------------

    /**
     * The shade below which a pixel may belong to a rule: a fifth of the way from the paper (the median
     * shade) to the ink (the darkest half percent). Thin rules of a low-resolution scan, enlarged and turned
     * upright, are light grey, far lighter than text; a fixed threshold loses them.
     */
    static int darkThreshold(byte[] px) {
        int[] shades = shades(px);
        int t = (int) Math.round(shades[1] - RULE_CONTRAST * (shades[1] - shades[0]));
        return Math.max(100, Math.min(235, t));
    }

    /** {ink, paper}: the darkest half percent's shade and the median shade of a grayscale image. */
    static int[] shades(byte[] px) {
        long[] histogram = new long[256];
        for (byte b : px) {
            histogram[b & 0xff]++;
        }
        return new int[] {percentile(histogram, px.length, 0.005), percentile(histogram, px.length, 0.5)};
    }

    private static int percentile(long[] histogram, long total, double p) {
        long target = (long) Math.ceil(total * p);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= target) {
                return v;
            }
        }
        return 255;
    }

    /**
     * Runs along each pixel row, as segments one pixel thick: (x0, x1, y, y). A pixel counts as dark when it
     * or a pixel just above or below it is: a rule that is not quite level (a residual tilt, a scanner's
     * wobble) steps from one pixel row to the next, and would otherwise fall apart into short runs. Gaps up
     * to {@link #maxGap} are bridged.
     */
    private List<Segment> horizontalRuns(byte[] px, int w, int h, int darkBelow) {
        List<Segment> runs = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int here = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            int start = -1;
            int lastDark = -1;
            for (int x = 0; x <= w; x++) {
                boolean dark = x < w && ((px[here + x] & 0xff) < darkBelow || (px[up + x] & 0xff) < darkBelow
                        || (px[down + x] & 0xff) < darkBelow);
                if (dark) {
                    if (start < 0) {
                        start = x;
                    }
                    lastDark = x;
                } else if (start >= 0 && x - lastDark > maxGap) {
                    if (lastDark - start + 1 >= minHorizontal) {
                        runs.add(new Segment(start, lastDark, y, y));
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    /** Runs down each pixel column, the same way: (y0, y1, x, x). */
    private List<Segment> verticalRuns(byte[] px, int w, int h, int darkBelow) {
        List<Segment> runs = new ArrayList<>();
        for (int x = 0; x < w; x++) {
            int left = Math.max(0, x - 1);
            int right = Math.min(w - 1, x + 1);
            int start = -1;
            int lastDark = -1;
            for (int y = 0; y <= h; y++) {
                int row = y * w;
                boolean dark = y < h && ((px[row + x] & 0xff) < darkBelow || (px[row + left] & 0xff) < darkBelow
                        || (px[row + right] & 0xff) < darkBelow);
                if (dark) {
                    if (start < 0) {
                        start = y;
                    }
                    lastDark = y;
                } else if (start >= 0 && y - lastDark > maxGap) {
                    if (lastDark - start + 1 >= minVertical) {
                        runs.add(new Segment(start, lastDark, x, x));
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    /**
     * Joins runs on adjacent pixel rows (or columns) whose extents overlap into thick segments. A sweep
     * across the rows keeps the segments still open (touching the previous row); a run joins every open
     * segment it overlaps, so two pieces of one rule that meet further down become one segment.
     */
    private static List<Segment> merge(List<Segment> runs) {
        runs.sort(Comparator.comparingInt(Segment::lo).thenComparingInt(Segment::from));
        List<Segment> out = new ArrayList<>();     // null where a segment was absorbed into another
        List<Integer> open = new ArrayList<>();    // indices into out
        for (Segment r : runs) {
            Segment grown = r;
            int target = -1;
            for (int k = open.size() - 1; k >= 0; k--) {
                int index = open.get(k);
                Segment s = out.get(index);
                if (s.hi() < r.lo() - 1) {
                    open.remove(k);
                    continue;
                }
                if (r.from() <= s.to() && r.to() >= s.from()) {
                    grown = new Segment(Math.min(s.from(), grown.from()), Math.max(s.to(), grown.to()),
                            Math.min(s.lo(), grown.lo()), Math.max(s.hi(), grown.hi()));
                    if (target >= 0) {
                        out.set(target, null);
                        open.remove(Integer.valueOf(target));
                    }
                    target = index;
                }
            }
            if (target >= 0) {
                out.set(target, grown);
            } else {
                out.add(r);
                open.add(out.size() - 1);
            }
        }
        return out.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Whether a horizontal segment passes through pixel (x, y), within the tolerance. */
    private boolean meets(int y, int x, List<Segment> horizontal) {
        for (Segment s : horizontal) {
            if (x >= s.from() - tolerance && x <= s.to() + tolerance
                    && y >= s.lo() - tolerance && y <= s.hi() + tolerance) {
                return true;
            }
        }
        return false;
    }

    /** Whether a vertical rule passes through pixel (x, y), within the tolerance. */
    private boolean endsAtRule(int x, int y, List<Segment> rules) {
        for (Segment v : rules) {
            if (Math.abs(v.centre() - x) <= tolerance && y >= v.from() - tolerance && y <= v.to() + tolerance) {
                return true;
            }
        }
        return false;
    }

    private boolean crosses(Segment hz, Segment v) {
        return v.centre() >= hz.from() - tolerance && v.centre() <= hz.to() + tolerance
                && hz.centre() >= v.from() - tolerance && hz.centre() <= v.to() + tolerance;
    }

    /** Groups crossing segments into tables: each result is {horizontals, verticals}. */
    private List<List<List<Segment>>> group(List<Segment> horizontal, List<Segment> rules) {
        int n = horizontal.size() + rules.size();
        DisjointSets sets = new DisjointSets(n);
        boolean[] crossed = new boolean[horizontal.size()];
        for (int i = 0; i < horizontal.size(); i++) {
            for (int j = 0; j < rules.size(); j++) {
                if (crosses(horizontal.get(i), rules.get(j))) {
                    sets.union(i, horizontal.size() + j);
                    crossed[i] = true;
                }
            }
        }
        java.util.Map<Integer, List<List<Segment>>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < horizontal.size(); i++) {
            if (crossed[i]) {
                byRoot.computeIfAbsent(sets.find(i), k -> List.of(new ArrayList<>(), new ArrayList<>()))
                        .get(0).add(horizontal.get(i));
            }
        }
        for (int j = 0; j < rules.size(); j++) {
            List<List<Segment>> t = byRoot.get(sets.find(horizontal.size() + j));
            if (t != null) {
                t.get(1).add(rules.get(j));
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static void erase(byte[] px, int w, int h, List<Segment> segments, boolean horizontal) {
        for (Segment s : segments) {
            int a0 = Math.max(0, s.from() - 1);
            int a1 = s.to() + 1;
            int b0 = Math.max(0, s.lo() - 2);
            int b1 = s.hi() + 2;
            for (int a = a0; a <= a1; a++) {
                for (int b = b0; b <= b1; b++) {
                    int x = horizontal ? a : b;
                    int y = horizontal ? b : a;
                    if (x < w && y < h) {
                        px[y * w + x] = (byte) 0xff;
                    }
                }
            }
        }
    }
}
