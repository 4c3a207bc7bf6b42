package org.jixiao.corpus.load.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Word97TextTest {

    private final Word97Text cleaner = new Word97Text();

    @Test
    void aFieldKeepsItsResultAndDropsItsInstruction() {
        assertEquals("第3页", cleaner.clean("第\u0013 PAGE \u00143\u0015页\r", true));
    }

    @Test
    void nestedFieldsShowOnlyTheOuterResult() {
        String toc = "\u0013 TOC \\o \u0014一、基本情况\t\u0013 PAGEREF _Toc1 \\h \u00142\u0015\u0015\r";
        assertEquals("一、基本情况\t2", cleaner.clean(toc, true));
        assertEquals("一、基本情况 2", new Word97Text().clean(toc, false), "a tab in a cell is a space");
    }

    @Test
    void aFieldWithoutResultDisappears() {
        assertEquals("前后", cleaner.clean("前\u0013 SEQ 表 \\h \u0015后", true));
    }

    @Test
    void aFieldResultMayRunAcrossParagraphs() {
        assertEquals("目录第一行", cleaner.clean("\u0013 TOC \u0014目录第一行\r", true));
        cleaner.endParagraph();
        assertEquals("目录第二行", cleaner.clean("目录第二行\u0015\r", true));
        assertEquals("正文", cleaner.clean("正文\r", true));
    }

    @Test
    void anUnclosedInstructionEndsWithItsParagraph() {
        assertEquals("", cleaner.clean("\u0013 BROKEN instruction\r", true));
        cleaner.endParagraph();
        assertEquals("下一段", cleaner.clean("下一段\r", true));
    }

    @Test
    void marksBecomeWhatAReaderSees() {
        assertEquals("一行\n二行", cleaner.clean("一行\u000B二行\u0007", true));
        assertEquals("图", cleaner.clean("\u0001图\u0008", true));
        assertEquals("A-B", cleaner.clean("A\u001EB\u001F", true));
    }
}
