package org.jixiao.corpus.load.sheet;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;

/**
 * Reads Excel workbooks (XLSX and XLS) with Apache POI.
 *
 * <p>Cell text is what Excel shows, not the stored double: POI's {@link DataFormatter} applies the cell's
 * number format ({@code 2021.29} stays {@code 2021.29}, a {@code 0.0%} cell shows {@code 94.5%}) and, for a
 * formula, formats the value cached in the file rather than recalculating — the figure the author saw is
 * the figure the report states. The layout of each sheet (paragraphs, tables, spans) is {@link SheetLayout}'s.
 *
 * <p>Spreadsheets have no pages: provenance pages are null and the page count is 0. Hidden sheets are not
 * what a reader sees and are skipped with a warning.
 *
 * <p>Bounds: POI's user model holds a whole workbook in memory (about a kilobyte per cell), so files above
 * {@link #MAX_BYTES} are refused rather than risk exhausting memory; a sheet is read up to
 * {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns, with a warning when more was there. Reports are
 * far below both.
 */
public final class SpreadsheetLoader implements DocumentLoader {

    /** Largest workbook read, in bytes. */
    public static final long MAX_BYTES = 40L * 1024 * 1024;
    /** Rows read per sheet. */
    public static final int MAX_ROWS = 10_000;
    /** Columns read per row. */
    public static final int MAX_COLUMNS = 256;

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.XLSX, Format.XLS);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        if (file.size() > MAX_BYTES) {
            throw new LoadException("spreadsheet too large to read (" + file.size() / (1024 * 1024)
                    + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        DocumentBuilder builder = new DocumentBuilder(file);
        String label = file.format().label();
        try (Workbook wb = WorkbookFactory.create(file.path().toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            formatter.setUse4DigitYearsInAllDateFormats(true);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    if (sheet.getPhysicalNumberOfRows() > 0) {
                        builder.warn("hidden sheet \"" + sheet.getSheetName() + "\" not read");
                    }
                    continue;
                }
                SheetLayout.emit(read(sheet, formatter, builder), sheet.getSheetName(), builder);
            }
            builder.metadata(MetadataKeys.MEDIA_TYPE, file.format() == Format.XLS ? "application/vnd.ms-excel"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        } catch (EncryptedDocumentException e) {
            throw new LoadException("the workbook is encrypted (password protected)", e);
        } catch (OldExcelFormatException e) {
            throw new LoadException("an Excel 5/95 workbook, too old to read: save it as .xlsx", e);
        } catch (UnsupportedFileFormatException e) {
            throw new LoadException("not a readable " + label + " workbook: " + ErrorReason.of(e), e);
        } catch (IOException | RuntimeException e) {
            throw new LoadException("could not be read as " + label + ": " + ErrorReason.of(e), e);
        }
        builder.pageCount(0);
        return builder.build();
    }

    /**
     * The cell's text as Excel shows it. {@link DataFormatter} keeps the quotes of literal text in date
     * formats ({@code yyyy"年"m"月"d"日"}, the usual Chinese date format, gives {@code 2021"年"12"月"31"日"});
     * POI's {@link CellFormat}, a fuller implementation of Excel's format language, reads those right and
     * is used for them.
     */
    static String displayed(Cell cell, DataFormatter formatter) {
        String text = formatter.formatCellValue(cell);
        if (text.indexOf('"') >= 0 && isDate(cell)) {
            try {
                return CellFormat.getInstance(Locale.CHINA, cell.getCellStyle().getDataFormatString()).apply(cell).text;
            } catch (RuntimeException e) {
                return text; // an odd format: the formatter's text, quotes and all, rather than nothing
            }
        }
        return text;
    }

    private static boolean isDate(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }

    /** The sheet's displayed text and merged regions, within the row and column limits. */
    private static SheetGrid read(Sheet sheet, DataFormatter formatter, DocumentBuilder builder) {
        SheetGrid grid = new SheetGrid();
        boolean rowsCut = false;
        boolean colsCut = false;
        int first = Math.max(0, sheet.getFirstRowNum());
        for (Row row : sheet) {
            if (row.getRowNum() - first >= MAX_ROWS) {
                rowsCut = true;
                break;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= MAX_COLUMNS) {
                    colsCut |= !displayed(cell, formatter).isBlank();
                    continue;
                }
                grid.text(cell.getRowIndex(), cell.getColumnIndex(), displayed(cell, formatter));
            }
        }
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            grid.merge(r.getFirstRow(), r.getFirstColumn(), r.getLastRow(), r.getLastColumn());
        }
        if (rowsCut) {
            builder.warn("sheet \"" + sheet.getSheetName() + "\": only the first " + MAX_ROWS + " rows read (of "
                    + (sheet.getLastRowNum() - first + 1) + ")");
        }
        if (colsCut) {
            builder.warn("sheet \"" + sheet.getSheetName() + "\": columns beyond " + MAX_COLUMNS + " not read");
        }
        return grid;
    }
}
