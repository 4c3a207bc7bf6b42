package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;

/**
 * Figures stated in prose with units beyond money and rates (the number layer's {@code ProseUnitsTest}), seen
 * through the figure extractor: value, unit as printed, label from the words before, and provenance that
 * quotes the text. Invented sentences only.
 */
class ProseLabelShapesTest {

    private static final SourceFile FILE = new SourceFile(Path.of("shapes.txt"), "ab".repeat(32), 100, Format.TXT);

    private static SourceDocument doc(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    private static Figure find(List<Figure> fs, String value, String unit) {
        return fs.stream()
                .filter(f -> f.value().compareTo(new BigDecimal(value)) == 0 && unit.equals(f.unit()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + unit + " not among " + fs));
    }

    private static void assertFigure(SourceDocument d, Figure f, String label, String printed, Figure.Kind kind) {
        assertEquals(label, f.label(), f::toString);
        assertEquals(kind, f.kind(), f::toString);
        assertEquals(printed, f.at().text(), "provenance quotes the number and its unit");
        assertEquals(printed, d.text().snippet(f.at().start(), f.at().end()), "offsets quote the text");
    }

    @Test
    void aCountIsNamedByTheNounAfterItsMeasureWordWhenAVerbOrPlacePrecedesIt() {
        SourceDocument d = doc("某某县水务局共实施36项小型水库加固项目和12项应急供水项目。"
                + "全县27家村级服务站、8家社区机构参与实施。经各乡镇组织5个省级示范村开展申报。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "36", "项"), "某某县水务局共实施小型水库加固项目", "36项", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "12", "项"), "应急供水项目", "12项", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "27", "家"), "全县村级服务站", "27家", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "5", "个"), "经各乡镇组织省级示范村", "5个", Figure.Kind.COUNT);
    }

    @Test
    void aCountKeepsTheNounBeforeItWhenThatNamesIt() {
        SourceDocument d = doc("某某镇在职人员42人以上，新增低保户16户，完成培训3次达标。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "42", "人"), "某某镇在职人员", "42人以上", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "16", "户"), "新增低保户", "16户", Figure.Kind.COUNT);
    }

    @Test
    void aSizeAfterACommaIsOfTheThingTheClauseBeforeNames() {
        SourceDocument d = doc("新建堤防工程共 3 段，长 2.15km；其中防洪堤 1 段，长0.62km。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "2.15", "km"), "新建堤防工程长", "2.15km", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "0.62", "km"), "防洪堤长", "0.62km", Figure.Kind.COUNT);
    }

    @Test
    void aFigureJoinedByAndSharesTheLabelOfTheOneBefore() {
        SourceDocument d = doc("对两个示范村分别补助资金4万元和11万元。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        Figure first = find(fs, "4", "万元");
        assertFigure(d, find(fs, "11", "万元"), first.label(), "11万元", Figure.Kind.AMOUNT);
        assertTrue(first.label().contains("补助资金"), first::toString);
    }
}
