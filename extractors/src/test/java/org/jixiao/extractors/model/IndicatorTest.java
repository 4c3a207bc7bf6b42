package org.jixiao.extractors.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An indicator's third-level name is its own name, without the row number the national template prints. */
class IndicatorTest {

    private static String level3(String printed) {
        return new Indicator("产出指标", "数量指标", printed, null, null, null, null, null, null, null).level3();
    }

    @ParameterizedTest
    @CsvSource({
            "指标1:新建机耕道长度, 新建机耕道长度",
            "指标2：受益群众满意度, 受益群众满意度",
            "指标12: 培训人次, 培训人次",
            "指标3“两品一标”认证数, “两品一标”认证数",
            "指标1发放种苗, 发放种苗", // OCR lost the colon
            "指标12021年11月30日前完成支付, 指标12021年11月30日前完成支付", // 指标1 run into a date: left whole
            "指标1:, 指标1:", // nothing after the number: nothing to keep
            "指标完成率, 指标完成率",
            "新建机耕道长度, 新建机耕道长度"})
    void theTemplatesRowNumberIsNoPartOfTheName(String printed, String name) {
        assertEquals(name, level3(printed));
    }
}
