package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a line of text ends a sentence, which keeps it out of a cell run and from joining the next line. */
class TextParagraphsTest {

    @Test
    void aHalfWidthPointAfterAChineseCharacterEndsASentence() {
        for (String s : List.of("注:本表金额单位为万元,由项目单位填报.", "完成了年度目标任务．",
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

    @Test
    void aLetterSpacedLineIsAsShortAsItsWords() {
        // 17 characters letter-spaced to 33 columns, then a title after one blank line: no wrapped sentence
        String nav = "您 现 在 位 置 : 首 页 > 专 题 专 栏 > 民 生 工 程 > 项 目 公 开 > 绩 效";
        TextParagraphs p = TextParagraphs.of(List.of(nav, "某县2021年农村饮水工程维修养护资金绩效自评报告"));
        assertFalse(p.joins(nav, "某县2021年农村饮水工程维修养护资金绩效自评报告", 1));
    }
}
