package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form whose score is printed outside its indicator grid (invented names and numbers): on the line of text right
 * under the table, or in the header block above the budget columns.
 */
class FormScoreOutsideGridTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "2023年度项目支出绩效自评表\n"
            + "项目名称 | 农村公路养护项目 |\n"
            + "主管部门 | 某县交通运输局 | 实施单位 | 某县公路事务中心 |\n";
    private static final String BODY = "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            + "年度资金总额 | 120 | 120 | 114 | 10 | 95% | 9.5 |\n"
            + "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            + "产出指标 | 数量指标 | 养护里程 | 100公里 | 100公里 | 50 | 50 |\n"
            + "效益指标 | 社会效益指标 | 通行条件改善 | 明显改善 | 明显改善 | 30 | 27 |\n"
            + "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 10 | 10 |\n";

    private Evaluation form(String text) throws IOException {
        Path f = tmp.resolve("form.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        SourceDocument doc = ((ReadResult.Loaded) new DocumentReader().read(f)).document();
        List<Evaluation> forms = FormEvaluations.extract(doc).stream().filter(e -> !e.indicators().isEmpty()).toList();
        assertEquals(1, forms.size(), forms.toString());
        return forms.get(0);
    }

    @Test
    void aTotalLineRightUnderTheTableIsTheFormsScore() throws IOException {
        assertEquals(new BigDecimal("96.5"), form(HEADER + BODY + "总分:96.5分\n").score());
        assertEquals(new BigDecimal("96.5"), form(HEADER + BODY + "自评得分 96.5\n\n二、绩效目标完成情况\n").score());
    }

    @Test
    void aSentenceUnderTheTableIsNotAClosingLine() throws IOException {
        assertNull(form(HEADER + BODY + "总分96.5分，较好地完成了年度目标，下一步继续加强养护管理。\n").score());
        assertNull(form(HEADER + BODY + "\n说明：\n总分:96.5分\n").score(), "only the line right under the grid");
    }

    @Test
    void aStatedHundredOverLowerScoresIsTheFullMarks() throws IOException {
        Evaluation e = form(HEADER + BODY + "总分:100分\n");
        assertNull(e.score(), "9.5 + 50 + 27 + 10 is 96.5: the 100 is what the rows could reach");
        assertEquals(new BigDecimal("100"), e.maxScore());
    }

    @Test
    void aTotalInTheHeaderBlockIsTheFormsScore() throws IOException {
        Evaluation e = form(HEADER + "总分 | 96.5分 | 等级 | 优 |\n" + BODY);
        assertEquals(new BigDecimal("96.5"), e.score());
        assertEquals("优", e.grade());
    }

    @Test
    void aHeaderTotalBesideAScoreLabelIsTheFullMarks() throws IOException {
        assertNull(form(HEADER + "总分 | 100 | 得分 | 待评 |\n" + BODY).score());
    }
}
