package org.jixiao.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer n = TextNormalizer.get();

    private String lines(String s) {
        return n.normalizeText(s, Mode.LINES);
    }

    private String wrapped(String s) {
        return n.normalizeText(s, Mode.WRAPPED);
    }

    @Test
    void fullWidthDigitsAndPunctuationBecomeHalfWidth() {
        assertEquals("1733.73万元:94.5%", lines("１７３３．７３万元：９４．５％"));
    }

    @Test
    void theChineseCommaIsKeptSoAListIsNotReadAsOneNumber() {
        assertEquals("得分94，930分", lines("得分９４，９３０分"));
        assertEquals("扣1分，得分39分", lines("扣1分 ， 得分39分"));
    }

    @Test
    void spacesBetweenCjkAndBetweenCjkAndDigitsAreRemoved() {
        assertEquals("2021年度雁南街道绩效评价", lines("2021 年度 雁 南 街 道 绩效评价"));
        assertEquals("4774760.72元", lines("4774760.72 元"));
        assertEquals("执行率为94.5%", lines("执行率为 94.5 %"));
    }

    @Test
    void spacesBetweenLatinWordsAndBetweenNumbersAreKept() {
        assertEquals("PDF 文件 and Word", lines("PDF  文件 and   Word"));
        assertEquals("29.03 23.99", lines("29.03   23.99"));
    }

    @Test
    void twoNumbersOnTwoLinesOfACellStayTwoNumbers() {
        // a number broken at the line end is joined again …
        assertEquals("1733.73万元", wrapped("1733.\n73万元"));
        assertEquals("88.50%", wrapped("88.5\n0%"));
        // … but two lines each with a decimal point are two numbers: no number has two decimal points
        assertEquals("1447.47 998.20", wrapped("1447.47\n998.20"));
        assertEquals("36.73 27.63", wrapped("36.73\n27.63"));
    }

    @Test
    void ideographicSpaceAndNbspAreSpaces() {
        assertEquals("单位:万元", lines("单位：\u3000万元"));
        assertEquals("a b", lines("a\u00A0b"));
    }

    @Test
    void bookmarkMarkersAreDropped() {
        assertEquals("自评得分", lines("[bookmark: _GoBack]自评得分"));
        assertEquals("总分", lines("总[bookmark: _Toc123]分"));
    }

    @Test
    void inlineLatexDebrisBecomesSymbols() {
        assertEquals("≥80%", lines("$\\geq 80\\%$"));
        assertEquals("满意度≤95%", lines("满意度$\\leq 95\\%$"));
        assertEquals("≥90", lines("$\\ge{90}$"));
    }

    @Test
    void dollarAmountsThatAreNotMathAreKept() {
        assertEquals("$ price and $ cost", lines("$ price and $ cost"));
    }

    @Test
    void wrappedLinesJoinWithoutSpaceNextToCjk() {
        assertEquals("保证党和政府各项任务顺利完成。", wrapped("保证党和政府各项任务顺利\n完成。"));
        assertEquals("预算资金72.51万元", wrapped("预算资金72.\n51万元"));
        assertEquals("2021年度", wrapped("2021\n年度"));
    }

    @Test
    void wrappedLinesJoinWithSpaceBetweenLatinWords() {
        assertEquals("budget performance", wrapped("budget\nperformance"));
    }

    @Test
    void lineModeKeepsLineBreaksTrimmedAndCollapsed() {
        assertEquals("第一段\n第二段", lines("  第一段  \n\n\n  第二段 "));
        assertEquals("a\tb", lines("a\tb"));
    }

    @Test
    void windowsLineEndsAndZeroWidthCharactersAreCleaned() {
        assertEquals("甲\n乙", lines("甲\r\n乙\u200B"));
    }

    @Test
    void offsetMapPointsBackIntoTheRawText() {
        String raw = "[bookmark: _GoBack]２０２１ 年 收入１７３３．７３ 万元";
        MappedText m = n.normalize(raw, Mode.LINES);
        assertEquals("2021年收入1733.73万元", m.text());
        int at = m.text().indexOf("1733.73");
        assertEquals('１', raw.charAt(m.sourceOffset(at)));
        assertEquals("１７３３．７３", raw.substring(m.sourceOffset(at), m.sourceEnd(at + 7)));
        int wan = m.text().indexOf("万元");
        assertEquals("万元", raw.substring(m.sourceOffset(wan), m.sourceOffset(wan) + 2));
        assertEquals(raw.length(), m.sourceOffset(m.text().length()));
        assertEquals("万元", raw.substring(m.sourceOffset(wan), m.sourceEnd(wan + 2)));
        assertEquals("[bookmark: _GoBack]２", raw.substring(0, m.sourceEnd(1)), "a dropped prefix belongs before the first char");
        for (int i = 1; i < m.toSource().length; i++) {
            assertTrue(m.toSource()[i] >= m.toSource()[i - 1], "map must be non-decreasing at " + i);
        }
    }

    @Test
    void normalizationIsIdempotent() {
        String raw = "（一）部门 概况：2021 年 收入 １,７３３．７３ 万元，增长$\\geq 5\\%$\n下一行";
        String once = wrapped(raw);
        assertEquals(once, wrapped(once));
    }

    @Test
    void longInputIsLinear() {
        String chunk = "本年收入较上年收入减少 107.28 万元，减少 5.83%。\n";
        String big = chunk.repeat(50_000);
        long t0 = System.nanoTime();
        String out = wrapped(big);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(out.length() < big.length());
        assertTrue(ms < 5_000, "2 MB should normalize in well under 5 s, took " + ms + " ms");
    }

    @Test
    void pinyinGlossesAfterCharactersAreDroppedAndOffsetsStillQuoteTheSource() {
        String raw = "某某區(qū)農(nóng)業(yè)項(xiàng)目資金";
        MappedText m = n.normalize(raw, Mode.LINES);
        assertEquals("某某区农业项目资金", m.text());
        for (int i = 0; i < m.text().length(); i++) {
            char source = raw.charAt(m.sourceOffset(i));
            assertEquals(m.text().charAt(i), Simplified.of(source), "char " + i + " comes from " + source);
        }
        // the span of 项目 maps back to 項(xiàng)目 in the raw text
        int at = m.text().indexOf("项目");
        assertEquals("項(xiàng)目", raw.substring(m.sourceOffset(at), m.sourceEnd(at + 2)));
    }

    @Test
    void ordinaryBracketsAreNotPinyin() {
        assertEquals("预算数(A)执行率(B/A)", lines("预算数(A)执行率(B/A)"));
        assertEquals("方案(plan)与说明(a)", lines("方案(plan)与说明(a)"));
        assertEquals("Wang(wáng)", lines("Wang(wáng)"), "a gloss counts only right after a CJK character");
    }

    @Test
    void traditionalCharactersBecomeSimplifiedOneForOne() {
        String raw = "望川區2023年度績效自評報告：資金總額12.5萬元";
        MappedText m = n.normalize(raw, Mode.LINES);
        assertEquals("望川区2023年度绩效自评报告:资金总额12.5万元", m.text());
        assertEquals(raw.length(), m.text().length());
        int at = m.text().indexOf("万元");
        assertEquals("萬元", raw.substring(m.sourceOffset(at), m.sourceEnd(at + 2)));
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String s = "乾县成效显著，于2023年完成后续工程，征收范围内余额为0";
        assertEquals(s, lines(s));
    }

    @Test
    void aHalfWidthPointAfterAChineseCharacterIsAFullStop() {
        TextNormalizer n = TextNormalizer.get();
        String raw = "下达资金356.4万元.其中:中央资金120.5万元,市级资金235.9万元.";
        MappedText m = n.normalize(raw, TextNormalizer.Mode.LINES);
        assertEquals("下达资金356.4万元。其中:中央资金120.5万元,市级资金235.9万元。", m.text());
        assertEquals(raw.indexOf("万元.其") + 2, m.sourceOffset(m.text().indexOf("。其")), "one for one: offsets stay");
        assertEquals("根据《某某办法》。", n.normalizeText("根据《某某办法》.", TextNormalizer.Mode.LINES));
        assertEquals("服务支出。", n.normalizeText("服务支出．", TextNormalizer.Mode.LINES), "a full-width point too");
    }

    @Test
    void listNumbersDecimalsAndLatinKeepTheirPoint() {
        TextNormalizer n = TextNormalizer.get();
        for (String s : List.of("一.基本情况", "(三).绩效目标", "十一.其他", "第3.5条", "执行率98.5%", "某某Co.Ltd",
                "统计.2023年", "预算……", "项目...")) {
            assertEquals(s, n.normalizeText(s, TextNormalizer.Mode.LINES), s);
        }
        assertEquals("统一。", n.normalizeText("统一.", TextNormalizer.Mode.LINES), "一 ending a word is no list number");
    }

    @Test
    void aYearWrittenInWordsIsWrittenInDigitsOneForOne() {
        TextNormalizer n = TextNormalizer.get();
        String raw = "某某区卫生健康局二〇二三年度部门整体支出绩效自评报告";
        MappedText m = n.normalize(raw, TextNormalizer.Mode.LINES);
        assertEquals("某某区卫生健康局2023年度部门整体支出绩效自评报告", m.text());
        assertEquals(raw.indexOf("三年"), m.sourceOffset(m.text().indexOf("3年")));
        assertEquals("2020年", n.normalizeText("二○二○年", TextNormalizer.Mode.LINES), "○ for 〇");
        assertEquals("2008年", n.normalizeText("二零零八年", TextNormalizer.Mode.LINES));
        assertEquals("1998年12月", n.normalizeText("一九九八年12月", TextNormalizer.Mode.LINES));
        assertEquals("2021年度", n.normalizeText("二〇二一 年度", TextNormalizer.Mode.LINES), "spaced as a PDF prints it");
        for (String s : List.of("二十三年", "二〇二三", "三二一〇年", "一二三四年", "二〇二三五年")) {
            assertEquals(s, n.normalizeText(s, TextNormalizer.Mode.LINES), s);
        }
    }

    @Test
    void aLetterSpacedYearIsOneNumber() {
        TextNormalizer n = TextNormalizer.get();
        assertEquals("某县2021年度绩效自评报告", n.normalizeText("某 县 2 0 2 1 年 度 绩 效 自 评 报 告", TextNormalizer.Mode.LINES));
        assertEquals("(2023年度)", n.normalizeText("（2 0 2 3年 度）", TextNormalizer.Mode.LINES));
        assertEquals("得分2 2 1 0", n.normalizeText("得分 2 2 1 0", TextNormalizer.Mode.LINES), "cells stay apart");
        assertEquals("1 2 3 4年", n.normalizeText("1 2 3 4年", TextNormalizer.Mode.LINES), "no 19xx or 20xx");
        assertEquals("2 0 2 1 2", n.normalizeText("2 0 2 1 2", TextNormalizer.Mode.LINES), "no 年");
    }
}
