package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit a form declares in its header block ({@code 单位:万元} among its labels) holds for its budget table a few
 * lines below, past the form's goals and the block's own label lines. Invented text.
 */
class FormHeaderUnitTest {

    @TempDir
    Path tmp;

    @Test
    void aUnitDeclaredInTheFormsHeaderBlockHoldsForItsBudgetTable() throws Exception {
        String text = "区级部门预算项目支出绩效自评表\n"
                + "主管部门(盖章):单位:万元项目名称商品和服务支出主管部门某区文化和旅游局\n"
                + "项目实施单位某区文化馆项目负责人某某\n"
                + "年度总体目标年初设定目标年度总体目标完成情况综述\n"
                + "文化馆免费开放,用于全年免费开放,保障群众文化工作开展。\n"
                + "项目预算\n执行情况\n(10分)\n"
                + "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
                + "年度资金总额 60 54 10 90% 9 执行率*该指标分值,最高不得超过分值上限。\n";
        Path f = tmp.resolve("form.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        SourceDocument doc = ((ReadResult.Loaded) new DocumentReader().read(f)).document();
        List<Figure> fs = FigureExtractor.extract(doc);
        Figure initial = fs.stream().filter(x -> x.label().endsWith("年初预算数(A)")).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals(0, new BigDecimal("60").compareTo(initial.value()));
        assertEquals("万元", initial.unit());
    }

    private List<Figure> figures(String text) throws Exception {
        Path f = tmp.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return FigureExtractor.extract(((ReadResult.Loaded) new DocumentReader().read(f)).document());
    }

    @Test
    void aFormsDeclaredMoneyUnitHoldsForBareAmountsAfterBudgetWords() throws Exception {
        String head = "一、基本情况 项目名称: 高龄老人津贴 实施(主管)单位 某县民政局机关 金额单位: 万元\n";
        String lines = "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
                + "预算数 8.64 到位数 8.64 执行数 7.2 83.33\n"
                + "受益老人 12 人次\n";
        List<Figure> fs = figures(head + lines);
        Figure budget = fs.stream().filter(x -> "预算数".equals(x.label())).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals("万元", budget.unit());
        assertEquals(0, new BigDecimal("86400").compareTo(budget.yuan()));
        assertEquals(true, fs.stream().noneMatch(x -> "万元".equals(x.unit()) && x.value().compareTo(new BigDecimal("83.33")) == 0),
                "the rate after the amounts is no amount");
        List<Figure> undeclared = figures(lines);
        assertEquals(true, undeclared.stream().noneMatch(x -> "万元".equals(x.unit())), undeclared.toString());
    }

    /** A weight column headed 标准分 holds points, not the money of the table's (万元). */
    @Test
    void aWeightColumnHeaded标准分IsNoMoney() throws Exception {
        List<Figure> fs = figures("单位:万元\n"
                + "项目名称 | 农村公路养护项目 | | | | | |\n"
                + "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 标准分 | 得分 |\n"
                + "产出指标 | 数量指标 | 养护里程 | 100公里 | 100公里 | 12 | 11 |\n");
        Figure weight = fs.stream().filter(x -> x.label().endsWith("标准分")).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals(0, new BigDecimal("12").compareTo(weight.value()));
        assertEquals(null, weight.unit(), fs.toString());
        assertEquals(Figure.Kind.SCORE, weight.kind());
    }

    /** A rate column whose header carries a formula (执行率(B/A)) takes no money unit from the block's (万元). */
    @Test
    void aBareNumberUnderARateWithItsFormulaIsTheRateAsPrinted() throws Exception {
        List<Figure> fs = figures("项目名称 | 农村公路养护项目 | | | |\n"
                + "预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
                + "年度财政资金总额 | 650 | 94 | 0.1 | 2.9 |\n");
        Figure rate = fs.stream().filter(x -> x.label().endsWith("执行率(B/A)")).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals(Figure.Kind.RATE, rate.kind(), fs.toString());
        assertEquals(null, rate.unit());
        assertEquals(null, rate.yuan());
        assertEquals(0, new BigDecimal("0.1").compareTo(rate.value()));
    }

    /** A row's own unit in a 计量单位 column comes before the money unit the table states for its amounts. */
    @Test
    void aRowsUnitColumnComesBeforeTheTablesMoneyUnit() throws Exception {
        List<Figure> fs = figures("单位:万元\n"
                + "项目名称 | 社区服务项目 | | | |\n"
                + "三级指标 | 计量单位 | 年度指标值 | 实际完成值 | 得分 |\n"
                + "服务社区数量 | 个 | 30 | 28 | 9 |\n"
                + "服务对象满意度 | % | 90 | 95 | 10 |\n");
        Figure count = fs.stream().filter(x -> x.label().endsWith("服务社区数量 / 个 / 实际完成值")).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals("个", count.unit(), fs.toString());
        assertEquals(Figure.Kind.COUNT, count.kind());
        Figure rate = fs.stream().filter(x -> x.label().endsWith("服务对象满意度 / % / 实际完成值")).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals("%", rate.unit());
        assertEquals(true, fs.stream().noneMatch(x -> "万元".equals(x.unit())), fs.toString());
    }
}
