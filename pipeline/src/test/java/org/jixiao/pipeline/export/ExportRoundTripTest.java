package org.jixiao.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.HydratorSupplier;
import blue.strategic.parquet.ParquetReader;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;

/**
 * Every format read back with an independent reader — Commons CSV, Jackson, POI, the Parquet library's reader — and
 * compared cell by cell with the records the export was made from: row counts, Chinese text and exact decimals.
 */
@RequiresShared
class ExportRoundTripTest {

    @TempDir
    static Path dir;
    static final List<ReportRecord> records = new ArrayList<>();

    @BeforeAll
    static void extract() {
        Path shared = TestPaths.shared().resolve("samples");
        Path bundled = TestPaths.bundledCorpus();
        List<Path> files = List.of(shared.resolve("yanfeng-2021.docx"), shared.resolve("qingyuan-2020.docx"),
                shared.resolve("shangjie-2021.pdf"), bundled.resolve("0001-bureau-2021.docx"),
                bundled.resolve("0006-committee-2024.rtf"));
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = new ReportExtractor();
        for (Path f : files) {
            records.add(ReportRecord.of(extractor.extract(((ReadResult.Loaded) reader.read(f)).document())));
        }
    }

    private static Path export(ExportFormat f) throws IOException {
        Path out = dir.resolve(f.label());
        try (Exporter ex = Exporter.open(out, f)) {
            for (ReportRecord r : records) {
                ex.add(r);
            }
        }
        return out;
    }

    /** What each table must hold: the values the column definitions give for every row of every record. */
    private static <R> List<Object[]> expected(ExportTable<R> t) {
        List<Object[]> out = new ArrayList<>();
        for (ReportRecord r : records) {
            for (R row : t.rows().apply(r)) {
                out.add(t.values(row));
            }
        }
        return out;
    }

