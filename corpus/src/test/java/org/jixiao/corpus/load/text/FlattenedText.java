package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/** What the tests of flattened web tables share: loading a text, and the provenance every cell must keep. */
final class FlattenedText {

    private FlattenedText() {
    }

    /** {@code text} written to a new file in {@code dir} and loaded as a text report. */
    static SourceDocument load(Path dir, String text) throws Exception {
        Path p = dir.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return new TextLoader().load(SourceFile.of(p));
    }

    /** Every filled cell quotes the normalized text, and its raw span is the exact source text of the cell. */
    static void assertProvenance(SourceDocument doc, Table t, String source) {
        for (Cell c : t.cells()) {
            assertEquals(c.text(), doc.text().text().substring(c.at().start(), c.at().end()));
            if (!c.isBlank()) {
                String raw = doc.text().rawSnippet(c.at().start(), c.at().end());
                assertEquals(c.text(), TextNormalizer.get().normalizeText(raw, Mode.LINES), "raw span of " + c.text());
                assertEquals(raw, raw.strip(), "the raw span is the cell, without the spaces around it");
                assertTrue(source.contains(raw), "raw span is in the file: " + raw);
            }
        }
    }
}
