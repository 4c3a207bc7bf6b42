package org.jixiao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promise that makes jixiao better than a general converter: the same report gives the same tables
 * whatever format it arrives in — same cells, same spans, same text (compared without whitespace, since
 * where a line wraps depends on the renderer).
 */
@RequiresShared
class CrossFormatTablesTest {

    private static final DocumentReader READER = new DocumentReader();

    /** A table as comparable text: its size, then one line per cell with geometry and text. */
    static String signature(Table t) {
        StringBuilder b = new StringBuilder(t.rowCount() + "x" + t.colCount() + "\n");
        for (Cell c : t.cells()) {
            b.append(c.row()).append(',').append(c.col()).append(' ').append(c.rowSpan()).append('x')
                    .append(c.colSpan()).append(' ').append(c.text().replaceAll("\\s+", "")).append('\n');
        }
        return b.toString();
    }

    static List<String> signatures(String file) {
        SourceDocument d = assertInstanceOf(ReadResult.Loaded.class, READER.read(TestPaths.sample(file)),
                () -> file + " should be readable").document();
        List<String> out = new ArrayList<>();
        for (Table t : d.tables()) {
            out.add(signature(t));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} and {1} give the same tables")
    @CsvSource({
            "yanfeng-2021.docx, yanfeng-2021.doc",
            "yanfeng-2021.docx, yanfeng-2021.pdf",
            "qingyuan-2020.docx, qingyuan-2020.doc",
            "gexin-2025.docx, gexin-2025.rtf",
    })
    void sameTables(String reference, String other) {
        List<String> expected = signatures(reference);
        List<String> actual = signatures(other);
        assertFalse(expected.isEmpty(), reference + " has tables");
        assertEquals(expected.size(), actual.size(), "number of tables in " + other);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "table " + i + " of " + other);
        }
    }
}