    private static String printed(Object v) {
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    @Test
    void theTablesAreNotTrivial() {
        assertEquals(records.size(), expected(Tables.REPORTS).size());
        assertFalse(expected(Tables.INDICATORS).isEmpty());
        assertFalse(expected(Tables.FINDINGS).isEmpty());
        int value = Tables.FIGURES.columns().stream().map(Column::name).toList().indexOf("value");
        assertTrue(expected(Tables.FIGURES).stream().anyMatch(row -> row[value] instanceof BigDecimal d
                && d.scale() > 0 && d.toPlainString().endsWith("0")), "a decimal printed with a trailing zero is exported");
    }

    @Test
    void csvIsUtf8WithABomAndEveryCellAsPrinted() throws IOException {
        Path out = export(ExportFormat.CSV);
        for (ExportTable<?> t : Tables.ALL) {
            Path file = out.resolve(t.name() + ".csv");
            byte[] head = new byte[3];
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(3, in.read(head));
            }
            assertEquals("\uFEFF", new String(head, StandardCharsets.UTF_8), "byte-order mark");
            List<CSVRecord> rows;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                assertEquals('\uFEFF', r.read());
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            }
            List<Object[]> want = expected(t);
            assertEquals(want.size(), rows.size(), t.name());
            for (int i = 0; i < want.size(); i++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    assertEquals(printed(want.get(i)[c]), rows.get(i).get(t.columns().get(c).name()),
                            t.name() + " row " + i + " " + t.columns().get(c).name());
                }
            }
        }
    }

    @Test
    void jsonLinesMirrorTheColumnsWithExactDecimals() throws IOException {
        Path out = export(ExportFormat.JSONL);
        for (ExportTable<?> t : Tables.ALL) {
            List<String> lines = Files.readAllLines(out.resolve(t.name() + ".jsonl"), StandardCharsets.UTF_8);
            List<Object[]> want = expected(t);
            assertEquals(want.size(), lines.size(), t.name());
            for (int i = 0; i < want.size(); i++) {
                JsonNode n = ReportJson.parse(lines.get(i));
                assertEquals(t.columns().size(), n.size());
                for (int c = 0; c < t.columns().size(); c++) {
                    JsonNode v = n.get(t.columns().get(c).name());
                    Object w = want.get(i)[c];
                    if (w instanceof BigDecimal d) {
                        assertEquals(d, v.decimalValue(), "exact, scale included");
                    } else {
                        assertEquals(printed(w), v.isNull() ? "" : v.asText());
                    }
                }
            }
        }
    }

    @Test
    void xlsxHasASheetPerTableWithFrozenHeadersAndNumbersFormattedAsPrinted() throws IOException {
        Path out = export(ExportFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("jixiao-export.xlsx")))) {
            for (ExportTable<?> t : Tables.ALL) {
                Sheet s = wb.getSheet(t.name());
                assertTrue(s.getPaneInformation().isFreezePane(), t.name());
                List<Object[]> want = expected(t);
                assertEquals(want.size(), s.getLastRowNum(), t.name());
                for (int c = 0; c < t.columns().size(); c++) {
                    assertEquals(t.columns().get(c).name(), s.getRow(0).getCell(c).getStringCellValue());
                }
                for (int i = 0; i < want.size(); i++) {
                    Row row = s.getRow(i + 1);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Object w = want.get(i)[c];
                        Cell cell = row.getCell(c);
                        if (w == null) {
                            assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
                        } else if (w instanceof BigDecimal d && cell.getCellType() == CellType.NUMERIC) {
                            assertEquals(0, d.compareTo(new BigDecimal(Double.toString(cell.getNumericCellValue()))));
                            String fmt = cell.getCellStyle().getDataFormatString();
                            assertEquals(Math.max(0, d.scale()), fmt.contains(".") ? fmt.length() - 2 : 0,
                                    "shown with its printed places: " + d);
                        } else if (w instanceof Integer k) {
                            assertEquals(k.doubleValue(), cell.getNumericCellValue());
                        } else if (w instanceof Boolean b) {
                            assertEquals(b, cell.getBooleanCellValue());
                        } else {
                            assertEquals(printed(w), cell.getStringCellValue());
                        }
                    }
                }
            }
        }
    }

    @Test
    void parquetIsTypedAndReadsBackExactly() throws IOException {
        Path out = export(ExportFormat.PARQUET);
        for (ExportTable<?> t : Tables.ALL) {
            List<Map<String, Object>> rows;
            try (var s = ParquetReader.streamContent(out.resolve(t.name() + ".parquet").toFile(),
                    HydratorSupplier.constantly(new MapHydrator()))) {
                rows = s.toList();
            }
            var schema = ParquetReader.readMetadata(out.resolve(t.name() + ".parquet").toFile()).getFileMetaData().getSchema();
            List<Object[]> want = expected(t);
            assertEquals(want.size(), rows.size(), t.name());
            for (int i = 0; i < want.size(); i++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    Column<?> col = t.columns().get(c);
                    Object got = rows.get(i).get(col.name());
                    Object w = want.get(i)[c];
                    if (w == null) {
                        assertEquals(null, got, col.name());
                        continue;
                    }
                    switch (col.type()) {
                        case DECIMAL -> {
                            assertTrue(schema.getType(col.name()).getLogicalTypeAnnotation().toString().startsWith("DECIMAL"));
                            assertEquals(0, ((BigDecimal) w).compareTo(BigDecimal.valueOf((Long) got, ParquetTables.SCALE)),
                                    col.name());
                        }
                        case INT -> assertEquals(w, got);
                        case BOOLEAN -> assertEquals(w, got);
                        case STRING -> assertEquals(w.toString(), got.toString(), col.name());
                    }
                }
            }
        }
    }

    /** Rows as maps, from the Parquet library's reader. */
    private static final class MapHydrator implements Hydrator<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> start() {
            return new HashMap<>();
        }

        @Override
        public Map<String, Object> add(Map<String, Object> target, String heading, Object value) {
            target.put(heading, value);
            return target;
        }

        @Override
        public Map<String, Object> finish(Map<String, Object> target) {
            return target;
        }
    }
}
