package org.jixiao.generator;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ with real merges: a horizontally merged cell is one {@code w:tc} with {@code w:gridSpan}, a
 * vertically merged one starts with {@code w:vMerge w:val="restart"} and continues in the rows below with an
 * empty {@code w:vMerge} cell — exactly what real forms contain and what the .docx loader must resolve.
 */
final class DocxRenderer implements Renderer {

    /** Text width of an A4 page with POI's default margins, in twips. */
    private static final int WIDTH = 9000;

    @Override
    public void render(Layout layout, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(new java.util.Date(ReproducibleZip.FIXED_TIME)));
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, layout.title(), true, 18);
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> run(doc.createParagraph(), h.text(), true, h.level() == 1 ? 14 : 12);
                    case Layout.Paragraph para -> {
                        XWPFParagraph x = doc.createParagraph();
                        x.setIndentationFirstLine(480);
                        run(x, para.text(), false, 12);
                    }
                    case Layout.Grid g -> table(doc, g);
                }
            }
            ReproducibleZip.write(ReproducibleZip.capture(doc::write), file);
        }
    }

    private static void table(XWPFDocument doc, Layout.Grid g) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, g.caption(), true, 12);
        if (!g.note().isEmpty()) {
            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.RIGHT);
            run(note, g.note(), false, 10);
        }
        XWPFTable t = doc.createTable(g.rows(), g.cols());
        int colWidth = WIDTH / g.cols();
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < g.cols(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(colWidth));
        }
        Layout.GridCell[][] cover = g.cover();
        for (int r = 0; r < g.rows(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = g.cols() - 1; c >= 0; c--) {
                Layout.GridCell cell = cover[r][c];
                if (cell != null && cell.col() != c) {
                    row.removeCell(c); // covered by a horizontal merge: the spanning cell stands for it
                }
            }
            int tc = 0;
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                if (cell != null && cell.col() != c) {
                    continue;
                }
                XWPFTableCell x = row.getCell(tc++);
                CTTcPr pr = x.getCTTc().isSetTcPr() ? x.getCTTc().getTcPr() : x.getCTTc().addNewTcPr();
                int span = cell == null ? 1 : cell.colSpan();
                pr.addNewTcW().setW(BigInteger.valueOf((long) colWidth * span));
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell != null && cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                x.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (cell != null && cell.row() == r) {
                    String[] lines = cell.text().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        XWPFParagraph para = i == 0 ? x.getParagraphs().get(0) : x.addParagraph();
                        run(para, lines[i], cell.header(), 10);
                    }
                }
            }
        }
        doc.createParagraph();
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("宋体");
    }
}
