package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms as web pages flatten them into pipe rows: a county's transfer-payment form (转移支付区域(项目)绩效目标自评表)
 * with its project named by 转移支付(项目)名称 and an indicator table without a column of numbers whose rows under
 * merged level cells print only their own cells, padded at the end; a department-wide form naming its unit by a bare
 * 部门. Invented names and numbers.
 */
class PipeFormsTest {

    @TempDir
    Path tmp;

    private SourceDocument load(String text) throws Exception {
        Path p = tmp.resolve("form.txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return new TextLoader().load(SourceFile.of(p));
    }

    @Test
    void theProjectIsNamedAndEveryIndicatorRowIsPutUnderItsHeader() throws Exception {
        String text = """
                望川县转移支付区域(项目)绩效目标自评表 | |||||||
                (2023年度) | |||||||
                转移支付(项目)名称 | 望川县古村落消防改造项目 | ||||||
                中央主管部门 | 中央某部委 | ||||||
                地方主管部门 | 望川县文化旅游局 | 资金使用单位 | 望川县文物保护中心 | ||||
                资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||
                年度资金总额: | 80 | 60 | 75% | ||||
                其中:中央财政资金 | 80 | 60 | 75% | ||||
                绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |
                产 出 指 标 | 数量指标 | 改造消防管网长度 | 1200米 | 900米 | 部分工程顺延至次年 | ||
                质量指标 | 指标1:工程验收合格率 | 100% | 100% | —— | |||
                指标2:安全事故发生数 | <=0起 | 0起 | —— | ||||
                时效指标 | 指标1:项目完工时间 | 12个月 | 14个月 | 施工期延长 | |||
                """;
        SourceDocument doc = load(text);
        List<Evaluation> evaluations = FormEvaluations.extract(doc);

        assertEquals(1, evaluations.size(), evaluations.toString());
        Evaluation e = evaluations.get(0);
        assertEquals("望川县古村落消防改造项目", e.name());
        assertEquals(Scope.PROJECT, e.scope());
        assertEquals(new BigDecimal("80"), e.budget().fullYear().value());
        List<Indicator> rows = e.indicators();
        assertEquals(List.of("改造消防管网长度", "工程验收合格率", "安全事故发生数", "项目完工时间"),
                rows.stream().map(Indicator::level3).toList());
        Indicator moved = rows.get(2);
        assertEquals(List.of("产出指标", "质量指标", "<=0起", "0起"),
                List.of(moved.level1(), moved.level2(), moved.target(), moved.actual()),
                "a row that printed only its name and values sits under 三级指标, its levels filled down");
        assertEquals("施工期延长", rows.get(3).note());
    }

    /** A department-wide form whose name row is 部门 | the unit: the evaluation is the department's, named by it. */
    @Test
    void aDepartmentFormNamesItsUnitByABare部门() throws Exception {
        String text = """
                部门整体支出绩效自评表 | ||||||
                (2023年度) | ||||||
                部门 | 望川县乡村建设服务中心 | |||||
                年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |
                年度资金总额 | 210.5 | 210.5 | 200 | 10 | 95.01% | 9.5 |
                一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
                产出指标 | 数量指标 | 整治自然村庄数量 | ≥50 | 52 | 30 | 30 |
                """;
        List<Evaluation> evaluations = FormEvaluations.extract(load(text));
        assertEquals(1, evaluations.size(), evaluations.toString());
        assertEquals(Scope.DEPARTMENT, evaluations.get(0).scope());
        assertEquals("望川县乡村建设服务中心", evaluations.get(0).name());
    }
}
