package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/**
 * The scoring-criteria table of a department-wide evaluation, OCR'd with its grid lost (every level with its own
 * 分值 column, the criteria text, the score), in invented text: levels, weights, scores and provenance.
 */
class FlatCriteriaTableTest {

    private static final SourceFile FILE = new SourceFile(Path.of("criteria.txt"), "a1".repeat(32), 100, Format.TXT);

    /** Run on across a page break, as an OCR'd document-site preview prints it. */
    private static final String TEXT = "部门(单位)名称某某县档案馆预算编码104003报告日期:2024年4月1日\n"
            + "部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分"
            + "投入12预算配置12人员控制率4以100%为标准,计4分;每超过一个百分点扣0.5分,扣完为止。3.5"
            + "公用经费变动率8变动率≤0,计8分;\n2、每超过一个百分点扣1分。公用经费变动率=本年/上年X100%8"
            + "过程48预算执行18预算完成率6100%计满分,每低于5%扣2分。预算完成率=执行数/预算数X100%.6"
            + "结转结余率6结转结余率=0,计6分;大于10%不得分。4";

    private static SourceDocument doc() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(TEXT, null, Mode.LINES);
        return b.build();
    }

    @Test
    void levelsWeightsAndScoresAreReadFromTheRunOnRows() {
        SourceDocument doc = doc();
        FlatText t = FlatText.of(doc).get(0);
        FlatIndicatorTable.Result r = FlatCriteriaTable.read(t, 0, t.text().length());
        assertNotNull(r);
        List<Indicator> rows = r.indicators();
        assertEquals(List.of("人员控制率", "公用经费变动率", "预算完成率", "结转结余率"),
                rows.stream().map(Indicator::level3).toList());
        Indicator first = rows.get(0);
        assertEquals("投入", first.level1());
        assertEquals("预算配置", first.level2());
        assertEquals(new BigDecimal("4"), first.weight());
        assertEquals(new BigDecimal("3.5"), first.score(), "the score after the criteria, not 计4分 inside them");
        assertTrue(first.at().text().startsWith("投入12预算配置12人员控制率4"));
        assertTrue(first.at().text().endsWith("。3.5"));
        assertEquals(first.at().text(), doc.text().snippet(first.at().start(), first.at().end()));
        assertEquals(new BigDecimal("8"), rows.get(1).score(), "the score read across the page break");
        Indicator third = rows.get(2);
        assertEquals("过程", third.level1());
        assertEquals("预算执行", third.level2());
        assertEquals(new BigDecimal("6"), third.weight(), "6100%: the weight 6, then the criteria's 100%");
        assertEquals(new BigDecimal("6"), third.score());
        assertEquals(new BigDecimal("4"), rows.get(3).score());

        List<Section> sections = r.sections();
        assertEquals(List.of("投入", "过程"), sections.stream().map(Section::name).toList());
        assertEquals(new BigDecimal("48"), sections.get(1).weight());
        assertEquals("过程48", sections.get(1).at().text());
        assertEquals(List.of("预算配置", "预算执行"), r.subsections().stream().map(Section::name).toList());
        assertEquals(new BigDecimal("18"), r.subsections().get(1).weight());
        assertEquals("预算执行18", r.subsections().get(1).at().text());
        assertEquals(false, r.closed());

        List<FlatCriteriaTable.Deduction> d = r.deductions();
        assertEquals(List.of("人员控制率", "公用经费变动率", "预算完成率"),
                d.stream().map(FlatCriteriaTable.Deduction::row).toList());
        assertEquals("每超过一个百分点扣", d.get(0).condition());
        assertEquals(new BigDecimal("0.5"), d.get(0).points());
        assertEquals("每低于5%扣", d.get(2).condition());
        assertEquals(new BigDecimal("2"), d.get(2).points());
        assertEquals(TEXT.indexOf("每低于5%扣2分") + "每低于5%扣".length(), d.get(2).at().start());
        assertEquals("2", doc.text().snippet(d.get(2).at().start(), d.get(2).at().end()));
    }

    @Test
    void theTableIsADepartmentFormWithItsRowsMarkedGuessed() {
        SourceDocument doc = doc();
        List<Evaluation> evaluations = FormEvaluations.extract(doc);
        assertEquals(1, evaluations.size());
        Evaluation e = evaluations.get(0);
        assertEquals(Evaluation.Scope.DEPARTMENT, e.scope());
        assertEquals("某某县档案馆", e.name());
        assertNull(e.score(), "the table states no total");
        assertEquals(4, e.indicators().size());
        assertTrue(FlatForms.guessedGrid(doc).containsAll(e.indicators().stream().map(Indicator::at).toList()));
    }

    @Test
    void noRowsWithoutTheWeightedHeader() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("投入12预算配置12人员控制率4以100%为标准。4", null, Mode.LINES);
        FlatText t = FlatText.of(b.build()).get(0);
        assertNull(FlatCriteriaTable.read(t, 0, t.text().length()));
    }
}
