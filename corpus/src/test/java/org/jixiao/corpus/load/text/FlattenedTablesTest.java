package org.jixiao.corpus.load.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that web pages flattened into text: pipe rows with padding and wraps, one cell per line. Invented text. */
class FlattenedTablesTest {

    @TempDir
    Path tmp;

    private SourceDocument load(String text) throws Exception {
        return FlattenedText.load(tmp, text);
    }

    private static List<String> paragraphs(SourceDocument doc) {
        return doc.blocks().stream().filter(b -> !(b instanceof Table)).map(Block::text).toList();
    }

    /** A 序号 table printed one cell a line; the first row leaves its 备注 empty. */
    private static final String NUMBERED_ROWS = "某某镇2023年度专项债券项目资金绩效评价情况表\n\n序号\n\n主管部门\n\n项目名称\n\n"
            + "发行金额(亿元)\n\n评价得分\n\n评价结果\n\n备注\n\n"
            + "1\n\n某某镇人民政府\n\n某某镇污水管网工程\n\n0.35\n\n88\n\n项目单位自评\n\n"
            + "2\n\n某某镇人民政府\n\n某某镇道路提升工程\n\n0.12\n\n91\n\n优\n\n财政部门评价\n";

    // ---- pipe rows --------------------------------------------------------------------------------------

