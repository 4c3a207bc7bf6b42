package org.jixiao.generator;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel as finance offices keep the forms: the prose on a first sheet (one paragraph per row), then each
 * self-evaluation form on its own sheet with merged regions for merged cells. Figures are written as text,
 * as typed, so {@code 2021.20} keeps its printed decimals.
 */
final class XlsxRenderer implements Renderer {

    @Override
    public void render(Layout layout, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(new java.util.Date(ReproducibleZip.FIXED_TIME)));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle boxed = wb.createCellStyle();
            boxed.cloneStyleFrom(wrap);
            boxed.setVerticalAlignment(VerticalAlignment.CENTER);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            CellStyle centered = wb.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);

            Sheet prose = wb.createSheet("报告");
            prose.setColumnWidth(0, 100 * 256);
            int r = 0;
            prose.createRow(r++).createCell(0).setCellValue(layout.title());
            int sheets = 0;
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> prose.createRow(r++).createCell(0).setCellValue(h.text());
                    case Layout.Paragraph para -> {
                        var cell = prose.createRow(r++).createCell(0);
                        cell.setCellValue(para.text());
                        cell.setCellStyle(wrap);
                    }
                    case Layout.Grid g -> grid(wb.createSheet("自评表" + ++sheets), g, boxed, centered);
                }
            }
            ReproducibleZip.write(ReproducibleZip.capture(wb::write), file);
        }
    }

    private static void grid(Sheet s, Layout.Grid g, CellStyle boxed, CellStyle centered) {
        for (int c = 0; c < g.cols(); c++) {
            s.setColumnWidth(c, (c == 3 ? 24 : 12) * 256);
        }
        var caption = s.createRow(0).createCell(0);
        caption.setCellValue(g.caption());
        caption.setCellStyle(centered);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, g.cols() - 1));
        s.createRow(1).createCell(g.cols() - 1).setCellValue(g.note());
        int top = 2;
        Row[] rows = new Row[g.rows()];
        for (int r = 0; r < g.rows(); r++) {
            rows[r] = s.createRow(top + r);
            for (int c = 0; c < g.cols(); c++) {
                rows[r].createCell(c).setCellStyle(boxed);
            }
        }
        for (Layout.GridCell cell : g.cells()) {
            rows[cell.row()].getCell(cell.col()).setCellValue(cell.text());
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                s.addMergedRegionUnsafe(new CellRangeAddress(top + cell.row(), top + cell.row() + cell.rowSpan() - 1,
                        cell.col(), cell.col() + cell.colSpan() - 1));
            }
        }
    }
}
