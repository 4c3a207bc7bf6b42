package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole string (a table cell) is one figure, a range, "no value", not a figure, or not a number. */
class NumberParserTest {

    private static Quantity value(String s) {
        ParseResult r = NumberParser.parse(s);
        ParseResult.Value v = assertInstanceOf(ParseResult.Value.class, r, () -> s + " -> " + r);
        Quantity q = v.quantity();
        assertEquals(s.substring(q.start(), q.end()), q.text(), "offsets quote the match");
        return q;
    }

    private static String notANumber(String s) {
        ParseResult r = NumberParser.parse(s);
        return assertInstanceOf(ParseResult.NotANumber.class, r, () -> s + " -> " + r).reason();
    }

    @ParameterizedTest(name = "{0} → {1} {3} ({4}, {5})")
    @CsvSource(delimiter = '|', textBlock = """
            1733.73          | 1733.73    | 2 |      | PLAIN  | EXACT
            1,234.56         | 1234.56    | 2 |      | PLAIN  | EXACT
            １７３３．７３   | 1733.73    | 2 |      | PLAIN  | EXACT
            １，２３４．５６ | 1234.56    | 2 |      | PLAIN  | EXACT
            15               | 15         | 0 |      | PLAIN  | EXACT
            0.5              | 0.5        | 1 |      | PLAIN  | EXACT
            6000.00          | 6000.00    | 2 |      | PLAIN  | EXACT
            94.5%            | 94.5       | 1 | %    | RATE   | EXACT
            ９４．５％       | 94.5       | 1 | %    | RATE   | EXACT
            ≥95%             | 95         | 0 | %    | RATE   | AT_LEAST
            =100%            | 100        | 0 | %    | RATE   | EQUAL
            ≤5‰              | 5          | 0 | ‰    | RATE   | AT_MOST
            <3%              | 3          | 0 | %    | RATE   | LESS_THAN
            >90%             | 90         | 0 | %    | RATE   | GREATER_THAN
            不低于90%        | 90         | 0 | %    | RATE   | AT_LEAST
            不超过5个        | 5          | 0 | 个   | COUNT  | AT_MOST
            90%以上          | 90         | 0 | %    | RATE   | MORE_THAN
            41个             | 41         | 0 | 个   | COUNT  | EXACT
            162户            | 162        | 0 | 户   | COUNT  | EXACT
            3个月            | 3          | 0 | 个月 | COUNT  | EXACT
            99.34分          | 99.34      | 2 | 分   | SCORE  | EXACT
            4774760.72 元    | 4774760.72 | 2 | 元   | AMOUNT | EXACT
            10亿元           | 10         | 0 | 亿元 | AMOUNT | EXACT
            2485万元         | 2485       | 0 | 万元 | AMOUNT | EXACT
            500千元          | 500        | 0 | 千元 | AMOUNT | EXACT
            1000余个         | 1000       | 0 | 个   | COUNT  | MORE_THAN
            10多个           | 10         | 0 | 个   | COUNT  | MORE_THAN
            约5万元          | 5          | 0 | 万元 | AMOUNT | APPROX
            5万元左右        | 5          | 0 | 万元 | AMOUNT | APPROX
            5万余元          | 5          | 0 | 万元 | AMOUNT | MORE_THAN
            1.2万人          | 1.2        | 1 | 万人 | COUNT  | EXACT
            五个             | 5          | 0 | 个   | COUNT  | EXACT
            十二处           | 12         | 0 | 处   | COUNT  | EXACT
            一百二十三       | 123        | 0 |      | PLAIN  | EXACT
            两千零五         | 2005       | 0 |      | PLAIN  | EXACT
            三十余家         | 30         | 0 | 家   | COUNT  | MORE_THAN
            -3.5             | -3.5       | 1 |      | PLAIN  | EXACT
            －3.5%           | -3.5       | 1 | %    | RATE   | EXACT
            2021.29          | 2021.29    | 2 |      | PLAIN  | EXACT
            5个百分点        | 5          | 0 | 个百分点 | RATE | EXACT
            百分之九十       | 90         | 0 | %    | RATE   | EXACT
            """)
    void readsAFigureExactlyAsPrinted(String in, String value, int decimals, String unit, Kind kind,
                                      Qualifier qualifier) {
        Quantity q = value(in);
        assertEquals(new BigDecimal(value), q.value(), "value with its printed scale");
        assertEquals(decimals, q.decimals());
        assertEquals(decimals, q.value().scale());
        assertEquals(unit == null ? "" : unit, q.unit().symbol());
        assertEquals(kind, q.kind());
        assertEquals(qualifier, q.qualifier());
        assertEquals(in.strip(), q.text(), "the match covers the whole cell");
    }

