package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running text: every numeric mention, with offsets that quote the source. */
class NumberScannerTest {

    /** Scans and checks the invariants every scan must hold: spans quote the text, in order, no overlap. */
    static List<Mention> scan(String text) {
        List<Mention> ms = NumberScanner.scan(text);
        int last = 0;
        for (Mention m : ms) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "span quotes the source: " + m);
            assertTrue(m.start() >= last, "mentions in order, not overlapping: " + ms);
            last = m.end();
            if (m instanceof QuantityRange r) {
                assertEquals(text.substring(r.low().start(), r.low().end()), r.low().text());
                assertEquals(text.substring(r.high().start(), r.high().end()), r.high().text());
            }
        }
        return ms;
    }

    static Quantity quantity(Mention m) {
        return assertInstanceOf(Quantity.class, m, m::toString);
    }

    static void assertQuantity(Mention m, String value, String unit, String text) {
        Quantity q = quantity(m);
        assertEquals(new BigDecimal(value), q.value(), m::toString);
        assertEquals(unit, q.unit().symbol(), m::toString);
        assertEquals(text, q.text(), m::toString);
    }

    static void assertNonFigure(Mention m, NonFigure.Reason reason, String text) {
        NonFigure n = assertInstanceOf(NonFigure.class, m, m::toString);
        assertEquals(reason, n.reason(), m::toString);
        assertEquals(text, n.text(), m::toString);
    }

    @Test
    void readsTheFiguresOfAnIncomeSentenceAndTheYearAsAYear() {
        String s = "2025年财政拨款收入为1733.73万元，上年实际收入为1841.01万元，本年收入较上年收入减少107.28万元，减少5.83%";
        List<Mention> ms = scan(s);
        assertEquals(5, ms.size(), ms::toString);
        assertNonFigure(ms.get(0), NonFigure.Reason.YEAR, "2025年");
        assertQuantity(ms.get(1), "1733.73", "万元", "1733.73万元");
        assertEquals(s.indexOf("1733.73"), ms.get(1).start());
        assertQuantity(ms.get(2), "1841.01", "万元", "1841.01万元");
        assertQuantity(ms.get(3), "107.28", "万元", "107.28万元");
        assertQuantity(ms.get(4), "5.83", "%", "5.83%");
        assertEquals(s.length(), ms.get(4).end());
        assertEquals(2, quantity(ms.get(1)).decimals());
        assertEquals(Kind.RATE, quantity(ms.get(4)).kind());
        assertEquals(4, NumberScanner.figures(s).size());
        assertEquals(4, NumberScanner.quantities(s).size());
    }

    @Test
    void datesAreDatesNotCounts() {
        List<Mention> ms = scan("绩效评价工作于2025年3月10日启动，于3月10日-3月25日收集资料，7月底完成，4月启动");
        assertNonFigure(ms.get(0), NonFigure.Reason.YEAR, "2025年");
        assertNonFigure(ms.get(1), NonFigure.Reason.DATE, "3月10日");
        assertNonFigure(ms.get(2), NonFigure.Reason.DATE, "3月10日");
        assertNonFigure(ms.get(3), NonFigure.Reason.DATE, "3月25日");
        assertNonFigure(ms.get(4), NonFigure.Reason.DATE, "7月底");
        assertNonFigure(ms.get(5), NonFigure.Reason.DATE, "4月");
        assertEquals(6, ms.size(), ms::toString);
    }

    @Test
    void durationsAreCounts() {
        List<Mention> ms = scan("工期3个月，用时15天，30日内完成，持续3年");
        assertQuantity(ms.get(0), "3", "个月", "3个月");
        assertQuantity(ms.get(1), "15", "天", "15天");
        assertQuantity(ms.get(2), "30", "日", "30日");
        assertQuantity(ms.get(3), "3", "年", "3年");
    }

    @Test
    void documentNumbersInAnyBracketStyle() {
        List<Mention> ms = scan("根据西发〔2019〕5号、石财绩[2013]2号、石财行【2024】13号和石发﹝2019﹞8号文件");
        assertNonFigure(ms.get(0), NonFigure.Reason.DOCUMENT_NUMBER, "〔2019〕5号");
        assertNonFigure(ms.get(1), NonFigure.Reason.DOCUMENT_NUMBER, "[2013]2号");
        assertNonFigure(ms.get(2), NonFigure.Reason.DOCUMENT_NUMBER, "【2024】13号");
        assertNonFigure(ms.get(3), NonFigure.Reason.DOCUMENT_NUMBER, "﹝2019﹞8号");
        assertEquals(4, ms.size(), ms::toString);
    }

    @Test
    void aDocumentNumberBrokenByALineBreakIsStillOne() {
        List<Mention> ms = scan("石财行【\n2024】13 号基层平安建设专项经费 5 万元");
        assertNonFigure(ms.get(0), NonFigure.Reason.DOCUMENT_NUMBER, "【\n2024】13 号");
        assertQuantity(ms.get(1), "5", "万元", "5 万元");
    }

    @Test
    void listMarkersAndOrdinalsAreNotFigures() {
        String s = "（2）自评实施过程\n1、部门职责。2. 负责组织\n(3)其他；第五次全国经济普查，第1名";
        List<Mention> ms = scan(s);
        assertNonFigure(ms.get(0), NonFigure.Reason.LIST_MARKER, "（2）");
        assertNonFigure(ms.get(1), NonFigure.Reason.LIST_MARKER, "1、");
        assertNonFigure(ms.get(2), NonFigure.Reason.LIST_MARKER, "2.");
        assertNonFigure(ms.get(3), NonFigure.Reason.LIST_MARKER, "(3)");
        assertNonFigure(ms.get(4), NonFigure.Reason.ORDINAL, "第五次");
        assertNonFigure(ms.get(5), NonFigure.Reason.ORDINAL, "第1名");
        assertEquals(6, ms.size(), ms::toString);
    }

    @Test
    void labelsAndPhonesAreNotFigures() {
        List<Mention> ms = scan("附件3：目标1：保障运转。联系电话：13812345678，0311-87654321。目标100%完成");
        assertNonFigure(ms.get(0), NonFigure.Reason.LABEL, "3");
        assertNonFigure(ms.get(1), NonFigure.Reason.LABEL, "1");
        assertNonFigure(ms.get(2), NonFigure.Reason.PHONE, "13812345678");
        assertNonFigure(ms.get(3), NonFigure.Reason.PHONE, "0311-87654321");
        assertQuantity(ms.get(4), "100", "%", "100%");
    }

    @Test
    void aListGivesEachNumberWithItsOwnOffsets() {
        String s = "自评得分分别为94、93、98、98、98、93。";
        List<Mention> ms = scan(s);
        assertEquals(6, ms.size());
        int from = s.indexOf("94");
        String[] values = {"94", "93", "98", "98", "98", "93"};
        for (int i = 0; i < values.length; i++) {
            assertQuantity(ms.get(i), values[i], "", values[i]);
            assertEquals(from + 3 * i, ms.get(i).start());
            assertEquals(UnitSource.NONE, quantity(ms.get(i)).unitSource());
        }
    }

    @Test
    void aUnitWrittenOnceAfterAListAppliesToEveryMember() {
        String s = "得分分别为94、93、98分，执行率为95%、90%。";
        List<Mention> ms = scan(s);
        assertQuantity(ms.get(0), "94", "分", "94");
        assertQuantity(ms.get(1), "93", "分", "93");
        assertQuantity(ms.get(2), "98", "分", "98分");
        assertEquals(UnitSource.SHARED, quantity(ms.get(0)).unitSource());
        assertEquals(UnitSource.SHARED, quantity(ms.get(1)).unitSource());
        assertEquals(UnitSource.PRINTED, quantity(ms.get(2)).unitSource());
        assertEquals(Kind.SCORE, quantity(ms.get(0)).kind());
        assertEquals(UnitSource.PRINTED, quantity(ms.get(3)).unitSource());
        assertEquals(UnitSource.PRINTED, quantity(ms.get(4)).unitSource());
    }

    @Test
    void aUnitIsNeverCarriedAcrossAFullComma() {
        List<Mention> ms = scan("产出得分94，效益得分30分");
        assertEquals(UnitSource.NONE, quantity(ms.get(0)).unitSource());
        assertEquals("分", quantity(ms.get(1)).unit().symbol());
    }

    @Test
    void chineseNumeralsCountOnlyAsQuantities() {
        String s = "一是统一思想，一般公共预算第一；建成十二处，新增五个，三十余家单位，十分重要，占三分之一";
        List<Mention> ms = scan(s);
        // 一是, 统一, 一般, 第一 (no measure word), 十分, 三分之一: no mention at all
        assertEquals(3, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "12", "处", "十二处");
        assertQuantity(ms.get(1), "5", "个", "五个");
        assertQuantity(ms.get(2), "30", "家", "三十余家");
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(2)).qualifier());
        assertEquals(s.indexOf("十二处"), ms.get(0).start());
    }

    @Test
    void anElidedChineseNumeralIsRefused() {
        List<Mention> ms = scan("共一百二个");
        assertNonFigure(ms.get(0), NonFigure.Reason.AMBIGUOUS, "一百二");
    }

    @Test
    void estimatesAreNotNumbers() {
        List<Mention> ms = scan("走访三四个社区，两三人，十几个项目，几十个单位，数十家企业，一九九八年");
        assertNonFigure(ms.get(0), NonFigure.Reason.AMBIGUOUS, "三四");
        assertNonFigure(ms.get(1), NonFigure.Reason.AMBIGUOUS, "两三");
        assertNonFigure(ms.get(2), NonFigure.Reason.YEAR, "一九九八年");
        assertEquals(3, ms.size(), ms::toString);
    }

    @Test
    void qualifiersBeforeAndAfter() {
        String s = "宣讲170余次，约290人参加，满意度90%以上，培训不少于3次，≥95%，最近3年";
        List<Mention> ms = scan(s);
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(0)).qualifier());
        assertEquals("170余次", ms.get(0).text());
        assertEquals(Qualifier.APPROX, quantity(ms.get(1)).qualifier());
        assertEquals("约290人", ms.get(1).text());
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(2)).qualifier());
        assertEquals("90%以上", ms.get(2).text());
        assertEquals(Qualifier.AT_LEAST, quantity(ms.get(3)).qualifier());
        assertEquals("不少于3次", ms.get(3).text());
        assertEquals(Qualifier.AT_LEAST, quantity(ms.get(4)).qualifier());
        assertEquals(Qualifier.EXACT, quantity(ms.get(5)).qualifier(), "最近 is not 近 (about)");
        assertEquals("3年", ms.get(5).text());
    }

    @Test
    void oneCharacterTailsOnlyQualifyAtAClauseEnd() {
        List<Mention> ms = scan("结转5万元余额，工作3年多，宣讲100余。近3年投入近5万元");
        assertEquals(Qualifier.EXACT, quantity(ms.get(0)).qualifier(), "余额 is a balance");
        assertEquals("5万元", ms.get(0).text());
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(1)).qualifier());
        assertEquals("3年多", ms.get(1).text());
        assertEquals(Qualifier.MORE_THAN, quantity(ms.get(2)).qualifier());
        assertEquals("100余", ms.get(2).text());
        assertEquals(Qualifier.EXACT, quantity(ms.get(3)).qualifier(), "近3年: the last three years");
        assertEquals("3年", ms.get(3).text());
        assertEquals(Qualifier.APPROX, quantity(ms.get(4)).qualifier());
        assertEquals("近5万元", ms.get(4).text());
    }

    @Test
    void digitsInsideLatinCodesAreNotFigures() {
        List<Mention> ms = scan("建设5G基站，防控COVID-19疫情，共3个");
        assertNonFigure(ms.get(0), NonFigure.Reason.CODE, "5G");
        assertNonFigure(ms.get(1), NonFigure.Reason.CODE, "COVID-19");
        assertQuantity(ms.get(2), "3", "个", "3个");
    }

    @Test
    void rangesAndBands() {
        String s = "分别是：90-100分为优、80-89分为良；区间100%-80%（含）；3至5个；2024-2025年";
        List<Mention> ms = scan(s);
        QuantityRange r = assertInstanceOf(QuantityRange.class, ms.get(0));
        assertEquals("90-100分", r.text());
        assertEquals("分", r.low().unit().symbol());
        QuantityRange r2 = assertInstanceOf(QuantityRange.class, ms.get(1));
        assertEquals("80-89分", r2.text());
        QuantityRange band = assertInstanceOf(QuantityRange.class, ms.get(2));
        assertEquals("100%-80%", band.text());
        assertTrue(band.descending());
        assertEquals(new BigDecimal("80"), band.low().value());
        QuantityRange count = assertInstanceOf(QuantityRange.class, ms.get(3));
        assertEquals("3至5个", count.text());
        assertNonFigure(ms.get(4), NonFigure.Reason.YEAR, "2024");
        assertNonFigure(ms.get(5), NonFigure.Reason.YEAR, "2025年");
    }

    @Test
    void aReversedRangeWithoutUnitsIsNotGuessed() {
        List<Mention> ms = scan("计算100-90得出");
        assertNonFigure(ms.get(0), NonFigure.Reason.BAD_RANGE, "100-90");
    }

    @Test
    void minusSignOnlyWhereItCannotBeADash() {
        List<Mention> ms = scan("增长率为-3.5%，区间80%-90%");
        assertQuantity(ms.get(0), "-3.5", "%", "-3.5%");
        QuantityRange r = assertInstanceOf(QuantityRange.class, ms.get(1));
        assertEquals(new BigDecimal("80"), r.low().value());
    }

    @Test
    void digitsBrokenByLayoutAreNotRead() {
        String s = "2024年预算收入173\n5.58万元，实际完成值为 9\n4.5%，得分为 9\n.45 分";
        List<Mention> ms = scan(s);
        assertNonFigure(ms.get(1), NonFigure.Reason.SPLIT, "173\n5.58");
        assertNonFigure(ms.get(2), NonFigure.Reason.SPLIT, "9\n4.5");
        assertNonFigure(ms.get(3), NonFigure.Reason.SPLIT, "9\n.45");
        assertTrue(NumberScanner.quantities(s).stream().noneMatch(q -> q.value().compareTo(new BigDecimal("5.58")) == 0),
                "never the tail of a broken number as a figure");
    }

    @Test
    void tableCellsSeparatedByTabsAreSeparateNumbers() {
        List<Mention> ms = scan("\t社区办公\n\t29.03\n\t23.99\n\n\t专项经费\n\t15\n\t12.17");
        assertEquals(4, ms.size());
        assertQuantity(ms.get(0), "29.03", "", "29.03");
        assertQuantity(ms.get(3), "12.17", "", "12.17");
    }

    @Test
    void spacesBetweenNumberAndUnitFromPdfText() {
        List<Mention> ms = scan("资金 4774760.72 元，得分为 99.34 分，共 21 项");
        assertQuantity(ms.get(0), "4774760.72", "元", "4774760.72 元");
        assertQuantity(ms.get(1), "99.34", "分", "99.34 分");
        assertQuantity(ms.get(2), "21", "项", "21 项");
    }

    @Test
    void fullWidthTextIsReadInPlace() {
        String s = "收入为１７３３．７３万元，执行率９４．５％";
        List<Mention> ms = scan(s);
        assertQuantity(ms.get(0), "1733.73", "万元", "１７３３．７３万元");
        assertQuantity(ms.get(1), "94.5", "%", "９４．５％");
    }

    @Test
    void aFullWidthCommaInTextSeparatesRatherThanGroups() {
        List<Mention> ms = scan("分别为94，930个");
        assertEquals(2, ms.size(), ms::toString);
        assertQuantity(ms.get(0), "94", "", "94");
        List<Mention> grouped = scan("合计1,234.56万元");
        assertQuantity(grouped.get(0), "1234.56", "万元", "1,234.56万元");
    }

    @Test
    void groupingThatBreaksHalfwayIsMalformedNotTwoNumbers() {
        List<Mention> ms = scan("合计1,733,73万元");
        assertNonFigure(ms.get(0), NonFigure.Reason.MALFORMED, "1,733,73");
        assertEquals(1, ms.size(), "no 73万元 from the tail: " + ms);
    }

    @Test
    void magnitudesAfterArabicDigits() {
        List<Mention> ms = scan("投资3百万，覆盖5千人，增长2.5倍，预算1.2万亿");
        assertQuantity(ms.get(0), "3", "百万", "3百万");
        assertEquals(new BigDecimal("3000000"), quantity(ms.get(0)).inBaseUnit());
        assertQuantity(ms.get(1), "5", "千人", "5千人");
        assertEquals(Kind.COUNT, quantity(ms.get(1)).kind());
        assertQuantity(ms.get(2), "2.5", "倍", "2.5倍");
        assertQuantity(ms.get(3), "1.2", "万亿", "1.2万亿");
    }

    @Test
    void wordsStartingWithAUnitCharacterAreNotUnits() {
        List<Mention> ms = scan("产出、效益94分别得分");
        assertEquals("", quantity(ms.get(0)).unit().symbol());
    }

    @Test
    void scanningIsLinearOnPathologicalInput() {
        String s = "1,".repeat(200_000) + "一".repeat(100_000) + "9".repeat(100_000) + "-".repeat(50_000);
        long t0 = System.nanoTime();
        List<Mention> ms = NumberScanner.scan(s);
        long ms0 = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms.size() > 100_000);
        assertTrue(ms0 < 10_000, "took " + ms0 + " ms");
    }

    @Test
    void aFormsNextCellIsNoUnit() {
        // a PDF's row read across its cells: 95 is the score, 项目实施单位 the next label
        List<Mention> ms = scan("自评总分: 95 项目实施单位 某县交通运输局");
        assertQuantity(ms.get(0), "95", "", "95");
        // cells run together: 97.93 is the score, 年初预算数 the next column's header
        assertQuantity(scan("自评总分(分)97.93年初预算数全年预算数").get(0), "97.93", "", "97.93");
        assertQuantity(scan("完成3项目标任务").get(0), "3", "项", "3项");
        assertQuantity(scan("服务期限3年，年初到位").get(0), "3", "年", "3年");
    }
}
