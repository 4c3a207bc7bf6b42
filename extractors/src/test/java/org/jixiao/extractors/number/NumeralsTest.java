package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The first stage: digits only, no context. */
class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"五,5", "十,10", "十二,12", "二十,20", "二十三,23", "一百,100", "一百二十三,123", "一百零五,105",
            "两千零五,2005", "三千五百,3500", "一万,10000", "三万五千,35000", "一万零五百,10500", "十万,100000",
            "一千万,10000000", "一亿二千万,120000000", "零,0", "壹佰贰拾叁,123", "两,2"})
    void chineseNumeralValues(String run, String value) {
        assertEquals(new BigDecimal(value), Numerals.chineseValue(run));
        assertEquals(0, Numerals.chineseValue(run).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"一百二", "三千五", "一万二", "三千五万", "二三十", "十十", "百", "万", "万万", "两二", "〇一", "三四", "两三", "二〇二一"})
    void chineseNumeralsThatNeedAGuessAreRefused(String run) {
        assertNull(Numerals.chineseValue(run), run);
    }

    @Test
    void aYearWrittenDigitByDigit() {
        assertEquals(2021, Numerals.chineseDigitYear("二〇二一"));
        assertEquals(1998, Numerals.chineseDigitYear("一九九八"));
        assertNull(Numerals.chineseDigitYear("三四五六"), "not a plausible year");
        assertNull(Numerals.chineseDigitYear("二〇二"));
    }

    @Test
    void foldKeepsLengthSoOffsetsStay() {
        String s = "１７３３．７３％，（２）　≥";
        String f = Numerals.fold(s);
        assertEquals(s.length(), f.length());
        assertEquals("1733.73%,(2) ≥", f);
    }

    @Test
    void arabicGrammar() {
        Numerals.Arabic a = Numerals.readArabic("1,234,567.89元", "1,234,567.89元", 0, false);
        assertEquals(new BigDecimal("1234567.89"), a.value());
        assertEquals(12, a.end());
        Numerals.Arabic stop = Numerals.readArabic("12,34", "12,34", 0, false);
        assertEquals(2, stop.end(), "in text a bad comma ends the number");
        assertEquals(new BigDecimal("12"), stop.value());
        Numerals.Arabic bad = Numerals.readArabic("12,34", "12,34", 0, true);
        assertEquals(NonFigure.Reason.MALFORMED, bad.problem());
        Numerals.Arabic tooLong = Numerals.readArabic("1234,567", "1234,567", 0, true);
        assertEquals(NonFigure.Reason.MALFORMED, tooLong.problem(), "first group has at most 3 digits");
        assertEquals(NonFigure.Reason.SECTION_NUMBER,
                Numerals.readArabic("1.2.3", "1.2.3", 0, false).problem());
        assertEquals(NonFigure.Reason.CODE, Numerals.readArabic("0311", "0311", 0, false).problem());
        String huge = "9".repeat(31);
        assertEquals(NonFigure.Reason.MALFORMED, Numerals.readArabic(huge, huge, 0, false).problem());
        Numerals.Arabic dot = Numerals.readArabic("5.", "5.", 0, false);
        assertEquals(1, dot.end(), "a trailing dot is punctuation");
        assertTrue(dot.ok());
    }
}
