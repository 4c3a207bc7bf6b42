package org.jixiao.corpus.load.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Straightens a page scanned at a slight angle. A sheet fed into a scanner is rarely square: at one degree a
 * table rule drifts by 40 pixels across an A4 page at 300 dpi, which breaks it into short runs that
 * {@link RuledTables} cannot see, and leaves tesseract to read the form as a jumble of lines (measured on
 * the sample turned by one degree: no table found, most text lost).
 *
 * <p>The angle is the one that makes the rows of dark pixels most uneven — text lines and rules then fall
 * into few rows, the blank space between them into many — found by projection profiles: a coarse search
 * over ±{@link #MAX_DEGREES}° on a reduced image, then a finer one around the best angle. Linear in the dark
 * pixels per angle tried.
 */
final class Deskew {

    static final double MAX_DEGREES = 5.0;
    /** Angles smaller than this are left alone: the rules stay within a few pixels of straight. */
    static final double MIN_DEGREES = 0.08;

    private static final int DARK = 128;

    private Deskew() {
    }

    /** The page turned upright, or the same image when it already is. */
    static BufferedImage straighten(BufferedImage gray) {
        double angle = angle(gray);
        return Math.abs(angle) < MIN_DEGREES ? gray : rotate(gray, -angle);
    }

    /**
     * The angle in degrees by which the page's lines are turned, positive when they go down to the right
     * (clockwise on screen).
     */
    static double angle(BufferedImage gray) {
        int[][] coarse = darkPixels(gray, 4);
        double best = search(coarse, -MAX_DEGREES, MAX_DEGREES, 0.1);
        int[][] fine = darkPixels(gray, 2);
        return search(fine, best - 0.15, best + 0.15, 0.02);
    }

    /** The coordinates {xs, ys} of the dark pixels on a grid of every {@code step}-th pixel, in grid units. */
    private static int[][] darkPixels(BufferedImage gray, int step) {
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int n = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xff) < DARK) {
                    n++;
                }
            }
        }
        int[] xs = new int[n];
        int[] ys = new int[n];
        int i = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xff) < DARK) {
                    xs[i] = x / step;
                    ys[i] = y / step;
                    i++;
                }
            }
        }
        return new int[][] {xs, ys};
    }

    private static double search(int[][] dark, double from, double to, double step) {
        int[] xs = dark[0];
        int[] ys = dark[1];
        if (xs.length == 0) {
            return 0;
        }
        int maxX = 0;
        int maxY = 0;
        for (int i = 0; i < xs.length; i++) {
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        int margin = (int) Math.ceil(maxX * Math.tan(Math.toRadians(MAX_DEGREES + 1))) + 1;
        long[] rows = new long[maxY + 2 * margin + 1];
        double bestAngle = 0;
        double bestScore = -1;
        int steps = (int) Math.round((to - from) / step);
        for (int s = 0; s <= steps; s++) {
            double deg = from + s * step;
            double tan = Math.tan(Math.toRadians(deg));
            java.util.Arrays.fill(rows, 0);
            for (int i = 0; i < xs.length; i++) {
                int r = (int) Math.round(ys[i] - xs[i] * tan) + margin;
                if (r >= 0 && r < rows.length) {
                    rows[r]++;
                }
            }
            double score = 0;
            for (long c : rows) {
                score += (double) c * c;
            }
            if (score > bestScore || (score == bestScore && Math.abs(deg) < Math.abs(bestAngle))) {
                bestScore = score;
                bestAngle = deg;
            }
        }
        return bestAngle;
    }

    /** The image turned by {@code degrees} (clockwise when positive) about its centre, on white. */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(gray, AffineTransform.getRotateInstance(Math.toRadians(degrees),
                    gray.getWidth() / 2.0, gray.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
