package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department form published one cell per line (基础数据表 + 自评表 layout), loaded by the text loader so that
 * its tables are rebuilt: units from a split bracket ({@code (万元}), the breakdown lines under the budget table.
 * Invented text and numbers.
 */
class BudgetTableEntriesTest {

    @TempDir
    Path tmp;

    private static final String FORM = """
            2023年度部门整体支出绩效评价基础数据表

            财政供养人员情况(人

            编制数

            2023 年实际在职人数

            控制率

            20

            18

            90.00%

            附件二

            2023年度部门整体支出绩效自评表

            年度预算申请

            (万元

            年初预算数

            全年预算数

            全年执行数

            分值

            执行率

            自评得分

            年度资金总额

            300.00

            456.78

            456.78

            10

            100%

            10

            按收入性质分:456.78

            按支出性质分:456.78

            其中: 一般公共预算:400.00

            其中:基本支出:200.00

            纳入专户管理的非税收入拨款:

            其他资金:56.78

            年度总体目标
            """;

    private List<Figure> figures(String text) throws Exception {
        Path p = tmp.resolve("form.txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        SourceDocument doc = new TextLoader().load(SourceFile.of(p));
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
    void staffingRowTakesTheUnitOfItsSplitCaption() throws Exception {
        List<Figure> all = figures(FORM);
        Figure staff = named(all, "编制数");
        assertEquals(new BigDecimal("20"), staff.value());
        assertEquals("人", staff.unit());
        assertEquals("20", staff.at().text());
        assertEquals("人", named(all, "2023年实际在职人数").unit());
        assertEquals(Figure.Kind.RATE, named(all, "控制率").kind());
    }

    @Test
    void budgetRowTakesTheUnitOfTheBracketSplitFromItsCorner() throws Exception {
        List<Figure> all = figures(FORM);
        Figure initial = named(all, "年度资金总额 / 年初预算数");
        assertEquals(new BigDecimal("300.00"), initial.value());
        assertEquals("万元", initial.unit());
        assertEquals(Figure.Kind.SCORE, named(all, "年度资金总额 / 分值").kind(), "a score column takes no amount unit");
    }

    @Test
    void breakdownLinesUnderTheBudgetTableAreAmountsInItsUnit() throws Exception {
        List<Figure> all = figures(FORM);
        Figure byKind = named(all, "按支出性质分");
        assertEquals(new BigDecimal("456.78"), byKind.value());
        assertEquals("万元", byKind.unit());
        assertEquals(Figure.Kind.AMOUNT, byKind.kind());
        assertEquals(new BigDecimal("400.00"), named(all, "一般公共预算").value());
        assertEquals("200.00", named(all, "基本支出").at().text());
        assertEquals(new BigDecimal("56.78"), named(all, "其他资金").value(), "an empty 名称： line does not end the list");
    }

    @Test
    void linesUnderATableWithoutABudgetRowAreNotRead() throws Exception {
        List<Figure> all = figures("""
                编制数

                在职人数

                控制率

                20

                18

                90.00%

                其他资金:56.78
                """);
        assertTrue(all.stream().noneMatch(f -> f.label().equals("其他资金") && "万元".equals(f.unit())));
    }
}