    @Test
    void terminatedPipeRowsWithPaddingAndWrappedRowsRebuildTheGrid() throws Exception {
        String text = "某某县项目支出绩效自评表\n"
                + "项目名称 | 某某县乡村道路养护项目 | ||||\n"
                + "主管部门 | 某某县交通运输局 | 实施单位 | 某某县公路站 | ||\n"
                + "预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
                + "|\n"
                + "年度资金总额 | 123.45 | 120.00 | 97.21% | 19.44 | |\n"
                + "成本指标\n"
                + "| 道路养护成本 | 123.45万元 | 120万元 | 10 | |\n"
                + "产出指标 | 数量指标 | 养护道路里程 |\n"
                + "56公里 | 58公里 | 10 |\n"
                + "总分 | 95.5 | ||||\n"
                + "以上为本项目自评情况，特此说明。\n";
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(7, t.rowCount());
        assertEquals(6, t.colCount());
        assertEquals(List.of("项目名称", "某某县乡村道路养护项目", "", "", "", ""), t.rowTexts(0));
        assertEquals(List.of("预算执行情况(万元)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分", ""), t.rowTexts(2),
                "a lone '|' line ends the row above");
        assertEquals(List.of("年度资金总额", "123.45", "120.00", "97.21%", "19.44", ""), t.rowTexts(3));
        assertEquals(List.of("成本指标", "道路养护成本", "123.45万元", "120万元", "10", ""), t.rowTexts(4),
                "a label line continued by a line starting with a pipe");
        assertEquals(List.of("产出指标", "数量指标", "养护道路里程", "56公里", "58公里", "10"), t.rowTexts(5),
                "two lines that together have the table's width are one row");
        assertEquals("95.5", t.cellAt(6, 1).text());
        assertEquals(List.of("某某县项目支出绩效自评表", "以上为本项目自评情况，特此说明。"), paragraphs(doc),
                "no table line is joined into a paragraph");
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void aPageWithABlankLineAfterEveryLineKeepsItsPipeRowsInOneTable() throws Exception {
        // each row its own paragraph on the page: a blank line after every line, a label line's row included
        String text = "某某县项目支出绩效自评表\n\n"
                + "项目名称 | 某某县乡村道路养护项目 | ||||\n\n"
                + "预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n\n"
                + "年度资金总额 | 123.45 | 120.00 | 97.21% | 19.44 | |\n\n"
                + "成本指标\n\n"
                + "| 道路养护成本 | 123.45万元 | 120万元 | 10 | |\n\n"
                + "总分 | 95.5 | ||||\n\n"
                + "以上为本项目自评情况，特此说明。\n";
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(5, t.rowCount());
        assertEquals(List.of("年度资金总额", "123.45", "120.00", "97.21%", "19.44", ""), t.rowTexts(2));
        assertEquals(List.of("成本指标", "道路养护成本", "123.45万元", "120万元", "10", ""), t.rowTexts(3),
                "a label line, a blank line, then its row's cells");
        assertEquals("95.5", t.cellAt(4, 1).text());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void aBlankLineStillEndsATableWhoseRowsStoodTogether() throws Exception {
        String text = "指标 | 目标值 | 完成值 |\n"
                + "数量指标 | 10个 | 12个 |\n"
                + "\n"
                + "序号 | 项目名称 |\n"
                + "1 | 某某项目 |\n";
        SourceDocument doc = load(text);
        assertEquals(2, doc.tables().size(), "a single-spaced table ends at a blank line");
        assertEquals(2, doc.tables().get(0).rowCount());
    }

    @Test
    void aRowWithFewerCellsIsLeftAlignedWithoutInventedCells() throws Exception {
        String text = "指标 | 目标值 | 完成值 | 得分 |\n"
                + "数量指标 | 10个 | 12个 | 5 |\n"
                + "说明 | 见附件 |\n"
                + "质量指标 | 100% | 98% | 4.5 |\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(4, t.colCount());
        assertEquals("见附件", t.cellAt(2, 1).text());
        assertNull(t.cellAt(2, 2), "nothing is placed where the text printed nothing");
        assertEquals(List.of("质量指标", "100%", "98%", "4.5"), t.rowTexts(3), "2 + 4 cells are not joined into one row");
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void raggedPipeTailsKeepARowALineAndEveryCellInItsColumn() throws Exception {
        // a page whose rows end in a ragged run of pipes: the most common count (14) is a chance sum of two
        // short lines (7 + 7, 6 + 8), which must not be joined into one row
        String text = "项目名称 | 某某县道路养护项目 | 自评得分 | 88.6 | ||||||||||\n"
                + "年度 | 2023年度 | 评价等级 | 良 | ||||||||||\n"
                + "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
                + "年度资金总额 | 234.56 | 234.56 | 200.10 | 10 | 85.31% | 8.5 |\n"
                + "其中：财政拨款 | 200.00 | 200.00 | 170.10 |  | 85.05% | ||||||||\n"
                + "其他资金 | 34.56 | 34.56 | 30.00 |  | 86.81% |\n"
                + "年度总体目标 | 预期目标 | 实际完成情况 | |||||\n"
                + "总分 | 100 | 88.6 | 良 | |||||||||||\n";
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(8, t.rowCount(), "a row a line");
        assertEquals(List.of("项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                t.rowTexts(2).subList(0, 7));
        assertEquals(List.of("年度资金总额", "234.56", "234.56", "200.10", "10", "85.31%", "8.5"),
                t.rowTexts(3).subList(0, 7), "the header is not joined into the row under it");
        assertEquals(List.of("其中:财政拨款", "200.00", "200.00", "170.10", "", "85.05%"),
                t.rowTexts(4).subList(0, 6), "an empty cell inside the row keeps its column");
        assertEquals(List.of("其他资金", "34.56", "34.56", "30.00", "", "86.81%"), t.rowTexts(5).subList(0, 6));
        assertEquals("年度总体目标", t.cellAt(6, 0).text(), "a sub-row is not joined with the next row");
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void proseWithAPipeIsNotATable() throws Exception {
        SourceDocument doc = load("本项目资金来源为县级财政资金|上级补助资金，全部用于道路养护工作，按时完成了全年目标任务。\n");
        assertTrue(doc.tables().isEmpty());
    }

    // ---- one cell per line ------------------------------------------------------------------------------

    /** Cells as a web page flattens them: one a line, a blank line between. */
    private static String oneALine(String... cells) {
        return String.join("\n\n", cells) + "\n";
    }

    @Test
    void numberedRowsOneCellPerLineFollowTheirSequenceNumbers() throws Exception {
        String text = NUMBERED_ROWS;
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(7, t.colCount());
        assertEquals(List.of("序号", "主管部门", "项目名称", "发行金额(亿元)", "评价得分", "评价结果", "备注"), t.rowTexts(0));
        assertEquals(List.of("1", "某某镇人民政府", "某某镇污水管网工程", "0.35", "88", "项目单位自评", ""), t.rowTexts(1),
                "a short row is left-aligned");
        assertEquals(List.of("2", "某某镇人民政府", "某某镇道路提升工程", "0.12", "91", "优", "财政部门评价"), t.rowTexts(2));
        assertEquals(List.of("某某镇2023年度专项债券项目资金绩效评价情况表"), paragraphs(doc));
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void aColumnHeaded主管单位IsTheSameColumn() throws Exception {
        SourceDocument doc = load(NUMBERED_ROWS.replace("主管部门", "主管单位"));
        assertEquals(1, doc.tables().size());
        assertEquals(List.of("2", "某某镇人民政府", "某某镇道路提升工程", "0.12", "91", "优", "财政部门评价"),
                doc.tables().get(0).rowTexts(2));
    }

    @Test
    void sequenceNumbersInFullWidthDigitsNumberTheRowsToo() throws Exception {
        StringBuilder fullWidth = new StringBuilder();
        NUMBERED_ROWS.chars().forEach(c -> fullWidth.append(c >= '0' && c <= '9' || c == '.' ? (char) (c - 0x21 + 0xFF01)
                : (char) c)); // １, ０．３５
        Table ascii = load(NUMBERED_ROWS).tables().get(0);
        Table t = load(fullWidth.toString()).tables().get(0);
        assertEquals(3, t.rowCount());
        for (int r = 0; r < 3; r++) {
            assertEquals(ascii.rowTexts(r), t.rowTexts(r), "row " + r);
        }
    }

    /**
     * A budget block's header printed without 数 (年初预算) and a special-funds one (计划安排资金 … 结余): every column
     * is a header, so the total line's label sits left of the header and each value under its column.
     */
    @Test
    void aScoreColumnHeadedSelfScoreLinesUpToo() throws Exception {
        String text = oneALine("年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评分",
                "年度资金总额", "512.40", "1210.75", "1210.75", "10", "100%", "10",
                "年度总体目标", "完成全年工作任务，保障机构正常运转。");
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评分"), t.rowTexts(0));
        assertEquals(List.of("年度资金总额", "512.40", "1210.75", "1210.75", "10", "100%", "10"), t.rowTexts(1));
    }

    @Test
    void budgetHeadersWithoutTheirShortWordsStillLineUp() throws Exception {
        String text = oneALine("项目资金（万元）", "年初预算", "调整后预算数", "预算执行数", "权重", "执行率", "得分",
                "资金总额", "120.50", "118.40", "106.56", "20", "90.0%", "18",
                "年度总体目标", "完成水库加固三座，保障下游群众安全。",
                "项目资金（万元）", "计划安排资金", "实际到位资金", "实际支出", "结余",
                "合计资金", "64.20", "64.20", "60.08", "4.12",
                "以上为本项目资金使用情况，特此说明。");
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "年初预算", "调整后预算数", "预算执行数", "权重", "执行率", "得分"), t.rowTexts(0));
        assertEquals(List.of("资金总额", "120.50", "118.40", "106.56", "20", "90.0%", "18"), t.rowTexts(1));
        FlattenedText.assertProvenance(doc, t, text);
        Table funds = doc.tables().get(1);
        assertEquals(List.of("", "计划安排资金", "实际到位资金", "实际支出", "结余"), funds.rowTexts(0));
        assertEquals(List.of("合计资金", "64.20", "64.20", "60.08", "4.12"), funds.rowTexts(1));
    }

    /**
     * A budget block's funding-source lines leave their points columns (标准分, 得分) empty: their amounts fill the
     * amount columns and the rate goes under 执行率, so the sources can be summed against the total.
     */
    @Test
    void fundingSourceLinesKeepTheirAmountsAndRateUnderTheirColumns() throws Exception {
        String text = oneALine("项目资金（万元）", "年初预算", "调整后预算数", "预算执行数", "标准分", "执行率", "得分",
                "年度资金总额", "55.10", "66.50", "61.40", "10", "92.3%", "9.2",
                "其中：财政拨款", "30.50", "37.10", "35.20", "94.9%",
                "其他资金", "24.60", "29.40", "26.20", "89.1%",
                "年度总体目标", "完成整治任务，改善人居环境。");
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("其中:财政拨款", "30.50", "37.10", "35.20", "", "94.9%", ""), t.rowTexts(2));
        assertEquals(List.of("其他资金", "24.60", "29.40", "26.20", "", "89.1%", ""), t.rowTexts(3));
        FlattenedText.assertProvenance(doc, t, text);
    }

    /** A points column that names the rate its points come from (得分（20*执行率）) is not a second rate column. */
    @Test
    void aPointsColumnNamedAfterTheRateIsNoRateColumn() throws Exception {
        String text = oneALine("项目资金（万元）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20*执行率）",
                "合计", "84.20", "80.10", "95.13%", "19",
                "其中：财政拨款", "60.00", "58.30", "97.17%",
                "其他资金", "24.20", "21.80", "90.08%",
                "年度总体目标", "完成整治任务，改善人居环境。");
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("其中:财政拨款", "60.00", "58.30", "97.17%", ""), t.rowTexts(2));
        assertEquals(List.of("其他资金", "24.20", "21.80", "90.08%", ""), t.rowTexts(3));
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void rowsOfAFixedWidthAreFoundByColumnsThatHoldOnlyNumbers() throws Exception {
        String text = "项目名称\n\n债券性质\n\n自评分数\n\n自评等级\n\n"
                + "某某县第一中学扩建工程\n\n社会事业专项债券\n\n93.5\n\n"
                + "某某县人民医院门诊楼\n\n其他项目收益专项债券\n\n88\n\n"
                + "某某县老旧小区改造工程\n\n棚改专项债券\n\n90\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("某某县人民医院门诊楼", "其他项目收益专项债券", "88", ""), t.rowTexts(2),
                "rows of 3 under 4 headers, left-aligned");
        assertEquals("90", t.cellAt(3, 2).text());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void indicatorRowsOmitTheirMergedCellsAndSpanDown() throws Exception {
        String text = "绩效评价指标体系\n\n一级指标\n\n二级指标\n\n三级指标\n\n得分\n\n"
                + "投入(20分)\n\n预算执行(10分)\n\n预算执行率(5分)\n\n4.50\n\n"
                + "资金使用合规性(5分)\n\n5.00\n\n"
                + "产出(40分)\n\n数量(20分)\n\n完成数量(20分)\n\n18.00\n\n"
                + "本单位将根据评价结果进一步加强预算管理，提高资金使用效益。\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(4, t.colCount());
        assertEquals(2, t.cellAt(1, 0).rowSpan(), "投入 covers the row that omitted it");
        assertEquals(2, t.cellAt(1, 1).rowSpan());
        assertEquals(List.of("投入(20分)", "预算执行(10分)", "资金使用合规性(5分)", "5.00"), t.rowTexts(2));
        assertEquals(1, t.cellAt(3, 0).rowSpan());
        assertEquals(List.of("产出(40分)", "数量(20分)", "完成数量(20分)", "18.00"), t.rowTexts(3));
        assertTrue(paragraphs(doc).get(paragraphs(doc).size() - 1).startsWith("本单位将根据评价结果"));
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void anEmptyNoteCellPrintsNothingAndTheNextRowIsNotTakenForIt() throws Exception {
        // the note column is mostly empty: a row then ends at its 得分, and the next row's first cell (a known
        // 二级指标 name, or a 三级指标) must start that row, not fill this one's note
        String text = "绩效指标\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成值\n\n分值\n\n得分\n\n"
                + "偏差原因分析及改进措施\n\n"
                + "产出指标\n\n数量指标\n\n修缮校舍面积\n\n1200平方米\n\n1200平方米\n\n20\n\n20\n\n"
                + "质量指标\n\n验收合格率\n\n100%\n\n100%\n\n15\n\n15\n\n"
                + "完工及时率\n\n≥95%\n\n80%\n\n15\n\n12.6\n\n雨季延误工期\n\n"
                + "安全事故次数\n\n0次\n\n0次\n\n10\n\n10\n\n"
                + "总分\n\n100\n\n95.2\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(6, t.rowCount());
        assertEquals(8, t.colCount());
        assertEquals(List.of("产出指标", "数量指标", "修缮校舍面积", "1200平方米", "1200平方米", "20", "20", ""),
                t.rowTexts(1));
        assertEquals(List.of("产出指标", "质量指标", "验收合格率", "100%", "100%", "15", "15", ""), t.rowTexts(2),
                "质量指标 starts a row (under 一级指标 产出指标, merged), it is not the row above's note");
        assertEquals(List.of("产出指标", "质量指标", "完工及时率", "≥95%", "80%", "15", "12.6", "雨季延误工期"),
                t.rowTexts(3));
        assertEquals(List.of("产出指标", "质量指标", "安全事故次数", "0次", "0次", "10", "10", ""), t.rowTexts(4),
                "a row after a note starts at its 三级指标");
        assertEquals(4, t.cellAt(1, 0).rowSpan(), "产出指标 spans the rows that omitted it");
        assertEquals(List.of("总分", "", "", "", "", "100", "95.2", ""), t.rowTexts(5),
                "the total row closes the table, its full marks under 分值 and its score under 得分");
        assertTrue(paragraphs(doc).stream().noneMatch(p -> p.contains("总分")));
        FlattenedText.assertProvenance(doc, t, text);
    }


    @Test
    void aTotalRowWithItsScoreAloneOrWithAGradeKeepsEachUnderItsColumn() throws Exception {
        String rows = "绩效指标\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成值\n\n分值\n\n得分\n\n"
                + "偏差原因分析及改进措施\n\n"
                + "产出指标\n\n数量指标\n\n培训班次\n\n12期\n\n12期\n\n50\n\n50\n\n"
                + "效益指标\n\n社会效益指标\n\n参训人员技能是否提升\n\n是\n\n基本达到\n\n50\n\n41.5\n\n";
        Table alone = load(rows + "总分\n\n91.5分\n\n偏差原因分析及改进措施\n\n个别班次参训率偏低，下年度调整培训时间。\n")
                .tables().get(0);
        assertEquals(List.of("总分", "", "", "", "", "", "91.5分", ""), alone.rowTexts(3), "one number is the score");
        Table graded = load(rows + "总分\n\n100\n\n91.5\n\n优\n").tables().get(0);
        assertEquals(List.of("总分", "", "", "", "", "100", "91.5", "优"), graded.rowTexts(3));
        Table worded = load(rows + "总分\n\n见评分说明\n").tables().get(0);
        assertEquals(3, worded.rowCount(), "no number after the label: the row is not placed");
    }

    @Test
    void aNameUsedAtEitherLevelStartsARowAndIsNeverTheNoteAbove() throws Exception {
        // 成本指标 is a 二级指标 in one template and a 一级指标 in another, and so is 满意度指标: which column they
        // belong under, the name alone does not say, but no template writes them as a deviation note
        String text = "绩效指标\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n实际完成值\n\n标准分\n\n自评得分\n\n"
                + "偏差原因分析及改进措施\n\n"
                + "产出指标\n\n数量指标\n\n培训班次\n\n12期\n\n12期\n\n30\n\n30\n\n"
                + "成本指标\n\n人均培训成本是否超标\n\n否\n\n否\n\n20\n\n20\n\n"
                + "效益指标\n\n社会效益指标\n\n参训人员技能是否提升\n\n是\n\n是\n\n30\n\n27\n\n"
                + "满意度指标\n\n服务对象满意度指标\n\n参训人员满意率\n\n≥90%\n\n93%\n\n20\n\n20\n\n"
                + "总分\n\n100\n\n97\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(6, t.rowCount());
        assertEquals(List.of("产出指标", "数量指标", "培训班次", "12期", "12期", "30", "30", ""), t.rowTexts(1),
                "成本指标 is not this row's note");
        assertEquals(List.of("产出指标", "成本指标", "人均培训成本是否超标", "否", "否", "20", "20", ""),
                t.rowTexts(2));
        assertEquals(List.of("效益指标", "社会效益指标", "参训人员技能是否提升", "是", "是", "30", "27", ""),
                t.rowTexts(3), "满意度指标 is not this row's note");
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "参训人员满意率", "≥90%", "93%", "20", "20", ""),
                t.rowTexts(4));
        FlattenedText.assertProvenance(doc, t, text);
    }
    @Test
    void shortLinesThatFitNoRowsStayParagraphs() throws Exception {
        // header words, then lines with no column of numbers: nothing proves where rows start
        String text = "项目名称\n主管部门\n实施单位\n某某县道路养护项目\n某某县交通运输局\n某某县公路站\n"
                + "某某县桥梁维修项目\n某某县交通运输局\n某某县公路站\n";
        SourceDocument doc = load(text);
        assertTrue(doc.tables().isEmpty());
        assertEquals(9, paragraphs(doc).size());
    }

    // ---- space columns ----------------------------------------------------------------------------------

    @Test
    void columnsSeparatedByTwoOrMoreSpacesAreATable() throws Exception {
        String text = "预算执行情况\n"
                + "    项目      预算数    执行数    执行率\n"
                + "    年度资金总额  256.80  250.10  97.39%\n"
                + "    其中：财政拨款  200.00  195.00  97.50%\n"
                + "以上数据来源于财务系统。\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(List.of("项目", "预算数", "执行数", "执行率"), t.rowTexts(0));
        assertEquals(List.of("年度资金总额", "256.80", "250.10", "97.39%"), t.rowTexts(1));
        assertEquals("其中:财政拨款", t.cellAt(2, 0).text());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void numberedHeadingsWithADoubleSpaceAreNotColumns() throws Exception {
        SourceDocument doc = load("一、  基本情况\n（一）  项目概况\n本项目于2023年实施。\n");
        assertTrue(doc.tables().isEmpty());
    }

    @Test
    void aRowOfCellsThatIsNoTableIsNotJoinedWithTheNextLine() throws Exception {
        String row = "本项目资金全部用于某某县乡村道路的日常养护和维修工作，按计划完成了全年的养护任务。 | "
                + "养护资金的拨付严格执行国库集中支付制度，未发现截留挪用等违规使用资金的情况。 |";
        String next = "同时对照年初设定的绩效目标逐项进行了核实并形成了本单位项目支出绩效自评的结论意见和下一步改进的工作措施";
        SourceDocument doc = load(row + "\n" + next + "\n");
        assertTrue(doc.tables().isEmpty(), "two sentences between pipes are prose");
        assertEquals(2, paragraphs(doc).size(), "the pipe line is not a wrapped phrase of the next");
    }

    @Test
    void aRowLabelTheHeaderDoesNotNameShiftsTheHeaderOneColumn() throws Exception {
        String text = "年度预算执行\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n执行率\n\n"
                + "年度资金总额\n\n321.50\n\n400.25\n\n388.00\n\n96.94%\n\n"
                + "其中：财政拨款\n\n300.00\n\n380.00\n\n370.00\n\n97.37%\n\n"
                + "按收入性质分：400.25万元，其中一般公共预算380.00万元。\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(5, t.colCount());
        assertEquals(List.of("", "年初预算数", "全年预算数", "全年执行数", "执行率"), t.rowTexts(0));
        assertEquals(List.of("年度资金总额", "321.50", "400.25", "388.00", "96.94%"), t.rowTexts(1));
        assertEquals("其中:财政拨款", t.cellAt(2, 0).text());
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void letterSpacedLabelsAreNotColumns() throws Exception {
        SourceDocument doc = load("标      题  某某县2023年度绩效自评报告\n索  引  号  123456/2024-00001\n");
        assertTrue(doc.tables().isEmpty());
    }

    @Test
    void headerWordsAreRecognizedInTraditionalCharacters() throws Exception {
        String text = "序號\n項目名稱\n評價得分\n評價結果\n1\n某某縣供水工程\n92\n優\n2\n某某縣排水工程\n85\n良\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("序号", "项目名称", "评价得分", "评价结果"), t.rowTexts(0), "normalized to simplified");
        assertEquals(List.of("2", "某某县排水工程", "85", "良"), t.rowTexts(2));
        assertEquals("某某縣排水工程", doc.text().rawSnippet(t.cellAt(2, 1).at().start(), t.cellAt(2, 1).at().end()),
                "the raw span keeps the characters as printed");
    }

    @Test
    void aSingleRowOfNumbersUnderNumberColumnsIsATable() throws Exception {
        String text = "财政供养人员情况(人\n\n编制数\n\n2023 年实际在职人数\n\n控制率\n\n12\n\n15\n\n125.00%\n\n"
                + "经费控制情况(万元\n\n";
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(2, t.rowCount());
        assertEquals(List.of("编制数", "2023年实际在职人数", "控制率"), t.rowTexts(0));
        assertEquals(List.of("12", "15", "125.00%"), t.rowTexts(1));
        assertTrue(paragraphs(doc).contains("经费控制情况(万元"), "the line after the row stays text");
        FlattenedText.assertProvenance(doc, t, text);
    }

    @Test
    void labelledRowsMayLeaveAllTheirCellsEmpty() throws Exception {
        String text = "2022年决算数\n\n2023年预算数\n\n2023年决算数\n\n"
                + "项目支出:\n\n11.10\n\n22.20\n\n33.30\n\n"
                + "1、业务工作经费\n\n\n\n2、运行维护经费\n\n……\n\n"
                + "公用经费\n\n4.40\n\n5.50\n\n6.60\n\n"
                + "政府采购金额\n\n楼堂馆所控制情况\n\n"
                + "说明：本表为示例，数字均为虚构。\n";
        SourceDocument doc = load(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "2022年决算数", "2023年预算数", "2023年决算数"), t.rowTexts(0));
        assertEquals(List.of("项目支出:", "11.10", "22.20", "33.30"), t.rowTexts(1));
        assertEquals("1、业务工作经费", t.cellAt(2, 0).text());
        assertEquals(List.of("公用经费", "4.40", "5.50", "6.60"), t.rowTexts(5));
        assertEquals(6, t.rowCount(), "label-only rows after the last full row are not the table's");
        assertTrue(paragraphs(doc).contains("政府采购金额"));
        FlattenedText.assertProvenance(doc, t, text);
    }

    /**
     * A Word form flattened one cell a line, blank lines between: header cells wrapped over two lines (年初 / 预算数,
     * 年度 / 指标值), a 二级 name wrapped before its last word (经济效益 / 指标), the template's empty rows (指标2, ……) and
     * a note that is a sentence.
     */
    @Test
    void aWordFormsWrappedHeadersEmptyTemplateRowsAndSentenceNotesStillLineUp() throws Exception {
        String text = "项目资金\n\n(万元)\n\n年初\n\n预算数\n\n全年\n\n预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n"
                + "年度资金总额\n\n52.6\n\n52.6\n\n47.34\n\n10\n\n90%\n\n9\n\n"
                + "年度总体目标\n\n预期目标\n\n实际完成情况\n\n"
                + "一级指标\n\n二级指标\n\n三级指标\n\n年度\n\n指标值\n\n实际\n\n完成值\n\n分值\n\n得分\n\n偏差原因分析及改进措施\n\n"
                + "产出指标\n\n数量指标\n\n指标1改造面积\n\n800\n\n760\n\n10\n\n9\n\n部分楼层未完工,下年度继续推进。\n\n"
                + "指标2\n\n……\n\n"
                + "质量指标\n\n指标1验收合格率\n\n100\n\n100\n\n10\n\n10\n\n"
                + "指标2\n\n……\n\n"
                + "效益指标\n\n经济效益\n\n指标\n\n指标1节能率\n\n20\n\n21\n\n10\n\n10\n\n"
                + "指标2\n\n……\n\n";
        SourceDocument doc = load(text);
        Table budget = doc.tables().get(0);
        assertEquals(List.of("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), budget.rowTexts(0));
        assertEquals(List.of("年度资金总额", "52.6", "52.6", "47.34", "10", "90%", "9"), budget.rowTexts(1));
        Table t = doc.tables().get(1);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                t.rowTexts(0));
        assertEquals(List.of("产出指标", "数量指标", "指标1改造面积", "800", "760", "10", "9", "部分楼层未完工,下年度继续推进。"),
                t.rowTexts(1));
        assertEquals(List.of("产出指标", "数量指标", "指标2", "", "", "", "", ""), t.rowTexts(2), "an empty template row");
        assertEquals(List.of("产出指标", "质量指标", "指标1验收合格率", "100", "100", "10", "10", ""), t.rowTexts(4),
                "the dots are a row of their own, not the note above");
        assertEquals(List.of("效益指标", "经济效益指标", "指标1节能率", "20", "21", "10", "10", ""), t.rowTexts(7),
                "the wrapped name is one cell");
        for (Table x : doc.tables()) {
            for (org.jixiao.corpus.model.Cell c : x.cells()) {
                assertEquals(c.text(), doc.text().text().substring(c.at().start(), c.at().end()));
            }
        }
    }

    @Test
    void cellsSeparatedBySingleSpacesUnderAHeaderOfColumnWordsAreATable() throws Exception {
        String text = "项目预算执行情况(10分)\n"
                + "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
                + "年度资金总额 60 54 10 90% 9 执行率*该指标分值,最高不得超过分值上限。\n"
                + "其中:财政拨款 60 54 - - -\n"
                + "      其他资金     - - -\n"
                + "一级指标说明如下。\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("", "年初预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "得分计算方法"), t.rowTexts(0));
        assertEquals(List.of("年度资金总额", "60", "54", "10", "90%", "9", "执行率*该指标分值,最高不得超过分值上限。"),
                t.rowTexts(1));
        assertEquals(List.of("其中:财政拨款", "60", "54", "", "", "", ""), t.rowTexts(2), "a dash is an empty cell");
        assertEquals(4, t.rowCount());
        FlattenedText.assertProvenance(doc, t, text);

        // a first row short of a value: which one is missing the spaces do not say, so no table
        SourceDocument shorter = load("  年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
                + "年度资金总额: 880 880 880 10 10\n");
        assertTrue(shorter.tables().isEmpty());
        SourceDocument prose = load("预算数 执行数 分值 都按规定填写\n年度资金总额 60 54 10\n");
        assertTrue(prose.tables().isEmpty(), "a line with a word that names no column is no header");
    }

    @Test
    void amountsPrintedWithTheirMoneyUnitFillNumberColumns() throws Exception {
        String text = "部门整体支出绩效自评表\n\n年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n"
                + "年度资金总额\n\n653.2万元\n\n653.2万元\n\n522.56万元\n\n10\n\n80%\n\n8\n\n按收入性质分:\n";
        SourceDocument doc = load(text);
        Table t = doc.tables().get(0);
        assertEquals(List.of("年度资金总额", "653.2万元", "653.2万元", "522.56万元", "10", "80%", "8"), t.rowTexts(1));
        assertTrue(LineCells.number("1,200.5元") && LineCells.number("3亿元") && !LineCells.number("12个"));
    }
}
