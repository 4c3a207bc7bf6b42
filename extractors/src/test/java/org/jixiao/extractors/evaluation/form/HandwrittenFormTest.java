package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Imagined forms in layouts none of the samples uses — other column orders, units in the column headers,
 * a 总分 row with only the score, two forms stacked in one table — so the rules are seen to follow the
 * header wording, not positions. No name here appears in any sample.
 */
class HandwrittenFormTest {

    private static final SourceFile FILE = new SourceFile(Path.of("imagined.docx"), "ab".repeat(32), 100, Format.DOCX);

    /** A project form whose budget columns are in 元 (said in each header) and in another order. */
    private static void projectForm(TableDraft t, int top, String name) {
        t.cell(top, 0, 1, 2, "项目名称");
        t.cell(top, 2, 1, 6, name);
        t.cell(top + 1, 0, 1, 2, "实施单位名称");
        t.cell(top + 1, 2, 1, 3, "平川县水利服务中心");
        t.cell(top + 1, 5, 1, 2, "自评等级");
        t.cell(top + 1, 7, 1, 1, "良");
        t.cell(top + 2, 0, 2, 1, "资金情况");
        t.cell(top + 2, 1, 1, 1, "");
        t.cell(top + 2, 2, 1, 1, "执行率");
        t.cell(top + 2, 3, 1, 1, "年初预算数（元）");
        t.cell(top + 2, 4, 1, 1, "实际支出（元）");
        t.cell(top + 2, 5, 1, 1, "调整后预算数（元）");
        t.cell(top + 2, 6, 1, 1, "权重");
        t.cell(top + 2, 7, 1, 1, "得分");
        t.cell(top + 3, 1, 1, 1, "合计");
        t.cell(top + 3, 2, 1, 1, "96.5%");
        t.cell(top + 3, 3, 1, 1, "1,250,000.00");
        t.cell(top + 3, 4, 1, 1, "1,206,250.00");
        t.cell(top + 3, 5, 1, 1, "1,250,000.00");
        t.cell(top + 3, 6, 1, 1, "10");
        t.cell(top + 3, 7, 1, 1, "9.65");
        int h = top + 4;
        String[] header = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析"};
        for (int c = 0; c < header.length; c++) {
            t.cell(h, c, 1, 1, header[c]);
        }
        t.cell(h + 1, 0, 2, 1, "产出指标（60分）");
        t.cell(h + 1, 1, 2, 1, "数量指标");
        row(t, h + 1, "新建灌溉渠道长度", "≥12公里", "12.5公里", "30", "30", "");
        row(t, h + 2, "维修泵站数量", "8座", "6座", "30", "22.5", "两座泵站待下年施工");
        t.cell(h + 3, 0, 1, 1, "满意度指标（30分）");
        t.cell(h + 3, 1, 1, 1, "服务对象满意度");
        row(t, h + 3, "受益农户满意度", "≥90%", "93%", "30", "30", "");
        t.cell(h + 4, 0, 1, 6, "总分");
        t.cell(h + 4, 6, 1, 1, "92.15");
        t.cell(h + 4, 7, 1, 1, "");
    }

    private static void row(TableDraft t, int r, String level3, String target, String actual, String weight,
                            String score, String note) {
        t.cell(r, 2, 1, 1, level3);
        t.cell(r, 3, 1, 1, target);
        t.cell(r, 4, 1, 1, actual);
        t.cell(r, 5, 1, 1, weight);
        t.cell(r, 6, 1, 1, score);
        t.cell(r, 7, 1, 1, note);
    }

    @Test
    void columnsAreFoundByTheirWordingInAnyOrder() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("项目支出绩效自评表", null, Mode.LINES);
        TableDraft t = new TableDraft();
        projectForm(t, 0, "高标准农田灌溉配套工程");
        b.table(t);
        SourceDocument doc = b.build();

