package org.jixiao.corpus.load.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical line segments a page draws: stroked lines and rectangle edges, and
 * filled rectangles thin enough to be a border (Word and WPS draw cell borders as filled slivers). Wider
 * fills are cell shading and are ignored; curves and diagonal strokes are ignored.
 *
 * <p>Coordinates are turned into the top-down crop-box space PDFBox's text positions use.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle no thicker than this (points) is a border line. */
    private static final float MAX_BORDER_THICKNESS = 3f;
    /** A stroke whose ends differ by no more than this across its direction is axis-aligned. */
    private static final float AXIS_TOLERANCE = 1f;
    private static final float MIN_LENGTH = 2f;

    private final float originX;
    private final float topY;
    private final List<Ruling> rulings = new ArrayList<>();

    /** Sub-paths of the current path, each a list of points (already in device space). */
    private final List<List<Point2D>> subPaths = new ArrayList<>();
    private List<Point2D> current;

    private RulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.originX = crop.getLowerLeftX();
        this.topY = crop.getUpperRightY();
    }

    /** The rulings of {@code page}. */
    static List<Ruling> of(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
        subPaths.add(rect);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subPaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve ends any axis-aligned run; keep its end point as the new start
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.getLast();
    }

    @Override
    public void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.getFirst());
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> sp : subPaths) {
            for (int i = 1; i < sp.size(); i++) {
                addSegment(sp.get(i - 1), sp.get(i));
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> sp : subPaths) {
            addThinFill(sp);
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path is ended by the following n operator
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clearPath() {
        subPaths.clear();
        current = null;
    }

    private void addSegment(Point2D a, Point2D b) {
        float ax = (float) a.getX() - originX;
        float bx = (float) b.getX() - originX;
        float ay = topY - (float) a.getY();
        float by = topY - (float) b.getY();
        if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (ay + by) / 2, ax, bx));
        } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (ax + bx) / 2, ay, by));
        }
    }

    /** A filled axis-aligned box that is thin in one direction is a line along the other. */
    private void addThinFill(List<Point2D> sp) {
        if (sp.size() < 3) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < sp.size(); i++) {
            Point2D p = sp.get(i);
            if (i > 0) {
                Point2D q = sp.get(i - 1);
                boolean axis = Math.abs(p.getX() - q.getX()) <= AXIS_TOLERANCE
                        || Math.abs(p.getY() - q.getY()) <= AXIS_TOLERANCE;
                if (!axis) {
                    return;
                }
            }
            minX = Math.min(minX, (float) p.getX());
            maxX = Math.max(maxX, (float) p.getX());
            minY = Math.min(minY, (float) p.getY());
            maxY = Math.max(maxY, (float) p.getY());
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= MAX_BORDER_THICKNESS && w >= MIN_LENGTH && w > h) {
            float y = topY - (minY + maxY) / 2;
            rulings.add(new Ruling(true, y, minX - originX, maxX - originX));
        } else if (w <= MAX_BORDER_THICKNESS && h >= MIN_LENGTH && h > w) {
            float x = (minX + maxX) / 2 - originX;
            rulings.add(new Ruling(false, x, topY - maxY, topY - minY));
        }
    }
}
