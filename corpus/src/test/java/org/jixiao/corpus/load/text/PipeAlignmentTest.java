package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipe rows of a flattened web table that left out their merged cells, moved back under their indicator header
 * only where the column kinds prove the one place they fit. Invented text and numbers.
 */
class PipeAlignmentTest {

    @TempDir
    Path tmp;

    private SourceDocument load(String text) throws Exception {
        return FlattenedText.load(tmp, text);
    }

    /**
     * A header with a closing text column (偏差原因) after 权重 and 得分 leaves room for several moves: a quantity that
     * starts with its number (98户) or a yes (是) is a value, never a name, so it cannot stand under 三级指标, and
     * only one move is left. 成本指标, 一级 in one template and 二级 in another, moves by its values.
     */
    @Test
    void quantitiesAndYesOrNoAreNoNames() throws Exception {
        String text = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度目标值 | 全年实际值 | 权重 | 得分 | 偏差原因分析及改进措施 | ||\n"
                + "| 产出指标(50分) | 数量指标 | 完成整治点位数量 | 65处 | 65处 | 13 | 13 | ||\n"
                + "走访慰问困难群众户数 | 98户 | 98户 | 13 | 12 | |||||\n"
                + "成本指标 | 日常公用经费是否控制在预算范围内 | 是 | 是 | 12 | 12 | |||\n"
                + "总分 | 100 | 98 | ||||||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("产出指标(50分)", "数量指标", "走访慰问困难群众户数", "98户", "98户", "13", "12", ""),
                t.rowTexts(2).subList(1, 9), "under 三级指标, the merged levels above spanning down");
        assertSame(t.cellAt(1, 1), t.cellAt(2, 1));
        assertEquals(List.of("产出指标(50分)", "成本指标", "日常公用经费是否控制在预算范围内", "是", "是", "12", "12", ""),
                t.rowTexts(3).subList(1, 9));
        assertEquals(List.of("总分", "", "", "", "", "", "100", "98"), t.rowTexts(4).subList(0, 8),
                "the total's numbers under 权重 and 得分");
        assertEquals(Set.of(1, 2, 3, 4), t.guessedRows(), "the first row left out the title column 绩效指标");
        FlattenedText.assertProvenance(doc, t, text);
    }

    /**
     * A budget header that opens with the block's title (预算执行情况(10分)), merged down the form's edge: its rows read
     * one column left, a rate under 预算执行数. Moved, every rate sits under 预算执行率, the labels under 年度预算数, and
     * the title spans down over the rows; a row that prints no rate moves with its block.
     */
    @Test
    void budgetRowsUnderATitledHeaderMoveWhereTheirRatesProveIt() throws Exception {
        String text = "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
                + "总额 | 12.00 | 15.50 | 15.50 | 100.00% | 10 | 10 | 按计划支付 | |||\n"
                + "其中:财政资金 | 12.00 | 15.50 | 15.50 | 100.00% | / | / | ||||\n"
                + "其他资金 | / | / | ||||||||\n"
                + "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因分析 | ||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("总额", "12.00", "15.50", "15.50", "100.00%", "10", "10", "按计划支付"),
                t.rowTexts(1).subList(1, 9));
        assertEquals(List.of("其中:财政资金", "12.00", "15.50", "15.50", "100.00%"), t.rowTexts(2).subList(1, 6));
        assertEquals("其他资金", t.rowTexts(3).get(1));
        assertSame(t.cellAt(0, 0), t.cellAt(3, 0), "the title spans down over its rows");
        assertEquals(Set.of(1, 2, 3), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);

        // the same block whose header names the label column first: its rows are in place
        String inPlace = "年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | ||\n"
                + "总额 | 12.00 | 15.50 | 15.50 | 100.00% | 10 | 10 | ||\n";
        Table same = load(inPlace).tables().get(0);
        assertEquals(List.of("总额", "12.00", "15.50", "15.50", "100.00%"), same.rowTexts(1).subList(0, 5));
        assertEquals(Set.of(), same.guessedRows());
    }

    /** A total row printed short under an indicator header: its numbers go under 分值 and 得分, its grade after them. */
    @Test
    void aShortTotalRowPutsItsNumbersUnderThePointsColumns() throws Exception {
        String rows = "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 备注 |\n"
                + "产出指标 | 数量指标 | 巡护里程 | 50 | 48 | |\n"
                + "效益指标 | 社会效益指标 | 火灾发生率 | 50 | 47 | |\n";
        String text = rows + "总分 | 100 | 95 | 优 |\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("总分", "", "", "100", "95", "优"), t.rowTexts(3));
        assertEquals(Set.of(3), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);

        Table one = load(rows + "自评总分 | 95分 |\n").tables().get(0);
        assertEquals(List.of("自评总分", "", "", "", "95分", ""), one.rowTexts(3), "one number: the score");

        Table inPlace = load(rows + "合计 | | | 100 | 95 | |\n").tables().get(0);
        assertEquals(List.of("合计", "", "", "100", "95", ""), inPlace.rowTexts(3));
        assertEquals(Set.of(), inPlace.guessedRows(), "printed in place: nothing moved");

        String unscored = "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 备注 |\n"
                + "产出指标 | 数量指标 | 巡护里程 | 50 | | |\n"
                + "效益指标 | 社会效益指标 | 火灾发生率 | 50 | | |\n";
        Table weights = load(unscored + "合计 | 100 |\n").tables().get(0);
        assertEquals(List.of("合计", "", "", "100", "", ""), weights.rowTexts(3),
                "no row scored: one number is the weights' total, under 分值");

        Table text2 = load(rows + "总分 | 说明见附件 |\n").tables().get(0);
        assertEquals("说明见附件", text2.rowTexts(3).get(1), "no number: as printed");
    }

    @Test
    void rowsUnderATitleColumnAndMergedLevelsMoveRightAndAreGuessed() throws Exception {
        String text = "某某县项目支出绩效自评表 |\n"
                + "项目名称 | 某某县农田水利维修项目 | |||||\n"
                + "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 | ||\n"
                + "年度财政资金总额 | 300 | 240 | 0.8 | 16 | ||\n"
                + "年度绩效目标1 (80分) |\n"
                + "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
                + "产出指标 | 数量指标 | 维修渠道长度(公里) |\n"
                + "12 | 9 | 15.0 | |\n"
                + "质量指标 | 验收合格率(%) | 100 | 100 | 20 | ||\n"
                + "效益指标 | 社会效益指标 | 受益农户数(户) | 500 | 650 | 26.0 | |\n"
                + "总分 | 87.6 | |||||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("年度财政资金总额", "300", "240", "0.8", "16", "", ""), t.rowTexts(3),
                "the budget block, under a header of numbers only, is not moved");
        assertEquals(List.of("年度绩效目标1 (80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"),
                t.rowTexts(4));
        assertEquals(List.of("", "产出指标", "数量指标", "维修渠道长度(公里)", "12", "9", "15.0"), t.rowTexts(5),
                "the row omitted the title column: one to the right");
        assertEquals(List.of("", "产出指标", "质量指标", "验收合格率(%)", "100", "100", "20"), t.rowTexts(6),
                "it also omitted the merged 产出指标: two to the right");
        assertSame(t.cellAt(5, 1), t.cellAt(6, 1), "产出指标 spans down over the row that omitted it");
        assertEquals(2, t.cellAt(5, 1).rowSpan());
        assertEquals(List.of("", "效益指标", "社会效益指标", "受益农户数(户)", "500", "650", "26.0"), t.rowTexts(7));
        assertEquals(1, t.cellAt(7, 1).rowSpan());
        assertEquals(List.of("总分", "", "", "", "", "", "87.6"), t.rowTexts(8), "the total's number under 得分");
        assertEquals(Set.of(5, 6, 7, 8), t.guessedRows());
        assertEquals("650", t.cellAt(7, 5).text());
        assertEquals("650", doc.text().rawSnippet(t.cellAt(7, 5).at().start(), t.cellAt(7, 5).at().end()));
        FlattenedText.assertProvenance(doc, t, text);
    }

    /**
     * A criteria table numbered in a 序号 column: the rows under merged first- and second-level cells print their
     * number, then their own cells, and are padded at the end. The number stays under 序号; the rest moves right
     * past the merged cells, which span down; a row that fits as printed stays.
     */
    @Test
    void aNumberedRowKeepsItsNumberAndMovesTheRestPastTheMergedCells() throws Exception {
        String text = "2023年度部门整体支出绩效评价自评表\n"
                + "序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n指标分值 | 评分标准 | 自评得分 |\n"
                + "1 | 决策 (20分) | 目标设定 (8分) | 目标完整性 | 4 | 完整得4分 | 4 |\n"
                + "2 | 目标合理性 | 4 | 合理得4分 | 3.5 | ||\n"
                + "3 | 预算编制 (12分) | 编制科学性 | 12 | 科学得12分 | 11 | |\n"
                + "4 | 执行 (30分) | 资金管理 (30分) | 资金使用合规性 | 30 | 合规得30分 | 28 |\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("1", "决策(20分)", "目标设定(8分)", "目标完整性", "4", "完整得4分", "4"), t.rowTexts(1));
        assertEquals(List.of("2", "决策(20分)", "目标设定(8分)", "目标合理性", "4", "合理得4分", "3.5"), t.rowTexts(2),
                "two merged cells left out: the number stays, the rest moves two to the right");
        assertEquals(List.of("3", "决策(20分)", "预算编制(12分)", "编制科学性", "12", "科学得12分", "11"), t.rowTexts(3),
                "one merged cell left out");
        assertEquals(3, t.cellAt(1, 1).rowSpan(), "决策 spans down over the two rows that left it out");
        assertEquals(2, t.cellAt(1, 2).rowSpan());
        assertSame(t.cellAt(1, 1), t.cellAt(3, 1));
        assertEquals(List.of("4", "执行(30分)", "资金管理(30分)", "资金使用合规性", "30", "合规得30分", "28"), t.rowTexts(4),
                "a whole row stays as printed");
        assertEquals(Set.of(2, 3), t.guessedRows());
        assertEquals("3.5", doc.text().rawSnippet(t.cellAt(2, 6).at().start(), t.cellAt(2, 6).at().end()));
        FlattenedText.assertProvenance(doc, t, text);
    }

    /**
     * A header without a column of numbers (指标值, 全年实际完成值, a note): a row that prints only its indicator's
     * name and values, padded at the end, moves under 三级指标 when that is its only fit and a value follows the name;
     * a row of two names does not move.
     */
    @Test
    void aNameThenItsValuesMovesUnderTheLastLevelColumn() throws Exception {
        String text = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |\n"
                + "产出指标 | 数量指标 | 新建步道长度 | 800米 | 800米 | —— | ||\n"
                + "指标2:绿化补植面积 | >=2000平方米 | 2100平方米 | —— | ||||\n"
                + "指标3:步道维护 | 日常巡查 | |||||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "产出指标", "数量指标", "指标2:绿化补植面积", ">=2000平方米", "2100平方米", "——", ""),
                t.rowTexts(2), "the merged cells above span down over it");
        assertEquals(List.of("指标3:步道维护", "日常巡查", "", "", "", "", "", ""), t.rowTexts(3),
                "two names: nothing proves where they go");
        assertEquals(Set.of(1, 2), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);
    }

    /** A mirror's traditional characters: 總分 closes the table as 总分 does, and is no indicator's name. */
    @Test
    void aTraditionalTotalRowIsNoIndicatorRow() throws Exception {
        String text = "績效指標 | 一級指標 | 二級指標 | 三級指標 | 指標值 | 全年實際完成值 | 未完成原因和改進措施 | |\n"
                + "產出指標 | 數量指標 | 新建步道長度 | 800米 | 800米 | —— | ||\n"
                + "指標2:綠化補植面積 | >=2000平方米 | 2100平方米 | —— | ||||\n"
                + "總分 | 96分 | ||||||\n";
        Table t = load(text).tables().get(0);
        assertEquals("指标2:绿化补植面积", t.cellAt(2, 3).text(), "the traditional header is read: the row moves");
        assertEquals("总分", t.rowTexts(3).get(0), "the total is not moved under 三级指标 as a name");
    }

    /**
     * The same flattened table with TABs between its cells and no padding: rows that left out merged cells move
     * under their header the same way, and the short total row puts its score under 得分.
     */
    @Test
    void tabRowsThatLeftOutMergedCellsMoveToo() throws Exception {
        String text = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                + "产出指标\t数量指标\t培训农民人次\t500\t520\t20\t20\n"
                + "质量指标\t培训合格率\t≥90%\t95%\t20\t19\n"
                + "效益指标\t社会效益指标\t带动就业人数\t60\t48\t20\t16\n"
                + "总分\t55\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("产出指标", "质量指标", "培训合格率", "≥90%", "95%", "20", "19"), t.rowTexts(2),
                "the merged 产出指标 left out: one to the right, spanned down");
        assertSame(t.cellAt(1, 0), t.cellAt(2, 0));
        assertEquals("55", t.cellAt(4, 6).text(), "the total's score under 得分");
        assertEquals(Set.of(2, 4), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void textTargetsStillPlaceTheRowWhenOnlyTheScoreColumnFitsItsNumber() throws Exception {
        String text = "年度绩效目标 (100分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||\n"
                + "产出指标 | 数量指标 | 编制村庄规划 | 完成2套方案 | 完成2套方案 | 30 | |||\n"
                + "质量指标 | 方案评审 | 通过 | 通过 | 30 | ||||\n"
                + "效益指标 | 社会效益 指标 | 指导村庄建设 | 完成 | 完成 | 40 | |||\n"
                + "总分 | 100分 | |||||||\n";
        Table t = load(text).tables().get(0);
        assertEquals(List.of("", "产出指标", "数量指标", "编制村庄规划", "完成2套方案", "完成2套方案", "30"),
                t.rowTexts(1).subList(0, 7));
        assertEquals(List.of("", "产出指标", "质量指标", "方案评审", "通过", "通过", "30"), t.rowTexts(2).subList(0, 7),
                "one to the right would leave 得分 without its number; two puts 30 under it");
        assertEquals("效益指标", t.rowTexts(3).get(1));
        assertEquals(List.of("总分", "", "", "", "", "", "100分"), t.rowTexts(4).subList(0, 7), "under 得分");
        assertEquals(Set.of(1, 2, 3, 4), t.guessedRows());
    }

    @Test
    void rowsThatFitAsPrintedOrUnderTwoMovesStayAndAKnownNameDecides() throws Exception {
        String text = "一级指标 | 二级指标 | 三级指标 | 指标值 | 实际值 | 分值 | 得分 |\n"
                + "产出指标 | 数量指标 | 培训农户人数 | 100人 | 120人 | | |\n"
                + "培训类 | 培训场次 | 10 | 12 | 10 | | |\n"
                + "数量指标 | 培训天数 | 5 | 6 | 10 | | |\n"
                + "效益指标 | 社会效益指标 | 农户增收 | 明显 | 明显 | 20 | 18 |\n";
        Table t = load(text).tables().get(0);
        assertEquals(List.of("产出指标", "数量指标", "培训农户人数", "100人", "120人", "", ""), t.rowTexts(1),
                "an unscored row fits its columns as printed");
        assertEquals(List.of("培训类", "培训场次", "10", "12", "10", "", ""), t.rowTexts(2),
                "10 under 分值 (one move) or 10 under 得分 (two): nothing proves either");
        assertEquals(List.of("", "数量指标", "培训天数", "5", "6", "10", ""), t.rowTexts(3),
                "数量指标 is a 二级指标: only one move puts it under its column");
        assertEquals(Set.of(3), t.guessedRows());
    }

    @Test
    void serviceSatisfactionNamesNoLevelItIsOftenAThirdLevelRow() throws Exception {
        // 服务对象满意度 is a 二级指标 in some templates and a 三级指标 under 服务对象满意度指标 in many more
        String text = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 | ||\n"
                + "满意度指标（10分） | 服务对象满意度指标 | 群众投诉办结率 | ≥80% | 92% | 5 | 5 | ||||\n"
                + "服务对象满意度 | ≥90% | 85% | 5 | 4.5 | 宣传不到位 | ||||\n"
                + "总分 | 100 | 96.5 | ||||||\n";
        Table t = load(text).tables().get(0);
        assertEquals(List.of("服务对象满意度", "≥90%", "85%", "5", "4.5"), t.rowTexts(2).subList(2, 7),
                "under 三级指标, its values under theirs");
    }

    @Test
    void aTableWithoutAnIndicatorHeaderIsLeftAsPrinted() throws Exception {
        String text = "项目 | 预算数 | 执行数 | 执行率 |\n"
                + "某某专项 | 12.5 | 10 | 80% |\n"
                + "说明 | 100 | |\n";
        Table t = load(text).tables().get(0);
        assertEquals(List.of("说明", "100", "", ""), t.rowTexts(2));
        assertTrue(t.guessedRows().isEmpty());
    }

    @Test
    void withoutANumberColumnKnownLevelNamesProveTheMove() throws Exception {
        String text = "绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | \n"
                + "产 出 指 标 | 数量指标 | 修缮房屋面积 | 450㎡ | 400㎡ | 材料延期到货 | ||\n"
                + "质量指标 | 指标1:修缮工程质量 | 一次性通过验收 | 已通过 | —— | |||\n"
                + "指标2:施工安全事故数 | <=0起 | 0起 | —— | ||||\n"
                + "时效指标 | 指标1:完成修缮所需时间 | 3个月 | 3个月 | —— | |||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "产出指标", "数量指标", "修缮房屋面积", "450m2", "400m2", "材料延期到货"),
                t.rowTexts(1).subList(0, 7), "the row starts under the title column: 数量指标 goes under 二级指标");
        assertEquals(List.of("", "产出指标", "质量指标", "指标1:修缮工程质量", "一次性通过验收", "已通过", "——"),
                t.rowTexts(2).subList(0, 7), "质量指标 is a 二级指标: two to the right, under the merged 产出指标");
        assertEquals(List.of("", "产出指标", "质量指标", "指标2:施工安全事故数", "<=0起", "0起", "——"),
                t.rowTexts(3).subList(0, 7), "a name, then a value: its one fit puts the name under 三级指标");
        assertEquals(List.of("", "产出指标", "时效指标", "指标1:完成修缮所需时间", "3个月", "3个月", "——"),
                t.rowTexts(4).subList(0, 7), "产出指标 spans down over every row that left it out");
        assertEquals(Set.of(1, 2, 3, 4), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void aBoundIsAValueNeverAName() throws Exception {
        String text = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | ||\n"
                + "产出指标 | 数量指标 | 指标1:新建村级服务站数量 | ≥8 | 9 | 10 | 10 | ||\n"
                + "指标2:改造村内道路长度 | ≥150 | 162 | 10 | 10 | ||||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("产出指标", "数量指标", "指标2:改造村内道路长度", "≥150", "162", "10", "10"),
                t.rowTexts(2).subList(0, 7), "≥150 under 三级指标 would be a value in a name column: two to the right");
        assertSame(t.cellAt(1, 1), t.cellAt(2, 1), "数量指标 spans down");
        assertEquals(Set.of(2), t.guessedRows());
        FlattenedText.assertProvenance(doc, t, text);
    }

    /**
     * A department form's budget block whose header names the block (部门(单位)总体资金(万元)) and then its row-label
     * column (资金来源), while each row prints only its label: the rows move one column right, under 资金来源.
     */
    @Test
    void budgetRowsUnderATitleAndARowLabelColumnMoveRight() throws Exception {
        String text = "部门(单位)名称 | 某某镇人民政府 | ||||||||\n"
                + "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||\n"
                + "年度资金总额: | 860.40 | 842.10 | 10 | 9.8 | 执行率*该指标分值,最高不得超过分值上限。 | ||||\n"
                + "基本支出 | 700.20 | 690.00 | 10 | 10 | |||||\n"
                + "项目支出 | 160.20 | 152.10 | 10 | 9.5 | |||||\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("年度资金总额:", "860.40", "842.10", "10", "9.8", "执行率*该指标分值,最高不得超过分值上限。"),
                t.rowTexts(2).subList(1, 7));
        assertEquals(List.of("项目支出", "160.20", "152.10", "10", "9.5"), t.rowTexts(4).subList(1, 6));
        FlattenedText.assertProvenance(doc, t, text);
    }
}
