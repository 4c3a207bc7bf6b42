package org.jixiao.extractors.number;

import static org.jixiao.extractors.number.NumberScannerTest.assertNonFigure;
import static org.jixiao.extractors.number.NumberScannerTest.assertQuantity;
import static org.jixiao.extractors.number.NumberScannerTest.quantity;
import static org.jixiao.extractors.number.NumberScannerTest.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units of figures stated in prose that go beyond money and rates: measure words with a magnitude (万粒,
 * 万公顷, 亿立方米), Latin symbols (km, m), rates per thing (元/只, 元/人·月), a unit in brackets, 个千分点.
 * Invented sentences only.
 */
class ProseUnitsTest {

    @Test
    void aMagnitudeComposesWithAnyMeasureWord() {
        String s = "采购优质种薯312万粒，全县耕地面积12.34万公顷，蓄水量2.56亿立方米。";
        List<Mention> ms = scan(s);
        assertEquals(3, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "312", "万粒", "312万粒");
        assertEquals(s.indexOf("312"), ms.get(0).start());
        assertEquals(4, quantity(ms.get(0)).unit().exponent());
        assertEquals(Kind.COUNT, quantity(ms.get(0)).kind());
        assertQuantity(ms.get(1), "12.34", "万公顷", "12.34万公顷");
        assertEquals(Kind.MEASURE, quantity(ms.get(1)).kind());
        assertQuantity(ms.get(2), "2.56", "亿立方米", "2.56亿立方米");
        assertEquals(8, quantity(ms.get(2)).unit().exponent());
    }

    @Test
    void latinUnitsAreLengthsButLatinWordsAndCodesAreNot() {
        String s = "整治河道总长2.85km，新建管道960m、围栏 45 m，型号A3m，检测5mg，用时3min。";
        List<Mention> ms = scan(s);
        assertQuantity(ms.get(0), "2.85", "km", "2.85km");
        assertEquals(3, quantity(ms.get(0)).unit().exponent());
        assertQuantity(ms.get(1), "960", "m", "960m");
        assertEquals(s.indexOf("960m"), ms.get(1).start());
        assertQuantity(ms.get(2), "45", "m", "45 m");
        assertNonFigure(ms.get(3), NonFigure.Reason.CODE, "A3m");
        // 5mg and 3min: no unit of the list, and the letters make them codes, never 5 m or 3 m
        for (Mention m : ms.subList(4, ms.size())) {
            assertEquals(NonFigure.class, m.getClass(), m::toString);
        }
        assertEquals(6, ms.size(), ms::toString);
    }

    @Test
    void aSymbolThatIsNoLatinWordMayBeFollowedByDigits() {
        // a form row whose cells ran together: target, actual, weight and score
        String s = "资金到位率100%95%1010";
        List<Mention> ms = scan(s);
        assertQuantity(ms.get(0), "100", "%", "100%");
        assertQuantity(ms.get(1), "95", "%", "95%");
        assertEquals(s.indexOf("95%"), ms.get(1).start());
        assertQuantity(scan("面积120m²，另建35m2").get(1), "35", "m2", "35m2");
    }

    @Test
    void aRatePerThingKeepsTheNumeratorsUnitOverTheDenominator() {
        String s = "每只补助标准为320元/只，护理补贴180元/人·月，运维费用1.5万元/公里，油补每辆75元/辆。";
        List<Mention> ms = scan(s);
        assertEquals(4, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "320", "元/只", "320元/只");
        assertEquals(Kind.MEASURE, quantity(ms.get(0)).kind(), "a rate per thing is never summed with amounts");
        assertEquals(s.indexOf("320"), ms.get(0).start());
        assertEquals(s.indexOf("元/只") + 3, ms.get(0).end());
        assertQuantity(ms.get(1), "180", "元/人·月", "180元/人·月");
        assertQuantity(ms.get(2), "1.5", "万元/公里", "1.5万元/公里");
        assertEquals(4, quantity(ms.get(2)).unit().exponent());
        assertQuantity(ms.get(3), "75", "元/辆", "75元/辆");
    }

    @Test
    void aSlashBeforeAnythingButAUnitLeavesTheUnitAlone() {
        List<Mention> ms = scan("资金到位36万元/（全年预算）");
        assertQuantity(ms.get(0), "36", "万元", "36万元");
    }

    @Test
    void aUnitAloneInBracketsIsTheUnit() {
        String s = "覆盖服务人口3.21(万人)，其中学生2.5（万人）";
        List<Mention> ms = scan(s);
        assertEquals(2, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "3.21", "万人", "3.21(万人)");
        assertEquals(s.indexOf("3.21"), ms.get(0).start());
        assertQuantity(ms.get(1), "2.5", "万人", "2.5（万人）");
        // brackets holding a remark are no unit
        List<Mention> other = scan("完成12(含续建)");
        assertQuantity(other.get(0), "12", "", "12");
    }

    @Test
    void newCountWordsAndThousandthPoints() {
        String s = "全年发生森林火灾4起，低于控制指标57起；受害率低于控制指标0.5123个千分点，森林受害面积21.08公顷。";
        List<Mention> ms = scan(s);
        assertEquals(4, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "4", "起", "4起");
        assertQuantity(ms.get(1), "57", "起", "57起");
        assertQuantity(ms.get(2), "0.5123", "个千分点", "0.5123个千分点");
        assertEquals(Kind.RATE, quantity(ms.get(2)).kind());
        assertEquals(-3, quantity(ms.get(2)).unit().exponent());
        assertQuantity(ms.get(3), "21.08", "公顷", "21.08公顷");
    }

    @Test
    void anAgeInFullYearsIsNoWeek() {
        String s = "为65周岁以上老人发放补贴，3岁以下幼儿";
        List<Mention> ms = scan(s);
        assertEquals(2, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "65", "周岁", "65周岁以上");
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(0)).qualifier(), "以上 as the lexicon reads it");
        assertQuantity(ms.get(1), "3", "岁", "3岁以下");
    }

    @Test
    void wordsThatMerelyBeginWithANewUnitAreNoUnit() {
        List<Mention> ms = scan("共3起草小组，设5单位，分2例如下");
        assertQuantity(ms.get(0), "3", "", "3");
        assertQuantity(ms.get(1), "5", "", "5");
        assertQuantity(ms.get(2), "2", "", "2");
    }

    @Test
    void aBareMagnitudeIsMoneyOnlyAfterAMoneyLabel() {
        Quantity q = quantity(scan("投入专项资金45.8万，执行数45.8万").get(0));
        assertEquals("万", q.unit().symbol());
        Unit money = q.unit().asMoneyFor("投入专项资金");
        assertEquals(Kind.AMOUNT, money.kind());
        assertEquals("万", money.symbol());
        assertEquals(new BigDecimal("458000"), q.value().scaleByPowerOfTen(money.exponent()).stripTrailingZeros()
                .setScale(0));
        assertEquals(Kind.PLAIN, q.unit().asMoneyFor("覆盖人口").kind(), "a count of people is no money");
        assertEquals(Kind.COUNT, Unit.of("人").orElseThrow().asMoneyFor("资金").kind(), "only a bare magnitude");
    }

    @Test
    void datesAndDocumentNumbersStayNonFigures() {
        List<Mention> ms = scan("2023年3月起实施，依据〔2023〕12号文件");
        assertNonFigure(ms.get(0), NonFigure.Reason.YEAR, "2023年");
        assertNonFigure(ms.get(1), NonFigure.Reason.DATE, "3月");
        assertNonFigure(ms.get(2), NonFigure.Reason.DOCUMENT_NUMBER, "〔2023〕12号");
    }
}
