package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Figure;

/** Test helpers for figures read from invented prose: a text document, a figure by value and unit, its assertions. */
final class ProseFigures {

    private static final SourceFile FILE = new SourceFile(Path.of("prose.txt"), "ef".repeat(32), 100, Format.TXT);

    private ProseFigures() {
    }

    static SourceDocument doc(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    static Figure find(List<Figure> fs, String value, String unit) {
        return fs.stream()
                .filter(f -> f.value().compareTo(new BigDecimal(value)) == 0 && unit.equals(f.unit()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + unit + " not among " + fs));
    }

    /** The figure's label and kind, and that its provenance and offsets quote exactly the printed text. */
    static void assertFigure(SourceDocument d, Figure f, String label, String printed, Figure.Kind kind) {
        assertEquals(label, f.label(), f::toString);
        assertEquals(kind, f.kind(), f::toString);
        assertEquals(printed, f.at().text(), "provenance quotes the number and its unit");
        assertEquals(printed, d.text().snippet(f.at().start(), f.at().end()), "offsets quote the text");
    }
}
