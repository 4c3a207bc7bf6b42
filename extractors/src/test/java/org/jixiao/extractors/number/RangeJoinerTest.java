package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage that joins {@code figure dash figure}, run on the tokenizer's output alone. */
class RangeJoinerTest {

    private static List<Mention> join(String s) {
        return RangeJoiner.join(s, MentionTokenizer.tokenize(s, MentionTokenizer.Mode.TEXT));
    }

    @Test
    void connectorsJoinTwoFigures() {
        for (String s : List.of("90-100分", "90~100分", "90～100分", "90—100分", "90至100分", "90 - 100分")) {
            List<Mention> ms = join(s);
            assertEquals(1, ms.size(), s);
            QuantityRange r = assertInstanceOf(QuantityRange.class, ms.get(0), s);
            assertEquals(s, r.text());
            assertEquals(new BigDecimal("90"), r.low().value());
            assertEquals(UnitSource.SHARED, r.low().unitSource());
            assertFalse(r.descending());
        }
    }

    @Test
    void differentUnitsOrQualifiersStaySeparate() {
        assertEquals(2, join("5万元-10个").size());
        assertEquals(2, join("≥90%-100%").size());
        assertEquals(2, join("90分-100").size(), "a unit on the first end only is not shared backwards");
    }

    @Test
    void aDescendingBandNeedsUnitsOnBothEnds() {
        QuantityRange band = assertInstanceOf(QuantityRange.class, join("80%-60%").get(0));
        assertTrue(band.descending());
        assertEquals(new BigDecimal("60"), band.low().value());
        assertEquals(new BigDecimal("80"), band.high().value());
        assertEquals(new BigDecimal("59.5"), band.interval().lo());
        assertEquals(new BigDecimal("80.5"), band.interval().hi());
        NonFigure bad = assertInstanceOf(NonFigure.class, join("80-60%").get(0));
        assertEquals(NonFigure.Reason.BAD_RANGE, bad.reason());
    }

    @Test
    void aYearBeforeAYearIsAYear() {
        List<Mention> ms = join("2021-2023年");
        assertEquals(NonFigure.Reason.YEAR, assertInstanceOf(NonFigure.class, ms.get(0)).reason());
        assertEquals("2021", ms.get(0).text());
        assertEquals(NonFigure.Reason.YEAR, assertInstanceOf(NonFigure.class, ms.get(1)).reason());
    }

    @Test
    void datesAreNotJoined() {
        List<Mention> ms = join("3月10日-3月25日");
        assertEquals(2, ms.size());
        assertTrue(ms.stream().allMatch(m -> m instanceof NonFigure n && n.reason() == NonFigure.Reason.DATE));
    }
}
