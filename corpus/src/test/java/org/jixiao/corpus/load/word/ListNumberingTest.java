package org.jixiao.corpus.load.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.corpus.load.word.ListNumbering.Level;
import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void chineseCountingAsListsWriteIt() {
        assertEquals("一", ListNumbering.chinese(1));
        assertEquals("十", ListNumbering.chinese(10));
        assertEquals("十一", ListNumbering.chinese(11));
        assertEquals("二十", ListNumbering.chinese(20));
        assertEquals("九十九", ListNumbering.chinese(99));
        assertEquals("100", ListNumbering.chinese(100));
    }

    @Test
    void otherFormats() {
        assertEquals("①", ListNumbering.format("decimalEnclosedCircle", 1));
        assertEquals("⑳", ListNumbering.format("decimalEnclosedCircle", 20));
        assertEquals("丙", ListNumbering.format("ideographTraditional", 3));
        assertEquals("iv", ListNumbering.format("lowerRoman", 4));
        assertEquals("AA", ListNumbering.format("upperLetter", 27));
        assertEquals("07", ListNumbering.format("decimalZero", 7));
        assertEquals("5", ListNumbering.format("somethingNew", 5));
    }

    @Test
    void multiLevelLabelsRestartDeeperLevels() {
        Level top = new Level(1, "decimal", "%1.", false, " ");
        Level sub = new Level(1, "decimal", "%1.%2", false, " ");
        ListNumbering.Levels levels = i -> i == 0 ? top : i == 1 ? sub : null;
        ListNumbering n = new ListNumbering();
        assertEquals("1. ", n.next("a", 0, levels));
        assertEquals("1.1 ", n.next("a", 1, levels));
        assertEquals("1.2 ", n.next("a", 1, levels));
        assertEquals("2. ", n.next("a", 0, levels));
        assertEquals("2.1 ", n.next("a", 1, levels));
        assertEquals("1. ", n.next("other list", 0, levels), "each list counts on its own");
        assertEquals("", n.next("a", 5, levels), "an undefined level has no label");
    }

    @Test
    void legalLevelsShowEveryNumberAsADecimal() {
        Level top = new Level(1, "chineseCounting", "%1、", false, "");
        Level legal = new Level(1, "decimal", "%1.%2", true, "");
        ListNumbering.Levels levels = i -> i == 0 ? top : legal;
        ListNumbering n = new ListNumbering();
        assertEquals("一、", n.next("k", 0, levels));
        assertEquals("1.1", n.next("k", 1, levels));
    }
}
