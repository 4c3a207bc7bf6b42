package org.jixiao.corpus.load.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jixiao.corpus.load.ocr.RuledTables.Grid;
import org.jixiao.corpus.load.ocr.RuledTables.GridCell;
import org.junit.jupiter.api.Test;

/** Finding a ruled form in a page image: grid lines, merged cells, and what is not a rule. */
class RuledTablesTest {

    /**
     * A 300 dpi page with a 3×3 form: the top row's first two cells merged (no rule between them), the
     * left column's lower two cells merged (no rule between them); character-like strokes inside cells; an
     * underline and a long stroke in the text above the form.
     */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(1200, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1000);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        int[] xs = {100, 400, 700, 1000};
        int[] ys = {300, 400, 500, 600};
        for (int y : ys) {
            g.drawLine(y == 500 ? xs[1] : xs[0], y, xs[3], y); // none at 500 in the first column: (1,0) and (2,0) are one
        }
        g.drawLine(100, 300, 100, 600);
        g.drawLine(1000, 300, 1000, 600);
        g.drawLine(700, 300, 700, 600);
        g.drawLine(400, 400, 400, 600); // none in the top row: cells (0,0) and (0,1) are one
        g.setStroke(new BasicStroke(4));
        for (int x = 130; x < 380; x += 40) {
            g.drawLine(x, 320, x, 375); // strokes of characters: 55 px, not touching the rules
        }
        g.drawLine(150, 200, 700, 200); // an underline in the running text
        g.drawLine(800, 150, 800, 250); // a long stroke not meeting any rule
        g.dispose();
        return img;
    }

    @Test
    void theFormsGridAndMergesAreFound() {
        BufferedImage img = page();
        List<Grid> grids = new RuledTables(300).detectAndErase(img);
        assertEquals(1, grids.size());
        Grid g = grids.get(0);
        assertEquals(3, g.rows());
        assertEquals(3, g.cols());
        for (int i = 0; i < 4; i++) {
            assertTrue(Math.abs(g.xs()[i] - new int[] {100, 400, 700, 1000}[i]) <= 3, "x " + i);
            assertTrue(Math.abs(g.ys()[i] - new int[] {300, 400, 500, 600}[i]) <= 3, "y " + i);
        }
        assertTrue(g.cells().contains(new GridCell(0, 0, 1, 2)), g.cells().toString());
        assertTrue(g.cells().contains(new GridCell(1, 0, 2, 1)), g.cells().toString());
        assertTrue(g.cells().contains(new GridCell(2, 2, 1, 1)), g.cells().toString());
        assertEquals(7, g.cells().size(), "nine positions, two merges");
        assertEquals(g.cells().indexOf(new GridCell(0, 0, 1, 2)), g.cellAt(550, 350));
        assertEquals(-1, g.cellAt(550, 200));
    }

    @Test
    void theRulesAreErasedAndTheTextIsNot() {
        BufferedImage img = page();
        new RuledTables(300).detectAndErase(img);
        assertEquals(255, gray(img, 550, 400), "a horizontal rule is gone");
        assertEquals(255, gray(img, 700, 450), "a vertical rule is gone");
        assertTrue(gray(img, 130, 350) < 128, "a character stroke stays");
        assertTrue(gray(img, 300, 200) < 128, "the underline outside the form stays");
        assertTrue(gray(img, 800, 200) < 128, "a stroke that meets no rule stays");
    }

    @Test
    void aFormScannedAtAnAngleIsStraightenedAndFound() {
        BufferedImage askew = Deskew.rotate(page(), 1.5);
        assertEquals(1.5, Deskew.angle(askew), 0.1);
        BufferedImage straight = Deskew.straighten(Deskew.rotate(page(), 1.5));
        assertEquals(0, Deskew.angle(straight), 0.1);
        List<Grid> grids = new RuledTables(300).detectAndErase(straight);
        assertEquals(1, grids.size());
        assertEquals(7, grids.get(0).cells().size());
    }

    @Test
    void aPageWithoutRulesHasNoTables() {
        BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 600);
        g.setColor(Color.BLACK);
        g.drawString("plain text", 50, 50);
        g.dispose();
        assertArrayEquals(new Object[0], new RuledTables(300).detectAndErase(img).toArray());
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }
}
