package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Units stated above a table on a line of their own, with the closing bracket lost. Invented text. */
class UnitStatementsTest {

    @Test
    void aLineEndingInABracketedUnitStatesIt() {
        assertEquals("万元", UnitStatements.endingLine("年度预算申请\n(万元\n").orElseThrow().symbol());
        assertEquals("人", UnitStatements.endingLine("财政供养人员情况(人").orElseThrow().symbol());
        assertEquals("万元", UnitStatements.endingLine("某某表\n（万元）").orElseThrow().symbol());
    }

    @Test
    void theNearestLineWins() {
        assertEquals("元", UnitStatements.endingLine("经费情况(万元\n其他\n支出(元").orElseThrow().symbol());
    }

    @Test
    void bracketsThatHoldNoUnitOrDoNotEndTheLineStateNone() {
        assertTrue(UnitStatements.endingLine("某某县项目绩效自评表(2023年度").isEmpty());
        assertTrue(UnitStatements.endingLine("执行数(万元)以下为说明").isEmpty());
        assertTrue(UnitStatements.endingLine("规模(万").isEmpty(), "a bare magnitude says nothing is counted");
        assertTrue(UnitStatements.endingLine(null).isEmpty());
    }

    @Test
    void aDeclaredMoneyUnitRunIntoTheNextLabelIsStillDeclared() {
        assertEquals("万元", UnitStatements.declared("主管部门(盖章):单位:万元项目名称商品和服务支出").orElseThrow().symbol());
        assertEquals("元", UnitStatements.declared("单位：元").orElseThrow().symbol());
        assertTrue(UnitStatements.declared("实施单位：人民政府").isEmpty(), "人 of 人民政府 is no unit");
        assertTrue(UnitStatements.declared("实施单位:元宝区文化馆").isEmpty(), "only 万元, 亿元 and 千元 run into a label");
    }
}
