package org.jixiao.extractors.figure;

import static org.jixiao.extractors.figure.ProseFigures.assertFigure;
import static org.jixiao.extractors.figure.ProseFigures.doc;
import static org.jixiao.extractors.figure.ProseFigures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;

/**
 * Figures stated in prose with units beyond money and rates (the number layer's {@code ProseUnitsTest}), seen
 * through the figure extractor: value, unit as printed, label from the words before, and provenance that
 * quotes the text. Invented sentences only.
 */
class ProseUnitFiguresTest {

    @Test
    void measureWordsLatinUnitsAndRatesPerThingBecomeLabelledFigures() {
        SourceDocument d = doc("某某县农业农村局采购脱毒种薯318万粒，整治河道总长2.64km，新建干管860m。"
                + "病死猪无害化处理补助标准为80元/头，全年处理41头。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertFigure(d, find(fs, "318", "万粒"), "某某县农业农村局采购脱毒种薯", "318万粒", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "2.64", "km"), "整治河道总长", "2.64km", Figure.Kind.COUNT);
        assertFigure(d, find(fs, "860", "m"), "新建干管", "860m", Figure.Kind.COUNT);
        Figure per = find(fs, "80", "元/头");
        assertFigure(d, per, "病死猪无害化处理补助标准", "80元/头", Figure.Kind.COUNT);
        assertNull(per.yuan(), "a rate per thing is no amount to add up");
        assertFigure(d, find(fs, "41", "头"), "全年处理", "41头", Figure.Kind.COUNT);
    }

    @Test
    void aBareMagnitudeAfterAMoneyLabelIsAnAmountInItsPrintedUnit() {
        SourceDocument d = doc("投入省级补助资金36.8万，执行数36.8万，执行率100%。受益群众1.2万，满意度98%。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        Figure money = fs.get(0);
        assertFigure(d, money, "投入省级补助资金", "36.8万", Figure.Kind.AMOUNT);
        assertEquals("万", money.unit());
        assertEquals(new BigDecimal("368000"), money.yuan());
        assertFigure(d, fs.get(1), "执行数", "36.8万", Figure.Kind.AMOUNT);
        assertTrue(fs.stream().noneMatch(f -> f.value().compareTo(new BigDecimal("1.2")) == 0),
                "people counted in 万 are no money, and an unnamed magnitude is not guessed at: " + fs);
    }

    @Test
    void theItemsOfABareMagnitudeOfMoneyAreMoneyToo() {
        SourceDocument d = doc("下达某县中央水利发展资金230万。其中:河道治理工程150万,水库维修养护50万,饮水工程30万。"
                + "全年受益群众1.5万,新增灌溉面积0.8万。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        for (String v : List.of("230", "150", "50", "30")) {
            Figure f = find(fs, v, "万");
            assertEquals(Figure.Kind.AMOUNT, f.kind(), v);
            assertEquals(new BigDecimal(v).scaleByPowerOfTen(4).setScale(0), f.yuan(), v);
        }
        assertFigure(d, find(fs, "150", "万"), "河道治理工程", "150万", Figure.Kind.AMOUNT);
        assertTrue(fs.stream().noneMatch(f -> f.value().compareTo(new BigDecimal("1.5")) == 0
                        || f.value().compareTo(new BigDecimal("0.8")) == 0),
                "after the sentence, an unnamed magnitude is still not guessed at: " + fs);
    }

    @Test
    void datesDocumentNumbersAndPhonesStayOut() {
        SourceDocument d = doc("根据〔2023〕15号文件，2023年3月起实施，咨询电话0311-12345678，共发生事故2起。\n");
        List<Figure> fs = FigureExtractor.extract(d);
        assertEquals(1, fs.size(), fs::toString);
        assertFigure(d, fs.get(0), "共发生事故", "2起", Figure.Kind.COUNT);
    }
}
