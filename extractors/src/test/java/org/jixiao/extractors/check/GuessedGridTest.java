package org.jixiao.extractors.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Rows rebuilt from a form printed on one line (invented numbers): the checks run over them, but a difference
 * there is never an error, since the reader inferred which number stands in which column.
 */
class GuessedGridTest {

    private static final SourceFile FILE = new SourceFile(Path.of("guessed.txt"), "ab".repeat(32), 100, Format.TXT);

    private static Report extract(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        SourceDocument doc = b.build();
        return new ReportExtractor().extract(doc);
    }

    @Test
    void sectionWeightBelowItsRowsIsAWarningOnAGuessedGrid() {
        Report r = extract("项目支出绩效自评表(2023年度)项目名称某某村道路硬化项目主管部门某某县交通运输局"
                + "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:45.5045.5010100.00%10"
                + "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
                + "产出指标(30分)数量指标硬化道路长度20≥3公里≥3公里20质量指标验收合格率20100%100%20"
                + "效益指标(30分)社会效益指标群众出行条件30明显改善明显改善30"
                + "满意度指标(30分)服务对象满意度指标群众满意度30≥90%≥95%30总分100100");
        List<Finding> weights = r.findings().stream().filter(f -> f.code().equals("weights.section-rows")).toList();
        assertEquals(1, weights.size(), r.findings().toString());
        Finding f = weights.get(0);
        assertEquals(Finding.Severity.WARNING, f.severity(), "20 + 20 above 30 is read from inferred columns");
        assertTrue(f.message().contains("推断"));
        assertTrue(f.at().stream().anyMatch(p -> p.text().equals("产出指标(30分)")), f.at().toString());
        assertTrue(f.at().stream().anyMatch(p -> p.text().equals("硬化道路长度20≥3公里≥3公里20")));
    }

    /** Rows read to the 总分 line, no section weights: rows + 预算执行率 short of 100 is a warning quoting 总分. */
    @Test
    void rowWeightsShortOfFullMarks() {
        Report r = extract("""
                财政项目支出绩效自评表
                项目名称社区绿化养护
                项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分
                年度资金总额88.0088.0088.0010100.0%10
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标绿地养护面积100%100%3030
                质量指标苗木成活率95%96%2020
                效益指标社会效益指标居民满意度≥85%≥88%2525
                总分:85
                """);
        Finding f = r.findings().stream().filter(x -> x.code().equals("weights.rows-total")).findFirst().orElseThrow(
                () -> new AssertionError(r.findings().toString()));
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals("85分", f.actual());
        assertTrue(f.at().stream().anyMatch(p -> p.text().equals("总分:85")), f.at().toString());
    }

    /** Section weights over the full marks and section scores that do not add up to 总分: a warning, never an error. */
    @Test
    void sectionScoresOverTheStatedTotal() {
        Report r = extract("项目支出绩效自评表(2023年度)项目名称某某村饮水改造项目主管部门某某县水利局"
                + "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:12.0012.0010100.00%10"
                + "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
                + "产出指标(60分)数量指标改造管网长度30≥2公里≥2公里30质量指标验收合格率30100%100%30"
                + "效益指标(30分)社会效益指标饮水条件改善30明显改善明显改善30"
                + "满意度指标(10分)服务对象满意度指标群众满意度10≥90%≥95%10总分100100");
        Finding f = r.findings().stream().filter(x -> x.code().equals("score-sum.over-full-marks")).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertTrue(f.at().stream().anyMatch(p -> p.text().equals("总分100100")), f.at().toString());
    }

    /**
     * An indicator form whose rows the loader moved under their header (a flattened table that left out its
     * title column): the header's title cell left of 一级指标 names no value column, and a score above its weight
     * on a moved row is a warning, while the same row read as the file states it is an error.
     */
    private static Report form(Set<Integer> guessedRows) {
        String[][] rows = {
                {"项目名称", "某某县农技培训项目"},
                {"年度绩效目标(100分)", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                {"", "产出指标", "数量指标", "培训农户人数", "300人", "320人", "10", "12"},
                {"", "效益指标", "社会效益指标", "农户技能提升", "明显", "明显", "90", "88"},
                {"总分", "100"}};
        TableDraft d = new TableDraft();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                d.cell(r, c, 1, 1, rows[r][c]);
            }
        }
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("某某县农技培训项目绩效自评表", null, Mode.LINES);
        b.table(d.guessedRows(guessedRows));
        return new ReportExtractor().extract(b.build());
    }

    @Test
    void aScoreAboveItsWeightOnARowTheLoaderMovedIsAWarning() {
        Report printed = form(Set.of());
        Finding error = printed.findings().stream().filter(f -> f.code().equals("score-range.indicator")).findFirst()
                .orElseThrow(() -> new AssertionError(printed.findings().toString()));
        assertEquals(Finding.Severity.ERROR, error.severity());
        assertEquals("300人", printed.evaluations().get(0).indicators().get(0).target(),
                "年度绩效目标(100分), left of the level columns, is the block's title, not its 目标值 column");
        Report moved = form(Set.of(2));
        Finding warning = moved.findings().stream().filter(f -> f.code().equals("score-range.indicator")).findFirst()
                .orElseThrow(() -> new AssertionError(moved.findings().toString()));
        assertEquals(Finding.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("推断"), warning.message());
        assertTrue(warning.at().stream().anyMatch(p -> p.row() == 2), warning.at().toString());
    }
}
