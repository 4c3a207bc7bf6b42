package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Evaluation;
import org.junit.jupiter.api.Test;

/** Special-bond result lists printed one cell per line, with invented projects and numbers. */
class FlatListsTest {

    private static final SourceFile FILE = new SourceFile(Path.of("list.txt"), "ef".repeat(32), 100, Format.TXT);

    private static SourceDocument doc(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    /** No 序号 column and blank grade cells: a project's name line cannot be its grade, so it starts the next. */
    @Test
    void unnumberedListWithBlankGrades() {
        SourceDocument doc = doc("""
                2023年新增地方政府专项债券项目绩效评价表
                单位:亿元
                项目名称
                债券性质
                截至2023年底已发债券规模
                自评分数
                自评等级
                某某县城区供水管网改造工程
                其他项目收益专项债券
                0.35
                93.5
                某某县第二人民医院迁建项目
                社会事业专项债券
                1.2
                88
                良
                """);
        List<FlatLists.Entry> entries = FlatLists.read(doc);
        assertEquals(2, entries.size());
        FlatLists.Entry first = entries.get(0);
        assertEquals("某某县城区供水管网改造工程", first.name());
        assertEquals(new BigDecimal("0.35"), first.amount().number());
        assertEquals("亿元", first.unit().symbol());
        assertEquals(new BigDecimal("93.5"), first.score().number());
        assertEquals("93.5", doc.text().snippet(first.score().at().start(), first.score().at().end()));
        assertEquals(first.name(), first.nameAt().text());
        assertNull(first.grade());
        assertEquals("良", entries.get(1).grade());
        List<Evaluation> evals = FormEvaluations.extract(doc);
        assertEquals(2, evals.size());
        assertEquals(new BigDecimal("88"), evals.get(1).score());
    }

    /** A 序号 column delimits the projects; the 评价结果 cell holds a note, not a grade. */
    @Test
    void numberedListWithNotes() {
        SourceDocument doc = doc("""
                某某镇专项债券项目资金绩效评价情况表
                序号
                主管部门
                项目单位
                项目名称
                发行金额(亿元)
                评价得分
                评价结果
                备注
                1
                某某镇人民政府
                某某城建开发有限公司
                某某工业园区道路工程
                0.45
                86
                项目单位自评
                2
                某某镇人民政府
                某某水务有限公司
                某某镇污水管网工程
                0.3
                91
                """);
        List<FlatLists.Entry> entries = FlatLists.read(doc);
        assertEquals(2, entries.size());
        assertEquals("某某工业园区道路工程", entries.get(0).name());
        assertEquals("发行金额(亿元)", entries.get(0).amount().header());
        assertEquals(new BigDecimal("0.45"), entries.get(0).amount().number());
        assertNull(entries.get(0).grade(), "项目单位自评 is no grade");
        assertEquals("某某镇污水管网工程", entries.get(1).name());
        assertEquals(new BigDecimal("91"), entries.get(1).score().number());
    }

    /** A project missing a number cannot be paired safely and is left out. */
    @Test
    void projectWithMissingNumberIsSkipped() {
        SourceDocument doc = doc("""
                项目名称
                债券规模
                自评分数
                某某新区安置房项目
                2.5
                某某河道整治工程
                0.8
                90
                """);
        List<FlatLists.Entry> entries = FlatLists.read(doc);
        assertEquals(1, entries.size());
        assertEquals("某某河道整治工程", entries.get(0).name());
    }
}
