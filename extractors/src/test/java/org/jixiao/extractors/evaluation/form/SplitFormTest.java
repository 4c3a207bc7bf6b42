package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A form printed as two tables (invented names and numbers): its header and budget block, a line of text, then its
 * indicator table with other columns, as a web page that splits one form into two HTML tables copies it.
 */
class SplitFormTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "项目名称 | 农村公路养护项目 | 自评得分 | 96.5 |\n"
            + "主管部门 | 某县交通运输局 | 实施单位 | 某县公路事务中心 |\n"
            + "项目资金(万元) | 预算数 | 执行数 | 执行率 |\n"
            + "合计 | 120 | 114 | 95% |\n";
    private static final String INDICATORS = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            + "产出指标 | 数量指标 | 养护里程 | 100公里 | 100公里 | 50 | 50 |\n"
            + "效益指标 | 社会效益指标 | 通行条件改善 | 明显改善 | 明显改善 | 30 | 27 |\n"
            + "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 20 | 19.5 |\n";

    private List<Evaluation> forms(String text) throws IOException {
        Path f = tmp.resolve("form.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        SourceDocument doc = ((ReadResult.Loaded) new DocumentReader().read(f)).document();
        return FormEvaluations.extract(doc);
    }

    @Test
    void theIndicatorTableAfterAFormsHeaderTableIsThatFormsOwn() throws IOException {
        List<Evaluation> forms = forms("2023年度项目支出绩效自评表\n" + HEADER
                + "年度总体目标:完成农村公路养护100公里,改善群众出行条件。\n" + INDICATORS);
        assertEquals(1, forms.size(), forms.toString());
        Evaluation e = forms.get(0);
        assertEquals("农村公路养护项目", e.name());
        assertEquals(new BigDecimal("96.5"), e.score());
        assertEquals(3, e.indicators().size());
        assertEquals(new BigDecimal("114"), e.budget().executed().value(), "the budget's 合计 line does not close the form");
    }

    @Test
    void aHeadingBetweenKeepsThemApart() throws IOException {
        List<Evaluation> forms = forms("2023年度项目支出绩效自评表\n" + HEADER + "二、部门整体绩效指标\n" + INDICATORS);
        assertEquals(2, forms.size(), forms.toString());
    }
}
