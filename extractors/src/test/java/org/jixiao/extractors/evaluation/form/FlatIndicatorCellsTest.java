package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/**
 * An indicator table published one cell a line (a web page's table copied as text), invented names and numbers:
 * merged level names printed once, empty cells gone, a note only where one was written.
 */
class FlatIndicatorCellsTest {

    private static FlatIndicatorTable.Result read(String... cells) {
        SourceDocument doc = FlatDocs.of("cells.txt", String.join("\n\n", cells));
        FlatText t = FlatText.of(doc).get(0);
        return FlatIndicatorTable.read(t, 0, t.text().length());
    }

    @Test
    void rowsAreReadCellByCellUnderTheHeader() {
        FlatIndicatorTable.Result r = read("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施",
                "产出指标(50分)", "数量指标", "维修路灯数量", "300盏", "288盏", "20", "18.5", "部分路段施工延期",
                "新增绿化面积", "1.2万平方米", "1.2万平方米", "10", "10",
                "质量指标", "验收合格率", "100%", "100%", "20", "20",
                "效益指标(40分)", "社会效益指标", "夜间出行是否更安全", "是", "是", "40", "40",
                "满意度指标(10分)", "服务对象满意度指标", "居民满意度", "≥90%", "93%", "10", "9",
                "合计", "100", "97.5");
        assertNotNull(r);
        assertTrue(r.closed(), "read to the closing line");
        List<Indicator> rows = r.indicators();
        assertEquals(List.of("维修路灯数量", "新增绿化面积", "验收合格率", "夜间出行是否更安全", "居民满意度"),
                rows.stream().map(Indicator::level3).toList());
        Indicator first = rows.get(0);
        assertEquals("产出指标", first.level1());
        assertEquals("数量指标", first.level2());
        assertEquals("300盏", first.target());
        assertEquals("288盏", first.actual());
        assertEquals(new BigDecimal("20"), first.weight());
        assertEquals(new BigDecimal("18.5"), first.score());
        assertEquals("部分路段施工延期", first.note());
        assertEquals("维修路灯数量", first.at().text(), "a row is quoted by its label cell");
        Indicator second = rows.get(1);
        assertEquals("数量指标", second.level2(), "a merged level name holds for the rows under it");
        assertNull(second.note(), "an empty note is gone, and the next row is not taken for it");
        assertEquals("质量指标", rows.get(2).level2());
        assertEquals("效益指标", rows.get(3).level1());
        assertEquals(new BigDecimal("9"), rows.get(4).score());
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), r.sections().stream().map(Section::name).toList());
        assertEquals(new BigDecimal("50"), r.sections().get(0).weight());
    }

    @Test
    void aRowWhoseTargetCellIsGoneKeepsItsWeightAndScoreButNoGuessedTarget() {
        FlatIndicatorTable.Result r = read("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "产出指标", "时效指标", "资金拨付及时性", "及时", "10", "8",
                "成本指标", "人均培训成本", "≤500元", "480元", "10", "10", "总分", "18");
        assertNotNull(r);
        Indicator gone = r.indicators().get(0);
        assertEquals("资金拨付及时性", gone.level3());
        assertEquals(new BigDecimal("10"), gone.weight());
        assertEquals(new BigDecimal("8"), gone.score());
        assertNull(gone.target(), "one of target and actual is gone: which one is unknown");
        assertNull(gone.actual());
        Indicator next = r.indicators().get(1);
        assertEquals("人均培训成本", next.level3());
        assertEquals("≤500元", next.target());
        assertEquals("480元", next.actual());
    }

    @Test
    void aScoreAboveItsWeightInTheHeadersOrderIsKeptForTheChecks() {
        FlatIndicatorTable.Result r = read("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "产出指标", "数量指标", "培训人次", "200人次", "210人次", "10", "12", "质量指标", "培训合格率", "≥95%", "97%",
                "10", "10", "总分", "100", "22");
        assertEquals(new BigDecimal("12"), r.indicators().get(0).score(), "12 over a weight of 10: a finding, not noise");
        assertEquals("培训合格率", r.indicators().get(1).level3());
    }

    @Test
    void aHeaderOnOneLineIsNotReadCellByCell() {
        // the line-by-line reader keeps its layouts: one row a line under a header on one line
        FlatIndicatorTable.Result r = read("一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
                + "产出指标数量指标维修路灯数量300盏288盏2020");
        assertNotNull(r);
        assertEquals("维修路灯数量", r.indicators().get(0).level3());
        assertEquals(new BigDecimal("20"), r.indicators().get(0).score());
    }
}