        List<Evaluation> all = FormEvaluations.extract(doc);
        assertEquals(1, all.size());
        Evaluation e = all.get(0);
        assertEquals(Scope.PROJECT, e.scope());
        assertEquals("高标准农田灌溉配套工程", e.name(), "the 项目名称, not the 实施单位名称");
        // the unit is each column header's own (元); grouping commas are read, the printed scale kept
        assertEquals(new BigDecimal("1250000.00"), e.budget().initial().value());
        assertEquals("元", e.budget().initial().unit());
        assertEquals(0, new BigDecimal("1250000").compareTo(e.budget().initial().yuan()));
        assertEquals(new BigDecimal("1206250.00"), e.budget().executed().value());
        assertEquals(new BigDecimal("1250000.00"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("96.5"), e.budget().rate().value());
        assertEquals("良", e.grade());
        // a 总分 row with a single number under 得分 states the score, not the maximum
        assertEquals(new BigDecimal("92.15"), e.score());
        assertNull(e.maxScore());

        assertEquals(List.of("预算执行率", "产出指标", "满意度指标"), e.sections().stream().map(s -> s.name()).toList());
        assertEquals(new BigDecimal("10"), e.sections().get(0).weight());
        assertEquals(new BigDecimal("9.65"), e.sections().get(0).score());
        assertEquals(new BigDecimal("60"), e.sections().get(1).weight());
        assertNull(e.sections().get(1).score(), "the form states no section score, none is computed");

        assertEquals(3, e.indicators().size());
        Indicator pumps = e.indicators().get(1);
        assertEquals("产出指标", pumps.level1());
        assertEquals("数量指标", pumps.level2());
        assertEquals("8座", pumps.target());
        assertEquals("座", pumps.unit());
        assertEquals(new BigDecimal("22.5"), pumps.score());
        assertEquals("两座泵站待下年施工", pumps.note());
        assertEquals("公里", e.indicators().get(0).unit());
        Indicator satisfaction = e.indicators().get(2);
        assertEquals("满意度指标", satisfaction.level1());
        assertEquals("服务对象满意度", satisfaction.level2());
        String text = doc.text().text();
        e.indicators().forEach(i -> assertEquals(i.level3(), text.substring(i.at().start(), i.at().end())));
    }

    @Test
    void aTotalRowShiftedAgainstItsHeaderGivesNoBudget() {
        // a grid rebuilt from flat text where the budget header was joined onto the 年度 row: its value
        // columns start at column 5 while the total row's figures start at column 1
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("项目支出绩效自评表", null, Mode.LINES);
        TableDraft t = new TableDraft();
        String[] top = {"项目名称", "东坡村道路硬化工程", "自评得分", "86.5"};
        String[] joined = {"年度", "2023年度", "评价等级", "良", "项目资金（万元）", "年初预算数", "全年预算数",
            "全年执行数", "分值", "执行率", "得分"};
        String[] total = {"年度资金总额", "234.56", "250.00", "200.10", "10", "80.04%", "8.0"};
        String[][] rows = {top, joined, total};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        b.table(t);
        for (Evaluation e : FormEvaluations.extract(b.build())) {
            assertNull(e.budget().initial(), "80.04% is not the initial budget");
            assertNull(e.budget().fullYear(), "the score 8.0 is not the full-year budget");
            assertNull(e.budget().executed());
            assertNull(e.budget().rate());
        }
    }

