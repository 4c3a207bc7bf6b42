package org.jixiao.index.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.extractors.check.arith.ArithmeticChecks.Direction;
import org.jixiao.index.crossyear.YearRole.Period;
import org.junit.jupiter.api.Test;

/** How a label says which year a figure belongs to and what it measures. */
class YearRoleTest {

    private static void assertRole(String label, Period period, String key) {
        YearRole r = YearRole.of(label, 2024);
        assertEquals(period, r.period(), label);
        assertEquals(key, r.key(), label);
    }

    @Test
    void lastYearsFiguresAreNamedByTheirYearWords() {
        assertRole("上年实际收入", Period.LAST_YEAR, "收入");
        assertRole("去年支出", Period.LAST_YEAR, "支出");
        assertRole("上年度总支出", Period.LAST_YEAR, "支出");
        assertRole("2023年收入", Period.LAST_YEAR, "收入");
        assertRole("较上年的", Period.LAST_YEAR, "");
        assertRole("上年", Period.LAST_YEAR, "");
    }

    @Test
    void thisYearsFiguresDifferentWordingsMeetOnOneMeasure() {
        assertRole("本年度收入总额", Period.THIS_YEAR, "收入");
        assertRole("2024年度本单位收入合计", Period.THIS_YEAR, "收入");
        assertRole("2024年财政拨款收入", Period.THIS_YEAR, "财政拨款收入");
        assertRole("基本支出", Period.UNMARKED, "基本支出");
        assertEquals("收入", YearRole.looseKey("财政拨款收入"));
    }

    @Test
    void changesCarryTheirDirectionAndTheirSubject() {
        YearRole r = YearRole.of("本年收入较上年收入减少", 2024);
        assertEquals(Period.CHANGE, r.period());
        assertEquals(Direction.DECREASE, r.direction());
        assertEquals("收入", r.key());
        YearRole pct = YearRole.of("本年项目支出较上年增长(%)", 2024);
        assertEquals(Period.CHANGE, pct.period());
        assertEquals(Direction.INCREASE, pct.direction());
        assertEquals("项目支出", pct.key());
        assertEquals("", YearRole.of("同比减少", 2024).key());
    }

    @Test
    void moneyCarriedOverAndOtherYearsAreNotLastYearsFigures() {
        assertRole("上年结转结余", Period.OTHER, "结转结余");
        assertRole("2022年收入", Period.OTHER, "收入");
    }

    @Test
    void tableCellsKeepTheirRowAndColumn() {
        assertRole("收入合计 / 上年决算数", Period.LAST_YEAR, "收入");
        assertRole("收入合计 / 本年决算数", Period.THIS_YEAR, "收入");
        assertRole("其中:财政拨款 / 全年预算数", Period.UNMARKED, "财政拨款/预算");
    }
}
