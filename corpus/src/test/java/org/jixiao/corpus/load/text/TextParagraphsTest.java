package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a line of text ends a sentence, which keeps it out of a cell run and from joining the next line. */
class TextParagraphsTest {

    @Test
    void aHalfWidthPointAfterAChineseCharacterEndsASentence() {
        for (String s : List.of("说明:项目支出需要填报基本支出以外的所有项目支出情况.", "完成了年度目标任务．",
                "以上情况特此说明。", "资金来源为上级补助（含结转）。", "执行《某某办法》.")) {
            assertTrue(TextParagraphs.endsSentence(s), s);
        }
    }

    @Test
    void aPointAfterADigitOrALatinLetterDoesNot() {
        for (String s : List.of("全年执行数为260.", "1.", "某某Co.", "指标值", "年度资金总额")) {
            assertFalse(TextParagraphs.endsSentence(s), s);
        }
    }
}
