package org.jixiao.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook, a sheet per table, written by POI's streaming SXSSF (only a window of rows in memory): a bold
 * header row, frozen panes below it, decimals as numbers formatted with the digits they were printed with (a
 * number format per scale, so 2021.29 shows as 2021.29 and 86.50 as 86.50), years and counts as integers.
 *
 * <p>Excel stores numbers as binary doubles; the exact printed value is kept in the CSV, JSON Lines and Parquet
 * exports. For figures beyond 15 significant digits Excel would round, so those are written as text.
 */
final class XlsxTables implements TableWriter {

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final Map<String, Integer> rows = new HashMap<>();
    private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();

    XlsxTables(Path file, List<ExportTable<?>> tables) {
        this.file = file;
        workbook.setCompressTempFiles(true);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        for (ExportTable<?> t : tables) {
            SXSSFSheet s = workbook.createSheet(t.name());
            Row r = s.createRow(0);
            for (int i = 0; i < t.columns().size(); i++) {
                var c = r.createCell(i);
                c.setCellValue(t.columns().get(i).name());
                c.setCellStyle(header);
            }
            s.createFreezePane(0, 1);
            sheets.put(t.name(), s);
            rows.put(t.name(), 1);
        }
    }

    @Override
    public void row(ExportTable<?> table, Object[] values) {
        int n = rows.merge(table.name(), 1, Integer::sum) - 1;
        Row r = sheets.get(table.name()).createRow(n);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var c = r.createCell(i);
            switch (v) {
                case BigDecimal d when d.precision() <= 15 -> {
                    c.setCellValue(d.doubleValue());
                    c.setCellStyle(decimalStyle(Math.max(0, d.scale())));
                }
                case BigDecimal d -> c.setCellValue(d.toPlainString());
                case Integer k -> c.setCellValue(k);
                case Boolean b -> c.setCellValue(b);
                default -> c.setCellValue(truncate(v.toString()));
            }
        }
    }

    /** Excel's cell limit is 32767 characters. */
    private static String truncate(String s) {
        return s.length() <= 32767 ? s : s.substring(0, 32766) + "…";
    }

    private CellStyle decimalStyle(int scale) {
        return decimalStyles.computeIfAbsent(Math.min(scale, 10), k -> {
            CellStyle st = workbook.createCellStyle();
            st.setDataFormat(workbook.createDataFormat().getFormat(k == 0 ? "0" : "0." + "0".repeat(k)));
            return st;
        });
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
