package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Budget-block headers of other provinces' templates, in a grid: 预算数（A）/执行数（B）/执行率（B/A）/得分（20*执行率）
 * with the weight only in the score's header; 计划安排资金/实际到位资金/实际支出/结余; 标准分 for the weight. Invented
 * names and numbers; every value is checked against the text its provenance points at.
 */
class TemplateHeadersTest {

    private static final SourceFile FILE = new SourceFile(Path.of("imagined.docx"), "cd".repeat(32), 100, Format.DOCX);

    /** A document with the form's caption. */
    private static DocumentBuilder form() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("部门整体支出绩效自评表（2023年度）", null, Mode.LINES);
        return b;
    }

    /** The form's first row: the unit's name and the score's label (the score itself is the caller's). */
    private static TableDraft nameRow() {
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 2, "单位名称");
        t.cell(0, 2, 1, 4, "某某县林业和草原局");
        t.cell(0, 6, 1, 1, "自评得分");
        return t;
    }

    private static Evaluation read(String[] header, String[] total, String weightHeader, String[] indicator) {
        return read(header, total, weightHeader, "三级指标", indicator);
    }

    private static Evaluation read(String[] header, String[] total, String weightHeader, String level3Header,
                                   String[] indicator) {
        DocumentBuilder b = form();
        TableDraft t = nameRow();
        t.cell(0, 7, 1, 2, "91.5");
        t.cell(1, 0, 2, 1, "年度预算执行情况（万元）");
        t.cell(1, 1, 1, 8 - header.length, "");
        for (int i = 0; i < header.length; i++) {
            t.cell(1, 9 - header.length + i, 1, 1, header[i]);
        }
        t.cell(2, 1, 1, 8 - header.length, "合计");
        for (int i = 0; i < total.length; i++) {
            t.cell(2, 9 - total.length + i, 1, 1, total[i]);
        }
        String[] ih = {"一级指标", "二级指标", level3Header, "年度指标值", "实际完成值", weightHeader, "得分", "偏差原因"};
        for (int c = 0; c < ih.length; c++) {
            t.cell(3, c, 1, 1, ih[c]);
        }
        for (int c = 0; c < indicator.length; c++) {
            t.cell(4, c, 1, 1, indicator[c]);
        }
        t.cell(5, 0, 1, 5, "总分");
        t.cell(5, 5, 1, 1, "100");
        t.cell(5, 6, 1, 1, "91.5");
        b.table(t);
        SourceDocument doc = b.build();
        List<Evaluation> all = FormEvaluations.extract(doc);
        assertEquals(1, all.size());
        Evaluation e = all.get(0);
        String text = doc.text().text();
        for (var a : new org.jixiao.extractors.model.Amount[] {e.budget().fullYear(), e.budget().executed()}) {
            assertEquals(a.value().toPlainString(), text.substring(a.at().start(), a.at().end()), "provenance");
        }
        Section s = e.sections().get(0);
        assertEquals(s.weight().toPlainString(), text.substring(s.at().start(), s.at().end()), "the weight quoted");
        return e;
    }

    @Test
    void aTotalLineRunIntoItsSourceLineIsNeverReplacedByTheSourceLineBelow() {
        // a PDF cell whose two lines the layout joined: 合计 / 其中：财政拨款, and two amounts in each value cell
        DocumentBuilder b = form();
        TableDraft t = nameRow();
        t.cell(0, 7, 1, 1, "91.5");
        t.cell(1, 0, 3, 1, "年度预算执行情况（万元）");
        t.cell(1, 1, 1, 3, "");
        String[] header = {"预算数（A）", "执行数（B）", "执行率（B/A）", "得分（10*执行率）"};
        String[][] lines = {{"合计其中：财政拨款", "512.30 400.00", "470.10 380.20", "91.76% 95.05%", "9.2"},
            {"其他资金", "112.30", "89.90", "80.05%", ""}};
        for (int i = 0; i < header.length; i++) {
            t.cell(1, 4 + i, 1, 1, header[i]);
        }
        for (int r = 0; r < lines.length; r++) {
            t.cell(2 + r, 1, 1, 3, lines[r][0]);
            for (int i = 1; i < lines[r].length; i++) {
                t.cell(2 + r, 3 + i, 1, 1, lines[r][i]);
            }
        }
        t.cell(4, 0, 1, 6, "总分");
        t.cell(4, 6, 1, 2, "91.5");
        b.table(t);
        Evaluation e = FormEvaluations.extract(b.build()).get(0);
        // the total line is found and its amounts are unreadable: no budget rather than 其他资金's as the total
        assertNull(e.budget() == null ? null : e.budget().fullYear());
        assertNull(e.budget() == null ? null : e.budget().executed());
    }

    @Test
    void lettersNameTheColumnsAndTheScoreHeaderStatesTheWeight() {
        Evaluation e = read(new String[] {"预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20*执行率）"},
                new String[] {"1234.56", "1172.83", "95%", "19"}, "分值",
                new String[] {"产出指标", "数量指标", "造林面积", "≥500亩", "520亩", "80", "72.5", ""});
        assertEquals(new BigDecimal("1234.56"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("1172.83"), e.budget().executed().value());
        assertNull(e.budget().initial(), "no 年初 column");
        assertEquals(new BigDecimal("95"), e.budget().rate().value(), "the rate column, not the score's header");
        Section budget = e.sections().get(0);
        assertEquals("预算执行率", budget.name());
        assertEquals(new BigDecimal("20"), budget.weight(), "the weight from 得分（20*执行率）");
        assertEquals(new BigDecimal("19"), budget.score());
    }

    @Test
    void plannedArrivedSpentAndLeftReadAsBudgetAndExecution() {
        Evaluation e = read(new String[] {"计划安排资金（万元）", "实际到位资金", "实际支出", "结余", "分值", "执行率", "得分"},
                new String[] {"300.00", "300.00", "276.40", "23.60", "10", "92.13%", "9.2"}, "标准分",
                new String[] {"产出指标", "质量指标", "苗木成活率", "≥90%", "93%", "80", "80", ""});
        assertEquals(new BigDecimal("300.00"), e.budget().fullYear().value());
        assertEquals(new BigDecimal("276.40"), e.budget().executed().value(), "实际支出, not 实际到位资金 or 结余");
        assertEquals(new BigDecimal("10"), e.sections().get(0).weight());
        assertEquals(new BigDecimal("80"), e.indicators().get(0).weight(), "标准分 is the indicator's weight");
        assertEquals(new BigDecimal("80"), e.indicators().get(0).score());
    }

    @Test
    void aThirdLevelHeaded指标名称IsTheSameColumn() {
        Evaluation e = read(new String[] {"预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20*执行率）"},
                new String[] {"1234.56", "1172.83", "95%", "19"}, "分值", "指标名称",
                new String[] {"产出指标", "数量指标", "造林面积", "≥500亩", "520亩", "80", "72.5", ""});
        assertEquals(1, e.indicators().size());
        assertEquals("造林面积", e.indicators().get(0).level3());
        assertEquals(new BigDecimal("72.5"), e.indicators().get(0).score());
    }

    @Test
    void aScoreHeaderWithoutAWeightStatesNone() {
        Evaluation e = read(new String[] {"预算数（A）", "执行数（B）", "执行率", "得分", "分值"},
                new String[] {"88.00", "80.00", "90.91%", "9.1", "10"}, "分值",
                new String[] {"产出指标", "数量指标", "巡护里程", "1200公里", "1250公里", "80", "80", ""});
        assertEquals(new BigDecimal("10"), e.sections().get(0).weight(), "the 分值 column");
        assertEquals(new BigDecimal("9.1"), e.sections().get(0).score());
    }

    /** Other wordings of a form's header block: 预算单位 for the name, 综合评分 or 自评总分 for the score, 等级 alone. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"预算单位,综合评分,等级", "单位名称,自评总分,自评结果", "部门名称,评价分数,评价等级"})
    void otherWordingsOfTheHeaderBlock(String nameLabel, String scoreLabel, String gradeLabel) {
        DocumentBuilder b = form();
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, nameLabel);
        t.cell(0, 1, 1, 1, "某某县林业和草原局");
        t.cell(0, 2, 1, 1, scoreLabel);
        t.cell(0, 3, 1, 1, "88.5");
        t.cell(1, 0, 1, 1, gradeLabel);
        t.cell(1, 1, 1, 3, "良");
        t.cell(2, 0, 1, 1, "年度预算执行情况");
        t.cell(2, 1, 1, 1, "预算数");
        t.cell(2, 2, 1, 1, "执行数");
        t.cell(2, 3, 1, 1, "执行率");
        t.cell(3, 0, 1, 1, "合计");
        t.cell(3, 1, 1, 1, "120.00");
        t.cell(3, 2, 1, 1, "108.00");
        t.cell(3, 3, 1, 1, "90%");
        b.table(t);
        Evaluation e = FormEvaluations.extract(b.build()).get(0);
        assertEquals(0, new BigDecimal("88.5").compareTo(e.score()), scoreLabel);
        assertEquals("良", e.grade(), gradeLabel);
        assertEquals(0, new BigDecimal("108.00").compareTo(e.budget().executed().value()));
    }
}
