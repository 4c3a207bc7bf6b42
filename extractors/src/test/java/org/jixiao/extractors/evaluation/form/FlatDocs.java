package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/** What the tests of flat forms share: a text as a document, and the checks every value read must pass. */
final class FlatDocs {

    private FlatDocs() {
    }

    /** {@code text} as the document of a text file named {@code name}. */
    static SourceDocument of(String name, String text) {
        SourceFile file = new SourceFile(Path.of(name), Integer.toHexString(name.hashCode()).repeat(8), 100, Format.TXT);
        DocumentBuilder b = new DocumentBuilder(file);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    /** The value's provenance quotes it, and its offsets point at it in the document's text. */
    static void assertQuotes(SourceDocument doc, FlatForms.Value v) {
        Provenance at = v.at();
        assertEquals(v.printed(), at.text());
        assertEquals(v.printed(), doc.text().snippet(at.start(), at.end()), "provenance offsets quote the text");
    }

    /** The row's value read under column {@code c}, or null. */
    static FlatForms.Value value(FlatForms.Row row, BudgetColumn c) {
        return row.values().stream().filter(v -> v.column() == c).findFirst().orElse(null);
    }
}
