package org.jixiao.corpus.load.word;

import static org.jixiao.corpus.load.word.WordTestFiles.sample;
import static org.jixiao.corpus.load.word.WordTestFiles.source;
import static org.jixiao.corpus.load.word.WordTestFiles.squeeze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same report saved as {@code .doc} and as {@code .docx} must give the same tables: the same grid, the
 * same merged cells, the same text. The two loaders read very different encodings of a table (a column grid
 * with spans versus cell edges in twips), so this is what shows that neither loses a merge.
 */
class WordCrossFormatTest {

    /** A cell's geometry and text with all whitespace removed (layout differs, content must not). */
    record CellKey(int row, int col, int rowSpan, int colSpan, String text) {
        static CellKey of(Cell c) {
            return new CellKey(c.row(), c.col(), c.rowSpan(), c.colSpan(), squeeze(c.text()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingyuan-2020", "yanfeng-2021"})
    void docAndDocxGiveTheSameTableGrids(String report) throws Exception {
        SourceDocument doc = new DocLoader().load(source(sample(report + ".doc")));
        SourceDocument docx = new DocxLoader().load(source(sample(report + ".docx")));
        assertEquals(docx.tables().size(), doc.tables().size(), "number of tables");
        assertTrue(docx.tables().size() > 0);
        for (int i = 0; i < docx.tables().size(); i++) {
            Table x = docx.tables().get(i);
            Table d = doc.tables().get(i);
            assertEquals(x.rowCount(), d.rowCount(), "rows of table " + i);
            assertEquals(x.colCount(), d.colCount(), "columns of table " + i);
            List<CellKey> fromDocx = x.cells().stream().map(CellKey::of).toList();
            List<CellKey> fromDoc = d.cells().stream().map(CellKey::of).toList();
            assertEquals(fromDocx, fromDoc, "cells of table " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingyuan-2020", "yanfeng-2021"})
    void docAndDocxGiveTheSameTextAndBlocks(String report) throws Exception {
        SourceDocument doc = new DocLoader().load(source(sample(report + ".doc")));
        SourceDocument docx = new DocxLoader().load(source(sample(report + ".docx")));
        assertEquals(squeeze(docx.text().text()), squeeze(doc.text().text()));
        assertEquals(docx.blocks().stream().map(b -> b.getClass().getSimpleName() + ":" + squeeze(b.text())).toList(),
                doc.blocks().stream().map(b -> b.getClass().getSimpleName() + ":" + squeeze(b.text())).toList());
    }
}