    @Test
    void scaleIsThePrintedPrecisionNotANormalizedOne() {
        assertEquals(2, value("6000.00").value().scale());
        assertEquals(0, value("15").value().scale());
        assertFalse(new BigDecimal("60000.00").compareTo(value("6000.00").value()) == 0);
    }

    @Test
    void surroundingSpacesAreOutsideTheMatchButOffsetsStayInTheGivenString() {
        Quantity q = value("  41个 ");
        assertEquals(2, q.start());
        assertEquals(5, q.end());
        assertEquals("41个", q.text());
    }

    @Test
    void aRangeIsItsOwnResultAndTheUnitAppliesToBothEnds() {
        ParseResult r = NumberParser.parse("90-100分");
        QuantityRange range = assertInstanceOf(ParseResult.Range.class, r).range();
        assertEquals(new BigDecimal("90"), range.low().value());
        assertEquals(new BigDecimal("100"), range.high().value());
        assertEquals("分", range.low().unit().symbol());
        assertEquals(UnitSource.SHARED, range.low().unitSource());
        assertEquals(UnitSource.PRINTED, range.high().unitSource());
        assertEquals("90", range.low().text());
        assertEquals("100分", range.high().text());
        assertEquals(Kind.SCORE, range.kind());
        assertEquals(new BigDecimal("89.5"), range.interval().lo());
        assertEquals(new BigDecimal("100.5"), range.interval().hi());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "—", "——", "--", "-", "无", "／", "－", " / ", "N/A"})
    void noValueMarkersAreNotErrors(String s) {
        ParseResult r = NumberParser.parse(s);
        assertInstanceOf(ParseResult.NoValue.class, r, () -> s + " -> " + r);
        assertFalse(r.isValue());
    }

    @Test
    void emptyTextIsNotANumberBecauseItCarriesNoMarker() {
        assertTrue(notANumber("").startsWith("empty"));
        assertTrue(notANumber("   ").startsWith("empty"));
        assertEquals("no text", notANumber(null));
    }

    @Test
    void badInputSaysWhy() {
        assertEquals("misplaced thousands separator", notANumber("12,34,5"));
        assertEquals("misplaced thousands separator", notANumber("1234,567"));
        assertEquals("text has letters", notANumber("abc"));
        assertEquals("text has letters", notANumber("优秀"));
        assertTrue(notANumber("(3.5)").startsWith("number in parentheses"));
        assertTrue(notANumber("（3.5）").startsWith("number in parentheses"));
        assertTrue(notANumber("一百二").contains("guessing"), "colloquial 一百二: 102 or 120");
        assertTrue(notANumber("三千五").contains("guessing"));
        assertTrue(notANumber("12 34").contains("cannot be told"));
        assertTrue(notANumber("1733.73万元（调整后）").startsWith("unexpected text"));
        assertTrue(notANumber("合计1733.73").startsWith("unexpected text"));
        assertEquals("more than one number in text", notANumber("94、93"));
        assertTrue(notANumber("100-90").contains("cannot tell"));
    }

    @Test
    void yearsDatesAndSectionNumbersAreDigitsButNotFigures() {
        assertEquals(NonFigure.Reason.YEAR, notAFigure("2021年"));
        assertEquals(NonFigure.Reason.YEAR, notAFigure("2021年度"));
        assertEquals(NonFigure.Reason.YEAR, notAFigure("二〇二一年"));
        assertEquals(NonFigure.Reason.DATE, notAFigure("3月10日"));
        assertEquals(NonFigure.Reason.DATE, notAFigure("2021年12月31日"));
        assertEquals(NonFigure.Reason.SECTION_NUMBER, notAFigure("1.2.3"));
        assertEquals(NonFigure.Reason.CODE, notAFigure("0311"));
        assertEquals(NonFigure.Reason.PHONE, notAFigure("13812345678"));
    }

    private static NonFigure.Reason notAFigure(String s) {
        ParseResult r = NumberParser.parse(s);
        NonFigure n = assertInstanceOf(ParseResult.NotAFigure.class, r, () -> s + " -> " + r).what();
        assertEquals(s.substring(n.start(), n.end()), n.text());
        return n.reason();
    }

    @Test
    void asQuantityOnlyForASingleFigure() {
        assertEquals(new BigDecimal("41"), NumberParser.parse("41个").asQuantity().orElseThrow().value());
        assertTrue(NumberParser.parse("/").asQuantity().isEmpty());
        assertTrue(NumberParser.parse("90-100分").asQuantity().isEmpty());
    }

    @Test
    void aYearCountIsNotAYear() {
        Quantity q = value("3年");
        assertEquals(Kind.COUNT, q.kind());
        assertEquals(new BigDecimal("3"), q.value());
    }
}
