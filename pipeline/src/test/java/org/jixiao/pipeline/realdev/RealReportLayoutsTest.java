package org.jixiao.pipeline.realdev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.RequiresShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The real reports of {@code ../shared/realdev} as other publishers print the same text: prose hard-wrapped by a
 * converter, digits in full-width forms, Windows line ends. The words and numbers are the report's, only the
 * layout changes, so a rule that reads the report and not the page it was published on scores about the same.
 * This is the nearest thing here to the reports of other provinces that the code has never seen.
 *
 * <p>The floors are what the code reaches today on each layout (beside the unchanged reports' in
 * {@link RealReportAccuracyTest}); a change that makes extraction depend more on the page fails here.
 */
@RequiresShared
class RealReportLayoutsTest {

    @TempDir
    Path tmp;

    /**
     * Every line wider than 76 columns (38 ideographs; digits and Latin letters take one) cut at that width, as a
     * converter or a PDF text layer wraps prose: numbers and words are cut where the width falls. Lines of a table
     * (tabs, pipes) are left whole.
     */
    @Test
    void proseHardWrappedAtAConvertersWidth() throws IOException {
        RealDevScorer.Score s = score("wrapped", RealReportLayoutsTest::hardWrapped);
        assertEquals(0, s.falseErrors(), () -> String.join("\n", s.misses()));
        assertFloors(s, 0.98, 0.97, 0.97, 0.90);
    }

    /** Digits, decimal points and percent signs in their full-width forms (２８４２．５％), as some Word files type them. */
    @Test
    void fullWidthDigits() throws IOException {
        RealDevScorer.Score s = score("fullwidth", RealReportLayoutsTest::fullWidth);
        assertEquals(0, s.falseErrors(), () -> String.join("\n", s.misses()));
        assertFloors(s, 0.97, 0.96, 0.96, 0.90);
    }

    /**
     * Every table as many web pages copy it: one cell a line, blank lines between, a merged cell printed once and
     * an empty cell not at all. The tables are the ones jixiao reads in the published text (there is no other
     * source of their grid here), so this asks whether the same rows are read back from the barest layout.
     */
    @Test
    void tablesOneCellALine() throws IOException {
        RealDevScorer.Score s = score("cells", (BiFunction<Path, String, String>) (file, text) -> oneCellALine(file));
        assertEquals(0, s.falseErrors(), () -> String.join("\n", s.misses()));
        assertFloors(s, 0.97, 0.96, 0.96, 0.90);
    }

    /** Windows line ends: the same report to the byte but for CR LF. */
    @Test
    void windowsLineEnds() throws IOException {
        RealDevScorer.Score s = score("crlf", t -> t.replace("\n", "\r\n"));
        assertEquals(0, s.falseErrors(), () -> String.join("\n", s.misses()));
        assertFloors(s, 0.97, 0.96, 0.95, 0.90);
    }

    private static void assertFloors(RealDevScorer.Score s, double meta, double figures, double labelled,
                                     double findings) {
        RetypedRealdev.assertFloors(s, meta, figures, labelled, findings);
    }

    private RealDevScorer.Score score(String name, UnaryOperator<String> layout) throws IOException {
        return RetypedRealdev.score(tmp, name, (file, text) -> layout.apply(text));
    }

    private RealDevScorer.Score score(String name, BiFunction<Path, String, String> layout) throws IOException {
        return RetypedRealdev.score(tmp, name, layout);
    }

    /** The text again, each table as its cells one a line (see {@link #tablesOneCellALine}). */
    private static String oneCellALine(Path file) {
        if (!(new DocumentReader().read(file) instanceof ReadResult.Loaded loaded)) {
            throw new IllegalStateException("cannot read " + file);
        }
        StringBuilder out = new StringBuilder();
        for (Block b : loaded.document().blocks()) {
            if (b instanceof Table t) {
                for (Cell c : t.cells()) { // each cell once, at its top-left: a merged cell prints once
                    if (!c.isBlank()) {
                        out.append(c.text().replace('\n', ' ')).append("\n\n");
                    }
                }
            } else {
                out.append(b.text()).append('\n');
            }
        }
        return out.toString();
    }

    static String hardWrapped(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 30);
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                out.append(line);
                continue;
            }
            int width = 0;
            for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
                int c = line.codePointAt(i);
                int w = wide(c) ? 2 : 1;
                if (width + w > 76) {
                    out.append('\n');
                    width = 0;
                }
                out.appendCodePoint(c);
                width += w;
            }
        }
        return out.toString();
    }

    /** Ideographs, CJK punctuation and full-width forms: two columns. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000;
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' || c == '.' || c == '%' ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }
}