    @Test
    void twoFormsStackedInOneTableAreTwoEvaluations() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        projectForm(t, 0, "农村饮水安全巩固提升");
        projectForm(t, 9, "山洪灾害防治非工程措施");
        b.table(t);
        List<Evaluation> all = FormEvaluations.extract(b.build());
        assertEquals(List.of("农村饮水安全巩固提升", "山洪灾害防治非工程措施"), all.stream().map(Evaluation::name).toList());
        assertTrue(all.stream().allMatch(e -> e.indicators().size() == 3));
    }

    /** A spreadsheet form whose labels wrap into the next row, the unit on the label's second line. */
    @Test
    void headerLabelsWrappedIntoTheNextRowAreJoined() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "单位名称");
        t.cell(0, 1, 1, 5, "东湖县农业农村局");
        String[] top = {"资金情况", "年初", "全年", "全年", "分值", "得分"};
        String[] second = {"(千元)", "预算数", "预算数", "执行数", "", ""};
        for (int c = 0; c < top.length; c++) {
            t.cell(1, c, 1, 1, top[c]);
            t.cell(2, c, 1, 1, second[c]);
        }
        String[] total = {"资金总额", "830", "860.5", "842", "10", "9.8"};
        for (int c = 0; c < total.length; c++) {
            t.cell(3, c, 1, 1, total[c]);
        }
        String[] header = {"一级指标", "二级指标", "三级指标", "年度", "实际", "分值"};
        String[] header2 = {"", "", "", "指标值", "完成值", ""};
        String[] data = {"产出指标", "数量指标", "培训农民人次", "1200人次", "1260人次", "20"};
        for (int c = 0; c < header.length; c++) {
            t.cell(4, c, 1, 1, header[c]);
            t.cell(5, c, 1, 1, header2[c]);
            t.cell(6, c, 1, 1, data[c]);
        }
        b.table(t);
        Evaluation e = FormEvaluations.extract(b.build()).get(0);
        assertEquals(Scope.DEPARTMENT, e.scope());
        assertEquals("东湖县农业农村局", e.name());
        assertEquals(new BigDecimal("830"), e.budget().initial().value());
        assertEquals("千元", e.budget().initial().unit(), "the unit on the label's second line");
        assertEquals(0, new BigDecimal("830000").compareTo(e.budget().initial().yuan()));
        assertEquals(new BigDecimal("860.5"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("842"), e.budget().executed().value());
        assertEquals(1, e.indicators().size());
        assertEquals("1200人次", e.indicators().get(0).target());
        assertEquals("1260人次", e.indicators().get(0).actual());
        assertEquals(new BigDecimal("20"), e.indicators().get(0).weight());
        assertNull(e.indicators().get(0).score(), "the form has no 得分 column");
    }

    /** A Word form broken over a page: the second table has no header and ends with the 总分 row. */
    @Test
    void aFormContinuedInTheNextTableIsOneEvaluation() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft first = new TableDraft();
        first.cell(0, 0, 1, 1, "项目名称");
        first.cell(0, 1, 1, 5, "村级公益事业一事一议奖补");
        String[] header = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"};
        for (int c = 0; c < header.length; c++) {
            first.cell(1, c, 1, 1, header[c]);
        }
        String[] row1 = {"产出指标(50分)", "数量指标", "奖补村数", "12个", "12个", "50", "50"};
        for (int c = 0; c < row1.length; c++) {
            first.cell(2, c, 1, 1, row1[c]);
        }
        b.table(first);
        TableDraft second = new TableDraft();
        String[] row2 = {"效益指标(50分)", "社会效益指标", "受益群众人数", "≥3000人", "3150人", "50", "48"};
        for (int c = 0; c < row2.length; c++) {
            second.cell(0, c, 1, 1, row2[c]);
        }
        second.cell(1, 0, 1, 5, "总分");
        second.cell(1, 5, 1, 1, "100");
        second.cell(1, 6, 1, 1, "98");
        b.table(second);
        List<Evaluation> all = FormEvaluations.extract(b.build());
        assertEquals(1, all.size());
        Evaluation e = all.get(0);
        assertEquals(List.of("奖补村数", "受益群众人数"), e.indicators().stream().map(Indicator::level3).toList());
        assertEquals(1, e.indicators().get(1).at().table(), "the row's provenance is in the second table");
        assertEquals(new BigDecimal("98"), e.score());
        assertEquals(new BigDecimal("100"), e.maxScore());
        assertEquals(List.of("产出指标", "效益指标"), e.sections().stream().map(s -> s.name()).toList());
    }

    /** A first-level label wrapped into the next row leaves its weight there: {@code 产出指标} / {@code (60分)}. */
    @Test
    void aWeightWrappedIntoTheNextRowBelongsToTheLabelAbove() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "项目名称");
        t.cell(0, 1, 1, 5, "乡村道路养护");
        String[] header = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"};
        String[][] rows = {
            {"产出指标", "数量指标", "养护里程", "80公里", "82公里", "30", "30"},
            {"(60分)", "", "修复路面面积", "5000平方米", "4800平方米", "30", "28.8"}};
        for (int c = 0; c < header.length; c++) {
            t.cell(1, c, 1, 1, header[c]);
            t.cell(2, c, 1, 1, rows[0][c]);
            t.cell(3, c, 1, 1, rows[1][c]);
        }
        b.table(t);
        Evaluation e = FormEvaluations.extract(b.build()).get(0);
        assertEquals(1, e.sections().size());
        assertEquals("产出指标", e.sections().get(0).name());
        assertEquals(new BigDecimal("60"), e.sections().get(0).weight());
        assertEquals("产出指标", e.indicators().get(1).level1());
        assertEquals("数量指标", e.indicators().get(1).level2());
    }

    /** A form that sums up its sections itself: the stated section scores are read, no others invented. */
    @Test
    void aSectionSummaryGivesTheStatedSectionScores() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "项目名称");
        t.cell(0, 1, 1, 6, "河道保洁");
        String[] header = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"};
        String[][] rows = {
            {"产出指标", "数量指标", "保洁河道长度", "25公里", "25公里", "40", "40"},
            {"效益指标", "生态效益指标", "水质达标率", "≥90%", "86%", "40", "35"}};
        for (int c = 0; c < header.length; c++) {
            t.cell(1, c, 1, 1, header[c]);
            t.cell(2, c, 1, 1, rows[0][c]);
            t.cell(3, c, 1, 1, rows[1][c]);
        }
        t.cell(4, 0, 1, 5, "一级指标");
        t.cell(4, 5, 1, 1, "分值");
        t.cell(4, 6, 1, 1, "得分");
        t.cell(5, 0, 1, 5, "产出指标");
        t.cell(5, 5, 1, 1, "40");
        t.cell(5, 6, 1, 1, "40");
        t.cell(6, 0, 1, 5, "效益指标");
        t.cell(6, 5, 1, 1, "40");
        t.cell(6, 6, 1, 1, "35");
        t.cell(7, 0, 1, 5, "满意度指标");
        t.cell(7, 5, 1, 1, "20");
        t.cell(7, 6, 1, 1, "19");
        b.table(t);
        Evaluation e = FormEvaluations.extract(b.build()).get(0);
        assertEquals(2, e.indicators().size(), "summary rows are no indicators");
        assertEquals(List.of("产出指标 40 40", "效益指标 40 35", "满意度指标 20 19"),
                e.sections().stream().map(s -> s.name() + " " + s.weight() + " " + s.score()).toList());
    }

    @Test
    void tablesThatAreNoFormGiveNoEvaluation() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft().caption("单位：万元");
        t.cell(0, 0, 1, 1, "项目");
        t.cell(0, 1, 1, 1, "年初预算数");
        t.cell(0, 2, 1, 1, "决算数");
        t.cell(1, 0, 1, 1, "合计");
        t.cell(1, 1, 1, 1, "120.5");
        t.cell(1, 2, 1, 1, "118.2");
        b.table(t);
        // a list of projects: 项目名称 heads a column, it names no form
        TableDraft list = new TableDraft();
        String[][] rows = {{"项目名称", "年初预算数", "全年执行数"}, {"农村公路养护", "80", "79.5"},
            {"小型水库维修", "40", "40"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                list.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        b.table(list);
        assertEquals(List.of(), FormEvaluations.extract(b.build()));
    }
}
