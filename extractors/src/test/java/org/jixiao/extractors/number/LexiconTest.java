package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word lists are data; these tests pin the behaviour the scanner relies on. */
class LexiconTest {

    private final Lexicon lex = Lexicon.get();

    @Test
    void unitsComeFromTheDataListWithKindAndExponent() {
        assertEquals(new Unit("万元", Kind.AMOUNT, 4), Unit.of("万元").orElseThrow());
        assertEquals(new Unit("亿元", Kind.AMOUNT, 8), Unit.of("亿元").orElseThrow());
        assertEquals(new Unit("千元", Kind.AMOUNT, 3), Unit.of("千元").orElseThrow());
        assertEquals(new Unit("%", Kind.RATE, -2), Unit.of("%").orElseThrow());
        assertEquals(Kind.SCORE, Unit.of("分").orElseThrow().kind());
        for (String w : "个 户 处 人 次 家 项 件 篇 场 名 所 台 辆 套 天 年 个月".split(" ")) {
            assertEquals(Kind.COUNT, Unit.of(w).orElseThrow().kind(), w);
        }
        assertTrue(Unit.of("斤斤").isEmpty());
    }

    @Test
    void longestUnitWins() {
        assertEquals("万元", lex.unitAt("万元整", 0).symbol());
        assertEquals("个百分点", lex.unitAt("个百分点", 0).symbol());
        assertEquals("个月", lex.unitAt("个月", 0).symbol());
        assertEquals("个", lex.unitAt("个人", 0).symbol());
        assertNull(lex.unitAt("的", 0));
    }

    @Test
    void longestQualifierWins() {
        assertEquals(Qualifier.AT_MOST, lex.qualifierEndingAt("不超过", 3).qualifier());
        assertEquals(Qualifier.MORE_THAN, lex.qualifierEndingAt("超过", 2).qualifier());
        assertEquals(Qualifier.EXACT, lex.qualifierEndingAt("最近", 2).qualifier());
        assertEquals(Qualifier.APPROX, lex.qualifierEndingAt("约", 1).qualifier());
    }

    @Test
    void notNumeralWordsAreFoundAroundTheNumeral() {
        assertTrue(lex.insideNotNumeral("统一", 1));
        assertTrue(lex.insideNotNumeral("一般", 0));
        assertTrue(lex.insideNotNumeral("十分重要", 0));
        assertFalse(lex.insideNotNumeral("五个", 0));
        assertTrue(lex.unitExceptionAt("分别为", 0));
        assertFalse(lex.unitExceptionAt("分，", 0));
    }

    @Test
    void labelsAndNoValueMarkers() {
        assertTrue(lex.labelEndsAt("附件", 2));
        assertTrue(lex.labelEndsAt("目标", 2));
        assertFalse(lex.labelEndsAt("收入为", 3));
        assertTrue(lex.isNoValueMarker("/"));
        assertTrue(lex.isNoValueMarker("无"));
        assertFalse(lex.isNoValueMarker("0"));
    }
}
