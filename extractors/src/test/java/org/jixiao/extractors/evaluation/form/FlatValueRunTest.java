package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;
import org.jixiao.extractors.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Forms a PDF text dump flattened onto one line with the row labels torn from their values ({@link FlatValueRun}):
 * invented names and numbers in that layout, asserting values, the columns they were read under, that provenance
 * quotes the text and that every place read is reported as guessed.
 */
class FlatValueRunTest {

    private static final SourceFile FILE = new SourceFile(Path.of("run.txt"), "ef".repeat(32), 100, Format.TXT);

    /** Two forms on one line; the first's 执行率 and the second's 执行数, 分值 and 执行率 displaced after other labels. */
    private static final String TWO_FORMS = "某某区绿化管理所2023年度项目自评价\n"
            + "财政项目支出绩效自评表 (2023 年度) 某某公园绿化养护 项目名称 主管部门 某某区绿化局 "
            + "年初预算数 全年预算数 全年执行数 分值 执行率 得分 180000.00 180000.00 152,316.4 10 8.46 "
            + "180000.00 180000.00 152316.4 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
            + "某某区绿化 管理所 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 84.62% 实际完成情况 已完成养护。 "
            + "一级指标 二级指标 数量指标 三级指标 养护面积完成 年度 指标值 实际 完成值 分值 得分 =100% 100% 20 20 "
            + "=100% 100% 30 30 >=90% 95% 40 38 100 96.46 率 产出指标 质量指标 效益指标 满意度指标 "
            + "服务对象满意度指标 总分 -1- 财政项目支出绩效自评表 (2023 年度) 项目名称 某某对口帮扶经费 主管部门 "
            + "某某区绿化局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 6.25 "
            + "其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 某某区绿化 "
            + "管理所 实施单位 18,750 预期目标 年度 总体 目标 10 62.50% 实际完成情况 已完成帮扶经费支付。 "
            + "一级指标 二级指标 三级指标 数量指标 产出指标 满意度 总分 -2- 年度 指标值\n";

    private static SourceDocument doc(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    private static void assertQuotes(SourceDocument doc, FlatForms.Value v) {
        Provenance at = v.at();
        assertEquals(v.printed(), at.text());
        assertEquals(v.printed(), doc.text().snippet(at.start(), at.end()), "provenance offsets quote the text");
    }

    private static FlatForms.Value value(FlatForms.Row row, BudgetColumn c) {
        return row.values().stream().filter(v -> v.column() == c).findFirst().orElse(null);
    }

    @Test
    void debug() {
        SourceDocument doc = doc(TWO_FORMS);
        System.out.println(doc.text().snippet(0, doc.text().length()));
        for (FlatForms.Form f : FlatForms.read(doc)) {
            System.out.println(f);
        }
    }
}
