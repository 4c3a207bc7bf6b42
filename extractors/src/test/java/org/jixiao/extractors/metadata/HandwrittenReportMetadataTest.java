package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.junit.jupiter.api.Test;

/**
 * Imaginary reports from other provinces, unit types and layouts: the rules must read units, places and
 * years they have never seen, so none of these names appears in the samples.
 */
class HandwrittenReportMetadataTest {

    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();
    private static final SourceFile FILE = new SourceFile(Path.of("imagined.docx"), "cd".repeat(32), 100, Format.DOCX);

    private static SourceDocument doc(String... paragraphs) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        for (String p : paragraphs) {
            b.text(p, null, Mode.LINES);
        }
        return b.build();
    }

    @Test
    void countyFinanceBureauReportsOnItself() {
        SourceDocument d = doc(
                "附件2：",
                "平山县财政局2023年度部门整体支出绩效自评报告",
                "根据《河北省省级部门整体支出绩效评价办法》要求，对平山县财政局2023年度部门整体支出开展了绩效自评。",
                "一、部门基本情况",
                "县财政局内设股室12个，在职人员86人。",
                "二、自评工作开展情况",
                "绩效评价工作于2024年3月启动，2024年4月10日形成报告。",
                "三、评价结论",
                "部门整体绩效自评得分为95分，自评等级为优。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("平山县财政局2023年度部门整体支出绩效自评报告", m.title());
        assertEquals("平山县财政局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "平山县财政局");
        // the county is in the name; no city is named anywhere, so none is guessed
        assertEquals("平山县", m.region());
        assertEquals(2023, m.year());
        assertEquals(ReportScope.DEPARTMENT, m.scope());
    }

    @Test
    void townGovernmentInAnotherProvinceWithProjectScores() {
        SourceDocument d = doc(
                "贵州省遵义市汇川区高坪镇人民政府",
                "2022年度项目支出绩效自评报告",
                "为加强专项资金管理，高坪镇人民政府对2022年度乡村振兴等专项资金项目开展了绩效自评。",
                "一、项目基本情况",
                "高坪镇共有行政村8个。乡村振兴衔接资金项目自评得分92分；农村人居环境整治经费项目自评得分88分。",
                "二、其他说明",
                "本报告于2023年2月15日完成。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("贵州省遵义市汇川区高坪镇人民政府2022年度项目支出绩效自评报告", m.title());
        assertEquals("贵州省遵义市汇川区高坪镇人民政府", m.department());
        assertTrue(m.aliases().contains("高坪镇人民政府"), m.aliases().toString());
        assertTrue(m.aliases().contains("高坪镇"), m.aliases().toString());
        assertEquals("贵州省遵义市汇川区", m.region());
        SampleReportMetadataTest.assertQuotes(d, m, "region", "贵州省遵义市汇川区");
        assertEquals(2022, m.year());
        assertEquals(ReportScope.PROJECT, m.scope());
    }

    @Test
    void committeeNamedInItsFormTableWithCityCompletedFromTheTable() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("部门整体支出绩效自评表", null, Mode.LINES);
        b.text("（2023年度）", null, Mode.LINES);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "部门（单位）名称");
        t.cell(0, 1, 1, 3, "太原市小店区卫生健康委员会");
        t.cell(1, 0, 1, 1, "主管部门");
        t.cell(1, 1, 1, 1, "太原市小店区人民政府");
        t.cell(1, 2, 1, 1, "自评得分");
        t.cell(1, 3, 1, 1, "93.5");
        b.table(t);
        b.text("对区卫生健康委员会2023年度部门整体支出进行了自评，形成本报告。", null, Mode.LINES);
        SourceDocument d = b.build();
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("部门整体支出绩效自评表", m.title());
        assertEquals("太原市小店区卫生健康委员会", m.department());
        assertTrue(m.evidence().get("department").inTable());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "太原市小店区卫生健康委员会");
        assertTrue(m.aliases().contains("区卫生健康委员会"), m.aliases().toString());
        assertFalse(m.aliases().contains("太原市小店区人民政府"), "the supervising government is another unit");
        assertEquals("山西省太原市小店区", m.region());
        assertEquals(2023, m.year());
        assertEquals(ReportScope.DEPARTMENT, m.scope());
    }

    @Test
    void theYearOfWritingIsNotTheYearEvaluated() {
        SourceDocument d = doc(
                "绩效自评工作报告",
                "绩效评价工作于2025年3月初启动，2025年4月20日形成报告。",
                "对新城区和平街道办事处2024年整体支出情况实施了财政支出绩效自评价。",
                "和平街道共有社区6个。",
                "下一步将做好2025年度预算编制，2025年度重点工作如下。",
                "2025年度，我街道将继续加强管理。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals(2024, m.year());
        SampleReportMetadataTest.assertQuotes(d, m, "year", "2024");
        assertEquals("新城区和平街道办事处", m.department());
        assertEquals(java.util.List.of("和平街道"), m.aliases(), "only short forms the text uses on their own");
    }

    /** A form run onto one line: its caption and first field inside the line say what it evaluates. */
    @Test
    void aFormCaptionInsideALineGivesTheScope() {
        ReportMetadata project = EXTRACTOR.extract(doc("附件: 项目支出绩效自评表 (2023年度) 项目名称 村道养护项目 "
                + "主管部门 平川县交通运输局 项目资金 (万元) 年初预算数 全年预算数 全年执行数"));
        assertEquals(ReportScope.PROJECT, project.scope());
        ReportMetadata goals = EXTRACTOR.extract(doc("附件:绩效目标自评表(2023年度)项目名称村道养护项目主管部门平川县交通运输局"));
        assertEquals(ReportScope.PROJECT, goals.scope(), "a form that opens with 项目名称");
        ReportMetadata whole = EXTRACTOR.extract(doc("部门整体支出绩效自评表(2023年度) 部门名称 平川县交通运输局 年度预算"));
        assertEquals(ReportScope.DEPARTMENT, whole.scope());
    }

    /**
     * A cover that prints the unit on its own line below a title that does not name it, the page's 信息来源 an
     * abbreviation; the district is followed by 城市管理, not by a county-level city called 青石区城.
     */
    @Test
    void theUnitsOwnLineBesideATitleNamesTheDepartment() {
        SourceDocument d = doc("2023年部门整体支出绩效评价报告", "衡阳市青石区城市管理和综合执法局",
                "信息来源:城管执法局 作者:城管执法局", "发布机构: 青石区城管办",
                "根据有关文件精神,我局积极组织,对2023年度本单位整体支出进行了绩效自评。", "一、基本情况");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("衡阳市青石区城市管理和综合执法局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "衡阳市青石区城市管理和综合执法局");
        assertEquals("湖南省衡阳市青石区", m.region());
    }

    /** A report whose only year is in the notice it answers: the notice orders that year's self-evaluation. */
    @Test
    void theNoticeThatOrdersTheSelfEvaluationGivesItsYear() {
        SourceDocument d = doc("平川县民政局部门整体支出绩效自评报告",
                "按照《关于开展2023年度预算绩效自评工作的通知》（平财绩〔2024〕3号）要求，我局开展了自评。");
        assertEquals(2023, EXTRACTOR.extract(d).year());
        SourceDocument other = doc("平川县民政局部门整体支出绩效自评报告",
                "依据《平川县2021年度预算绩效管理办法》，我局开展了自评。");
        assertNull(EXTRACTOR.extract(other).year(), "a cited rule's year is not the year evaluated");
    }

    /** A cover that splits its title over two lines: the kind and year above, 绩效评价自评报告 below. */
    @Test
    void aTitleSplitOverTwoLines() {
        SourceDocument d = doc("平川市2023年度部门整体支出", "绩效评价自评报告", "部门(单位)名称:平川市城市管理监督中心",
                "一、部门(单位)基本概况");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("平川市2023年度部门整体支出绩效评价自评报告", m.title());
        assertEquals(ReportScope.DEPARTMENT, m.scope());
        assertEquals(2023, m.year());
        SourceDocument sentence = doc("本年度完成了各项工作，", "绩效评价自评报告");
        assertEquals("绩效评价自评报告", EXTRACTOR.extract(sentence).title(), "a sentence above is no half of the title");
    }

    /** The unit in brackets on the line under a title that names none. */
    @Test
    void aBracketedUnitUnderTheTitle() {
        SourceDocument d = doc("2023年度绩效自评报告", "（平川县青松镇人民政府）", "一、基本情况", "本镇辖8个行政村。");
        assertEquals("平川县青松镇人民政府", EXTRACTOR.extract(d).department());
    }

    /** A form whose caption a web page printed as the first cell of its pipe table. */
    @Test
    void aCaptionCellGivesTheScope() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "部门整体支出绩效自评表");
        t.cell(1, 0, 1, 1, "部门");
        t.cell(1, 1, 1, 1, "平川县水务服务中心");
        t.cell(2, 0, 1, 1, "其中:项目支出");
        t.cell(2, 1, 1, 1, "120");
        b.table(t);
        assertEquals(ReportScope.DEPARTMENT, EXTRACTOR.extract(b.build()).scope());
    }

    /** A report titled only 绩效自评报告 that opens on the unit itself evaluates the unit's spending as a whole. */
    @Test
    void aReportOpeningOnTheUnitIsTheDepartments() {
        ReportMetadata m = EXTRACTOR.extract(doc("青松镇人民政府2024年度绩效自评报告", "一、单位基本情况",
                "青松镇人民政府为县级政府下属行政单位。", "二、自评工作开展情况"));
        assertEquals(ReportScope.DEPARTMENT, m.scope());
        ReportMetadata project = EXTRACTOR.extract(doc("青松镇人民政府2024年度绩效自评报告", "一、项目基本情况",
                "本项目为村道养护。"));
        assertEquals(ReportScope.UNKNOWN, project.scope(), "a project's section says nothing of the whole");
    }

    /** A fund evaluated on its own, or a transfer payment: the report is about a fund, a project-level scope. */
    @Test
    void aFundsTitleGivesAProjectScope() {
        for (String title : List.of("平川县2023年度中央水利发展资金绩效自评报告", "平川县民政局2023年度中央对地方转移支付预算执行情况绩效自评报告",
                "平川县畜牧站2023年白鹅资源保种经费的绩效自评报告", "平川县滨河路改造工程项目2023年度绩效自评报告")) {
            ReportMetadata m = EXTRACTOR.extract(doc(title, "一、基本情况", "项目资金到位120万元。"));
            assertEquals(ReportScope.PROJECT, m.scope(), title);
        }
        ReportMetadata whole = EXTRACTOR.extract(doc("平川县民政局2023年度部门整体支出绩效自评报告", "一、部门基本情况"));
        assertEquals(ReportScope.DEPARTMENT, whole.scope(), "整体 is the department's, whatever funds it names");
    }

    @Test
    void onlyDatesMeansNoYear() {
        SourceDocument d = doc("自评报告", "报告于2025年3月1日报送。", "联系电话：12345678。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertNull(m.year());
        assertNull(m.evidence().get("year"));
        assertNull(m.department());
        assertNull(m.region());
        assertEquals(ReportScope.UNKNOWN, m.scope());
    }

    @Test
    void aBureauThatAskedForTheReportIsNotTheReporter() {
        SourceDocument d = doc(
                "2021年度朝阳区民政局部门整体绩效自评报告",
                "我单位根据朝阳区财政局关于开展2021年度区级预算绩效自评的工作要求，成立了绩效评价工作小组。",
                "北京市朝阳区民政局全年完成各项任务。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("朝阳区民政局", m.department());
        // a municipality is province and city at once: written once
        assertEquals("北京市朝阳区", m.region());
        assertEquals(2021, m.year());
    }

    @Test
    void formLaidOutAsLinesStillGivesTheUnit() {
        SourceDocument d = doc(
                "项目支出绩效自评表",
                "（2022年度）",
                "单位名称",
                "宁波市鄞州区文化馆",
                "项目名称",
                "群众文化活动经费");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("宁波市鄞州区文化馆", m.department());
        assertEquals("浙江省宁波市鄞州区", m.region());
        assertEquals(2022, m.year());
        assertEquals(ReportScope.PROJECT, m.scope());
        assertNotNull(m.evidence().get("scope.project"));
    }

    @Test
    void aTitleThatOpensWithGuanYuAndEndsWithDeBaoGao() {
        SourceDocument d = doc(
                "关于2023年度绵阳市涪城区自然资源局部门整体支出绩效自评情况的报告",
                "一、基本情况",
                "涪城区自然资源局内设机构9个。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("绵阳市涪城区自然资源局", m.department());
        assertEquals(java.util.List.of("涪城区自然资源局"), m.aliases());
        assertEquals("四川省绵阳市涪城区", m.region());
        assertEquals(2023, m.year());
        assertEquals(ReportScope.DEPARTMENT, m.scope());
    }

    @Test
    void withoutTitleOrFormTheOrganizationHanLpRecognisesIsTheFallback() {
        SourceDocument d = doc(
                "贵州省遵义市汇川区高坪镇人民政府全年实施项目12个。",
                "根据汇川区财政局的要求，贵州省遵义市汇川区高坪镇人民政府高度重视绩效管理。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("贵州省遵义市汇川区高坪镇人民政府", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "贵州省遵义市汇川区高坪镇人民政府");
    }

    @Test
    void aUnitWhoseNameContainsAReportWord() {
        SourceDocument d = doc("定州市财政预算评审中心2024年度部门整体支出绩效自评报告", "一、基本情况", "中心共有人员15人。");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("定州市财政预算评审中心", m.department());
        assertEquals(2024, m.year());
    }

    /** A pipe-table form dated by its filling date only: the year is the one its project is named with. */
    @Test
    void pipeFormProjectNamedWithItsYear(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("pipe.txt");
        java.nio.file.Files.writeString(file, """
                项目支出绩效自评表 |
                单位名称:某某县林业局 | 填报日期:2023年6月8日 | |
                项目名称 | 2020年某某林下经济扶持项目 | |
                主管部门 | 某某县人民政府 | 项目实施单位 | 某某县林业局 |
                预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) |
                年度财政资金总额 | 120 | 60 | 0.5 |
                """);
        SourceDocument d = assertInstanceOf(org.jixiao.corpus.ReadResult.Loaded.class,
                new org.jixiao.corpus.DocumentReader().read(file)).document();
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals(2020, m.year(), "the filling date 2023年6月8日 is when the form was written");
        SampleReportMetadataTest.assertQuotes(d, m, "year", "2020");
    }
}
