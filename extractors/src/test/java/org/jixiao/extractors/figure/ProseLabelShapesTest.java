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
        assertFigure(d, find(fs, "36", "项"), "某某县水务局共实施小型水库加固项目数", "36项", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "12", "项"), "应急供水项目数", "12项", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "27", "家"), "全县村级服务站数", "27家", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "5", "个"), "经各乡镇组织省级示范村数", "5个", Figure.Kind.COUNT);
    }

    @Test
    void aCountAfterAScopeOrABodyIsNamedByTheNounAfterIt() {
        SourceDocument d = doc("主要依靠全县23家乡镇卫生院开展服务，组织某某县发改局、财政局和县林草局9名专家组成专家组。"
                + "我单位共有4个项目批复了绩效目标。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "23", "家"), "主要依靠全县乡镇卫生院数", "23家", Figure.Kind.COUNT);
        assertTrue(find(fs, "9", "名").label().endsWith("县林草局专家数"), () -> fs.toString());
        assertFigure(d, find(fs, "4", "个"), "我单位项目数", "4个", Figure.Kind.COUNT);
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

    @Test
    void wordsAfterASpelledOutNumberContinueTheNameBeforeIt() {
        SourceDocument d = doc("受益对象两个村组318人。某某湿地保护三期项目456万元。其中男12人女7人。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "318", "人"), "受益对象村组", "318人", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "456", "万元"), "某某湿地保护项目", "456万元", Figure.Kind.AMOUNT);
        // after a number in digits the next words are a name of their own
        assertFigure(d, find(fs, "7", "人"), "女", "7人", Figure.Kind.COUNT);
    }

    @Test
    void aNumberedItemsTitleNamesTheMoneyOfTheSentenceAfterIt() {
        SourceDocument d = doc("㈡某某镇供水管网改造项目。安排资金1234万元，主要用于建设管网12公里。\n"
                + "(三)某某县乡村道路项目(二期)。安排资金56.7万元。\n"
                + "某某县推进项目建设。安排资金89万元。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "1234", "万元"), "某某镇供水管网改造项目安排资金", "1234万元", Figure.Kind.AMOUNT);
        assertFigure(d, find(fs, "12", "公里"), "主要用于建设管网", "12公里", Figure.Kind.COUNT);
        assertTrue(find(fs, "56.7", "万元").label().startsWith("某某县乡村道路项目"), () -> fs.toString());
        // a sentence without a number before it is no item title
        assertFigure(d, find(fs, "89", "万元"), "安排资金", "89万元", Figure.Kind.AMOUNT);
    }

    @Test
    void aCountWhoseClauseSaysWhatHoldsOfItsNounCountsThoseThings() {
        SourceDocument d = doc("自2021年3月起我县农村供水服务6个项目实行“双卡”管理。"
                + "某某县2023年4个重点项目绩效评价报告。某某县实行双卡管理的项目5个。"
                + "全县建设12个项目根据实施情况从产出指标开展评价。围绕产出和效益两类指标认真开展自评工作。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "6", "个"), "自2021年3月起我县农村供水服务实行双卡管理的项目数", "6个",
                Figure.Kind.COUNT);
        assertTrue(find(fs, "4", "个").label().startsWith("某某县2023年重点项目"),
                () -> "a year before the count leaves it to the noun after: " + fs);
        assertFigure(d, find(fs, "5", "个"), "某某县实行双卡管理的项目", "5个", Figure.Kind.COUNT);
        assertTrue(!find(fs, "12", "个").label().contains("产出指标"),
                () -> "a clause going on past its predicate is no predicate of the count: " + fs);
        assertTrue(!find(fs, "2", "类").label().contains("开展"),
                () -> "指标认真 is no noun phrase the predicate could hold of: " + fs);
    }

    @Test
    void anAmountFollowedByASettledPredicateTakesItIntoItsLabel() {
        SourceDocument d = doc("2023年度6类农村供水服务资金456.7万元全部执行到位。某某镇衔接资金88万元已全部到位。"
                + "剩余资金12万元较上年有所增长。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "456.7", "万元"), "农村供水服务资金全部执行到位", "456.7万元", Figure.Kind.AMOUNT);
        assertFigure(d, find(fs, "88", "万元"), "某某镇衔接资金已全部到位", "88万元", Figure.Kind.AMOUNT);
        assertFigure(d, find(fs, "12", "万元"), "剩余资金", "12万元", Figure.Kind.AMOUNT);
    }
}
