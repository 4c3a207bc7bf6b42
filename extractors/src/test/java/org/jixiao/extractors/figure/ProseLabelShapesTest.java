package org.jixiao.extractors.figure;

import static org.jixiao.extractors.figure.ProseFigures.assertFigure;
import static org.jixiao.extractors.figure.ProseFigures.doc;
import static org.jixiao.extractors.figure.ProseFigures.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;

/**
 * Labels of prose figures in the shapes reports use: a count named by the noun after its measure word, a size
 * word reaching back over a comma to what it measures, figures joined by 和/及/与 sharing one label; invented
 * sentences only, each figure's provenance quoting the text.
 */
class ProseLabelShapesTest {

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
