package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;

/** Figures of forms printed without their grid, in invented text: names, units, and spans that quote the text. */
class FlatFormFiguresTest {

    private static final SourceFile FILE = new SourceFile(Path.of("cells.txt"), "ab".repeat(32), 100, Format.TXT);

    private static List<Figure> figures(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        SourceDocument doc = b.build();
        List<Figure> all = FigureExtractor.extract(doc);
        for (Figure f : all) {
            assertEquals(f.at().text(), doc.text().snippet(f.at().start(), f.at().end()), "provenance quotes the text");
        }
        return all;
    }

    private static Figure named(List<Figure> all, String label) {
        return all.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + all.stream().map(Figure::label).toList()));
    }

    @Test
    void runTogetherBudgetLineBecomesNamedFigures() {
        List<Figure> all = figures("""
                项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分
                年度资金总额88.5088.5079.651090.0%9
                上年结转资金   -0.0%-
                """);
        Figure executed = named(all, "年度资金总额 / 全年执行数");
        assertEquals(new BigDecimal("79.65"), executed.value());
        assertEquals("万元", executed.unit());
        assertEquals("79.65", executed.at().text());
        assertEquals(Figure.Kind.RATE, named(all, "年度资金总额 / 执行率").kind());
        assertEquals(Figure.Kind.SCORE, named(all, "年度资金总额 / 得分").kind());
        assertTrue(all.stream().noneMatch(f -> f.at().text().contains("88.5088")), "no figure of run-together digits");
    }

    @Test
    void entriesUnderTheBudgetLineTakeItsUnit() {
        List<Figure> all = figures("""
                年度预算申请
                (万元
                年初预算数
                全年预算数
                全年执行数
                年度资金总额
                300.00
                320.50
                310.25
                按支出性质分:310.25
                其中:基本支出:200.25
                项目支出:110.00
                """);
        Figure basic = named(all, "基本支出");
        assertEquals(new BigDecimal("200.25"), basic.value());
        assertEquals("万元", basic.unit());
        assertEquals("200.25", basic.at().text());
        assertEquals(new BigDecimal("110.00"), named(all, "项目支出").value());
    }

    @Test
    void oneCellPerLineLabelsNameTheNumberAfterThem() {
        List<Figure> all = figures("""
                计划投资额
                (万元)
                240
                实际使用情况(万元)
                212.5
                一级指标
                分值
                三级指标
                分值
                得分
                项目决策
                20
                到位率
                5
                4.5
                """);
        assertEquals(new BigDecimal("240"), named(all, "计划投资额").value());
        assertEquals("万元", named(all, "实际使用情况").unit());
        assertEquals(new BigDecimal("20"), named(all, "项目决策 / 分值").value());
        assertEquals(new BigDecimal("5"), named(all, "到位率 / 分值").value());
        Figure score = named(all, "到位率 / 得分");
        assertEquals(new BigDecimal("4.5"), score.value());
        assertEquals("4.5", score.at().text());
    }

    /** An excerpt cut mid-row: the cells the loader could not place in the rebuilt table are read under its header. */
    @Test
    void rowCutShortAfterARebuiltIndicatorTable(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String text = String.join("\n\n", "二、绩效评价指标评分", "一级指标", "分值", "二级指标", "分值", "三级指标",
                "分值", "得分", "项目决策", "20", "项目目标", "6", "目标内容", "6", "5", "决策过程", "14", "决策依据",
                "6", "6", "决策程序", "8", "7", "项目绩效", "80", "项目产出", "45", "产出数量", "45", "40",
                "项目效益", "35", "经济") + "\n";
        Path p = tmp.resolve("cut.txt");
        java.nio.file.Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
        SourceDocument doc = new org.jixiao.corpus.load.text.TextLoader().load(SourceFile.of(p));
        assertTrue(doc.blocks().stream().anyMatch(x -> x instanceof org.jixiao.corpus.model.Table),
                "the loader rebuilds the table: " + doc.blocks());
        List<Figure> all = FigureExtractor.extract(doc);
        Figure cut = named(all, "项目效益 / 分值");
        assertEquals(new BigDecimal("35"), cut.value());
        assertEquals("35", cut.at().text());
        assertEquals("35", doc.text().snippet(cut.at().start(), cut.at().end()), "provenance quotes the text");
        assertTrue(all.stream().noneMatch(f -> f.label().startsWith("项目效益 / 得分")), "经济 is no score");
    }

    @Test
    void indicatorLinesEndWithWeightAndScore() {
        List<Figure> all = figures("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标绿化养护完成率100%95%1513
                质量指标苗木成活率≥90%92%1212
                时效指标完成及时性及时较及时65进度滞后
                指标4:巡查次数 120次 118次 2 1.8
                总分:86
                """);
        Figure first = named(all, "产出指标数量指标绿化养护完成率 / 分值");
        assertEquals(new BigDecimal("15"), first.value());
        assertEquals(new BigDecimal("13"), named(all, "产出指标数量指标绿化养护完成率 / 得分").value());
        assertEquals(new BigDecimal("12"), named(all, "质量指标苗木成活率 / 得分").value());
        assertEquals(new BigDecimal("5"), named(all, "时效指标完成及时性及时较及时 / 得分").value());
        Figure spaced = named(all, "巡查次数 / 得分");
        assertEquals(new BigDecimal("1.8"), spaced.value());
        assertEquals("1.8", spaced.at().text());
    }

    /**
     * A form on one line, its cells apart by single spaces: the score 8 before the next row's 单项… is no count
     * of 8 单; the rows' targets are named by row and column.
     */
    @Test
    void aScoreBeforeTheNextRowIsNoCount() {
        List<Figure> all = figures("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
                + "产出指标(50分) 数量指标 评审项目数量 ≥60个 60 10 10 成本指标 项目总成本 ≤75万元 74.5 8 8 "
                + "单项评审成本 符合标准 达到预期 10 10 总分 100 98");
        assertTrue(all.stream().noneMatch(f -> f.at().text().startsWith("8单")), "no 8单: " + all);
        assertEquals("≥60个", named(all, "评审项目数量 / 年度指标值").at().text());
        assertEquals("≤75万元", named(all, "项目总成本 / 年度指标值").at().text());
    }

    /**
     * An indicator table whose cells ran together: the prose reading of {@code 验收合格率15100%98%14} would join the
     * weight 15 and the target 100% into a rate of 15100%. The row reader splits the cells; no figure may quote
     * digits of two cells: the target is its own figure, named by its row and column, as the other cells are.
     */
    @Test
    void noFigureJoinsTwoRunTogetherCells() {
        List<Figure> all = figures("""
                绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(60分)数量指标修缮校舍面积20≥300平方米≥320平方米20质量指标工程验收合格率15100%98%14成本指标项目总投资1536万元35万元15效益指标(30分)社会效益指标受益学生人数30≥800人≥850人30总分10099
                """);
        assertTrue(all.stream().noneMatch(f -> f.at().text().contains("15100")), "no rate of 15100%: " + all);
        assertTrue(all.stream().noneMatch(f -> f.at().text().contains("1536")), "no amount of 1536万元: " + all);
        assertTrue(all.stream().anyMatch(f -> f.at().text().equals("98%")), "the actual 98% stays: " + all);
        assertTrue(all.stream().anyMatch(f -> f.at().text().equals("35万元")), "the actual 35万元 stays: " + all);
        assertTrue(all.stream().anyMatch(f -> f.at().text().contains("320平方米")), "a separated cell stays: " + all);
        assertEquals("≥300平方米", named(all, "修缮校舍面积 / 年度指标值").at().text(), "named by row and column");
        assertEquals("≥320平方米", named(all, "修缮校舍面积 / 实际完成值").at().text());
        assertEquals("98%", named(all, "工程验收合格率 / 实际完成值").at().text());
        Figure target = named(all, "工程验收合格率 / 年度指标值");
        assertEquals(new BigDecimal("100"), target.value(), "the target out of 15100%");
        assertEquals("100%", target.at().text());
        assertEquals("60分", named(all, "产出指标 / 分值").at().text(),
                "a section's weight named by its section, not the header run before it");
        Figure cost = named(all, "项目总投资 / 年度指标值");
        assertEquals(new BigDecimal("36"), cost.value(), "the target out of 1536万元");
        assertEquals(new BigDecimal("360000"), cost.yuan());
    }

    /**
     * A spreadsheet dumped to text: every indicator row on one line, each opening with its number; a wrapped label
     * printed before the next row's label, with both rows' values after it; digits inside a label.
     */
    @Test
    void numberedRowsOnOneLineAreReadOneByOne() {
        // as the text loader gives it: no space between a word and a number, spaces between numbers kept
        String line = "三级指标指标1:宣传材料分值得分指标2:巡查次数120次118次2 1.8指标3:3日内回访户数450户441户3 2.7"
                + "指标4:养护台账归档数指标5:道路保洁覆盖率9条9条2 2 96.00% 93.50% 4 3.6质量指标指标1:合格率";
        List<Figure> all = figures(line + "\n");
        Figure score = named(all, "巡查次数 / 得分");
        assertEquals(new BigDecimal("1.8"), score.value());
        assertEquals(line.indexOf("2 1.8") + 2, score.at().start(), "the score's offset in the text");
        assertEquals("1.8", score.at().text());
        assertEquals(new BigDecimal("118"), named(all, "巡查次数 / 实际完成值").value());
        assertEquals("118次", named(all, "巡查次数 / 实际完成值").at().text());
        assertEquals(new BigDecimal("2.7"), named(all, "3日内回访户数 / 得分").value());
        assertEquals(new BigDecimal("450"), named(all, "3日内回访户数 / 年度指标值").value());
        // the wrapped row's values are not guessed; the last group is the row whose label it follows
        Figure last = named(all, "道路保洁覆盖率 / 得分");
        assertEquals(new BigDecimal("3.6"), last.value());
        assertEquals("93.50%", named(all, "道路保洁覆盖率 / 实际完成值").at().text());
        assertTrue(all.stream().noneMatch(f -> f.label().contains("养护台账归档数 /")));
        assertTrue(all.stream().noneMatch(f -> f.label().startsWith("宣传材料 /")), "header words give no row");
    }

    /** A department's criteria table: second-level weights and the criteria's deductions become named figures. */
    @Test
    void criteriaTableWeightsAndDeductionsAreNamed() {
        List<Figure> all = figures("部门(单位)名称某某县文化馆\n部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准得分"
                + "过程30预算执行12预算完成率6100%计满分,每低于5%扣1.5分。6结转结余率6结转结余率=0,计6分。5\n");
        Figure weight = named(all, "预算执行 / 二级指标分值");
        assertEquals(new BigDecimal("12"), weight.value());
        assertEquals("预算执行12", weight.at().text());
        Figure deduction = named(all, "预算完成率 / 每低于5%扣");
        assertEquals(new BigDecimal("1.5"), deduction.value());
        assertEquals("分", deduction.unit());
        assertEquals("1.5", deduction.at().text());
    }

    /** Templates that head the weight column 权重 or 标准分 instead of 分值 read the same. */
    @Test
    void aWeightColumnHeadedOtherwiseReadsTheSame() {
        for (String w : List.of("权重", "标准分")) {
            List<Figure> rows = figures("绩效指标一级指标二级指标三级指标年度指标值实际完成值" + w
                    + "得分偏差原因分析及改进措施产出指标数量指标绿化养护完成率100%95%1513\n质量指标苗木成活率≥90%92%1212\n总分:86\n");
            assertEquals(new BigDecimal("12"), named(rows, "质量指标苗木成活率 / 得分").value(), w);
            List<Figure> criteria = figures("部门(单位)名称某某县文化馆\n部门整体支出绩效评价指标表一级指标" + w + "二级指标" + w
                    + "三级指标" + w + "评价标准得分过程30预算执行12预算完成率5100%计满分,每低于5%扣1分。5结转结余率7结转结余率=0,计7分。6\n");
            assertEquals(new BigDecimal("12"), named(criteria, "预算执行 / 二级指标分值").value(), w);
        }
    }

    /** A template that heads its third level 指标名称 instead of 三级指标 reads the same, run together or not. */
    @Test
    void aThirdLevelHeaded指标名称ReadsTheSame() {
        List<Figure> rows = figures("绩效指标一级指标二级指标指标名称年度指标值实际完成值分值"
                + "得分偏差原因分析及改进措施产出指标数量指标绿化养护完成率100%95%1513\n质量指标苗木成活率≥90%92%1212\n总分:86\n");
        assertEquals(new BigDecimal("12"), named(rows, "质量指标苗木成活率 / 得分").value());
        List<Figure> criteria = figures("部门(单位)名称某某县文化馆\n部门整体支出绩效评价指标表一级指标分值二级指标分值指标名称分值"
                + "评价标准得分过程30预算执行12预算完成率5100%计满分,每低于5%扣1分。5结转结余率7结转结余率=0,计7分。6\n");
        assertEquals(new BigDecimal("12"), named(criteria, "预算执行 / 二级指标分值").value());
    }
}
