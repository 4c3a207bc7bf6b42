package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting department and the fiscal year in the layouts real web pages give them — a {@code |} row of a
 * page's metadata, form cells run together, a label alone on its line, a publishing line, a signature, a
 * first-person 我局 — among units the report only mentions: party committees, the finance department that
 * issued a document, a university that helped. Invented names and numbers, read through the text loader as a
 * downloaded page would be.
 */
class ReportingDepartmentTest {

    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

    @TempDir
    Path dir;

    private SourceDocument page(String text) throws IOException {
        Path p = dir.resolve("page" + System.nanoTime() + ".txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        ReadResult r = new DocumentReader().read(p);
        return ((ReadResult.Loaded) r).document();
    }

    @Test
    void pipeRowOfAPageNamesTheDepartmentNotTheProjectItFunds() throws IOException {
        SourceDocument d = page("""
                望川县2022年度中央水利发展资金绩效自评报告
                索引号: | QX1234/2023-00077 | 部门: | 财政局 |
                ---|---|---|---|
                栏目: | 专项资金 | 来源: | 财政局预算股 |
                按照《江北省水利发展资金管理办法》要求,现将2022年度下达我县的水利发展资金绩效自评情况予以公开:
                一、绩效目标分解下达情况
                2022年度下达我县水利发展资金321.45万元,用于望川县青石河堤防加固中心建设项目。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("财政局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "财政局");
        assertEquals(2022, m.year());
    }

    @Test
    void runTogetherFormCellsGiveTheImplementerCutAtTheNextLabel() throws IOException {
        SourceDocument d = page("""
                项目支出绩效自评表(2021年度)
                项目名称澜河灌区节水改造项目主管部门及代码望川县水务局123456实施单位望川县灌区管理所资金情况(万元)全年预算数(A)全年执行数(B)
                年度资金总额:123.45123.45100%
                填报日期:2022年3月15日
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县灌区管理所", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县灌区管理所");
        assertEquals(2021, m.year(), "the form's year, not the date it was filled in");
    }

    @Test
    void formsOfOneTownKeepTheirCommonSupervisorOverOneOfficeImplementingOneProject() throws IOException {
        SourceDocument d = page("""
                望川镇2023年预算绩效评价结果公开
                财政项目支出绩效自评表
                2022年度
                项目名称道路养护
                主管部门澜州市望川镇人民政府实施单位澜州市望川镇人民政府(本部)
                总分88
                财政项目支出绩效自评表
                2022年度
                项目名称拆迁安置
                主管部门澜州市望川镇人民政府实施单位望川镇人民政府安置办公室
                总分91
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("澜州市望川镇人民政府", m.department());
        assertEquals(2022, m.year(), "a results page is dated by the year it publishes in");
    }

    @Test
    void publishingLineOutweighsHigherAuthoritiesAndCitedDocuments() throws IOException {
        SourceDocument d = page("""
                2023年度新增专项债券项目绩效评价情况
                发布时间:2024-06-19 14:20  来源:望川区文化旅游局
                中共澜州市委、澜州市人民政府高度重视预算绩效管理。根据《中共澜州市委办公室 澜州市人民政府办公室关于全面实施预算绩效管理的通知》(澜财社〔2023〕12号),我单位对2023年新增专项债券项目进行了绩效自评。
                中共澜州市委2023年提出了新的要求,江北大学经济管理学院2023年受托开展了复核。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川区文化旅游局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川区文化旅游局");
        assertEquals(2023, m.year());
    }

    @Test
    void labelsAloneOnTheirLinesWithTheirValuesBelow() throws IOException {
        SourceDocument d = page("""
                服务外包项目绩效自评表

                一、项目基本情况

                项目实施单位

                江北省望川市商务局外包服务处

                主管部门

                江北省望川市商务局

                项目负责人

                张某某
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("江北省望川市商务局外包服务处", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "江北省望川市商务局外包服务处");
    }

    @Test
    void signatureAtTheEndNamesTheReporterNotTheConsultantItHired() throws IOException {
        SourceDocument d = page("""
                关于专项资金绩效自评情况的报告
                一、基本情况
                为做好评价,委托江北大学公共管理学院2023年开展第三方复核,复核意见已采纳。
                二、自评结论
                自评得分92.5分。
                望川县体育事业发展中心
                2024年3月15日
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县体育事业发展中心", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县体育事业发展中心");
        assertTrue(m.evidence().get("department").start() > d.text().text().indexOf("自评得分"), "read at the signature");
    }

    @Test
    void firstPersonBureauIsTheOneOpeningASentenceNotTheFinanceBureauThatPaid() throws IOException {
        SourceDocument d = page("""
                望川县2022年湿地保护项目支出绩效自评报告
                发布时间:2023-11-29 来源:望川县人民政府办公室
                一、项目资金到位情况
                望川县财政局于2022年9月2日以(望财整合〔2022〕19号)文件拨付资金123万元,资金到位后,我局及时组织实施。
                县林业局领导高度重视,组织县发改局、财政局和乡村振兴局专家验收。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("县林业局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "县林业局");
        assertEquals(2022, m.year());
    }

    @Test
    void flattenedFormNameCutAtTheNextFieldWord() throws IOException {
        SourceDocument d = page("""
                望川区2022年度部门整体支出绩效评价自评报告.docx
                1、望川区2022年度部门(单位)整体支出绩效评价自评报告部门(单位)名称澜州市望川区发展和改革局预算编码302001报告日期:2023年5月10日望川区财政局(制)
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("澜州市望川区发展和改革局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "澜州市望川区发展和改革局");
        assertEquals(2022, m.year());
    }

    @Test
    void unitOpeningItsSentencesWithTheYearIsTheReporterAndGivesTheYear() throws IOException {
        SourceDocument d = page("""
                一、绩效目标分解下达情况
                (一)望川县青松镇人民政府2023年度下达上级资金转移支付456.78万元。
                (二)望川县青松镇人民政府2023年度共实施项目5个,均已完工。
                二、其他
                本报告于2024年3月完成,2024年将继续加强管理。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县青松镇人民政府", m.department());
        assertEquals(2023, m.year());
        assertTrue(m.evidence().get("year").text().contains("2023"), m.evidence().get("year").text());
    }

    @Test
    void theYearOfAReportWithNoTitleIsWhatItSaysItReports() throws IOException {
        SourceDocument d = page("""
                关于抗旱专项资金执行情况绩效自评报告
                根据上级文件精神和要求,现将望川市2021年抗旱专项资金绩效自评工作报告如下:
                2022年3月,自治州下达补充资金。发布时间:2022-12-05
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals(2021, m.year());
        assertEquals("2021", m.evidence().get("year").text());
        assertFalse(m.department() != null && m.department().contains("自治州"), String.valueOf(m.department()));
    }

    @Test
    void aPageFieldTypedWithASpaceForItsColon() throws IOException {
        SourceDocument d = page("""
                望川县2021年农村饮水工程维修养护资金绩效自评报告
                发布时间:2022-02-11 11:23 来源 望川县农业农村水利局 浏览:
                一、基本情况
                项目资金来源于中央和省级补助,共计48.6万元。江北省水利厅2021年度下达维修养护资金48.6万元。
                """);
        assertEquals("望川县农业农村水利局", EXTRACTOR.extract(d).department());
        SourceDocument sentence = page("""
                农村饮水工程维修养护资金绩效自评报告
                来源于上级补助的资金共计48.6万元,全部用于望川县农村饮水工程。
                """);
        assertFalse("上级补助".equals(EXTRACTOR.extract(sentence).department()));
    }

    @Test
    void theYearSomethingStartedInIsNotTheYearEvaluated() throws IOException {
        for (String history : java.util.List.of("本县从2010年开展公益林管护工作,逐年完善管护办法。",
                "本馆1984年成立,现有职工12人。", "自2015年起,本县对公益林实行分级管护。")) {
            SourceDocument d = page("森林生态效益补偿资金绩效自评\n一、基本情况\n" + history + "\n");
            ReportMetadata m = EXTRACTOR.extract(d);
            assertTrue(m.year() == null, history + " gave " + m.year());
        }
    }

    @Test
    void aYearWrittenInWordsDatesTheReportAndIsNoPartOfAUnitsName() throws IOException {
        SourceDocument d = page("""
                二〇二三年度新增地方政府专项债券项目绩效评价情况
                发布时间:2024-05-20 信息来源:望川区卫生健康局
                本单位二〇二三年共有专项债券项目2个,发行债券0.85亿元。

                二〇二三年新增地方政府专项债券项目绩效评价表
                单位:亿元
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川区卫生健康局", m.department());
        assertEquals(2023, m.year());
    }

    @Test
    void theUnitThatCarriedOutTheProjectUnderItsOtherLabels() throws IOException {
        for (String label : java.util.List.of("执行单位", "用款单位")) {
            SourceDocument d = page("望川县项目支出绩效自评表 (2021年度) 项目名称 基本公共卫生服务 主管单位 望川县卫生健康局 "
                    + "年初预算数 0 项目资金 (万元) 年度资金总额 " + label + " 望川县青松镇卫生院 全年预算数 全年执行数 分值 执行率 得分\n");
            ReportMetadata m = EXTRACTOR.extract(d);
            assertEquals("望川县青松镇卫生院", m.department(), label);
        }
    }

    @Test
    void centralAndProvincialSupervisorsAreNotTheUnitThatSpentTheMoney() throws IOException {
        SourceDocument d = page("""
                索引号 | 11223344/202404-00022 | 组配分类 | 部门项目 |
                发布机构 | 澜州市农业农村局 | 发文日期 | 2024-04-15 11:09 |
                信息来源 | 澜州市农业农村局 | 主题导航 | 三农 |
                转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称动物防疫补助中央主管部门农业农村部地方主管部门省农业农村厅资金使用单位市农业农村局-市动物卫生中心资金投入情况(万元)
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("澜州市农业农村局", m.department(), "the publisher's full name, of which the form's 市农业农村局 is a short form");
        SampleReportMetadataTest.assertQuotes(d, m, "department", "澜州市农业农村局");
        assertTrue(m.aliases().contains("市农业农村局"), m.aliases().toString());
        assertEquals(2023, m.year());
    }

    @Test
    void aPlaceThatIsTheSubjectOfTheClausesReportsWhenNoUnitIsNamed() throws IOException {
        SourceDocument d = page("""
                一、转移支付基本情况2023年省下达望川市就业补助资金共1234.56万元,中央资金1000万元,
                二、总体绩效目标完成情况目标1:望川市完成城镇新增就业人数1.2万人,目标2:望川市城镇登记失业率3%,
                三、绩效自评结论,望川市严格按照省人力资源和社会保障厅文件要求管理和使用资金,评价结果为:优秀。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川市", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川市");
    }

    @Test
    void aPlaceMentionedOnceIsNoReportingUnit() throws IOException {
        SourceDocument d = page("""
                一、基本情况 2023年省下达望川市就业补助资金共1234.56万元,用于就业培训,评价结果为:优秀。
                """);
        assertEquals(null, EXTRACTOR.extract(d).department());
    }

    @Test
    void aUnitPrintedAfterItsBudgetCodeIsNamedWithoutTheCode() throws IOException {
        SourceDocument d = page("""
                附件: 项目支出绩效自评表 (2022年度) 项目名称 道路养护项目 主管部门 318-望川县青松乡人民政府 实施单位 318001-望川县青松乡人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县青松乡人民政府", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县青松乡人民政府");
        assertEquals(2022, m.year());
        SourceDocument lines = page("""
                项目支出绩效自评表
                主管部门 318-望川县青松乡人民政府
                """);
        assertEquals("望川县青松乡人民政府", EXTRACTOR.extract(lines).department());
        SourceDocument noCode = page("""
                项目支出绩效自评表
                主管部门 2023-2025年规划
                """);
        assertEquals(null, EXTRACTOR.extract(noCode).department(), "a year range is no unit code");
    }

    @Test
    void aFormTitleInACellOfItsOwnTableGivesTheYear() throws IOException {
        SourceDocument d = page("""
                产出指标 | 数量指标 | 道路养护里程 | ≥ | 30 | 公里 | 32 | 90 | 90 | ||
                合计 | 100 | |||||||||
                部门预算项目支出绩效自评表(2023年度) | ||||||||||
                项目名称 | 51092324T000010263357-2023年全乡道路养护项目 | |||||||||
                主管部门 | 望川县交通运输局 | 实施单位 | 望川县公路养护站 | |||||||
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals(2023, m.year());
        assertEquals("望川县公路养护站", m.department());
        SourceDocument nameOnly = page("""
                产出指标 | 数量指标 | 道路养护里程 | ≥ | 30 | 公里 | 32 | 90 | 90 | ||
                项目名称 | 51092324T000010263357-2021年全乡道路养护项目 | |||||||||
                主管部门 | 望川县交通运输局 | 实施单位 | 望川县公路养护站 | |||||||
                """);
        assertEquals(2021, EXTRACTOR.extract(nameOnly).year(), "the year the project is named with, after its code");
    }

    @Test
    void aReportedSubjectThatGoesOnToNameTheFundsGivesItsUnit() throws IOException {
        SourceDocument d = page("""
                为做好2023年财政衔接推进乡村振兴资金项目绩效管理工作,根据《江北省扶贫项目资金绩效管理办法》(江财农〔2018〕130号),现将2023年临泽县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:
                一、绩效目标分解下达情况
                我县2023年农村公路建设项目计划投资1234万元。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("临泽县交通运输局", m.department(), "a county the region table knows, whose name alone was taken for a place");
        SampleReportMetadataTest.assertQuotes(d, m, "department", "临泽县交通运输局");
        SourceDocument topic = page("""
                现将2023年望川县农村公路建设工作情况报告如下:
                一、基本情况
                """);
        assertEquals(null, EXTRACTOR.extract(topic).department(), "a subject that is a piece of work, not funds");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"单位名称(盖章):", "编制单位:", "报送单位:", "申报单位(盖章):",
            "部门(单位)全称:", "单位全称(公章):"})
    void theLabelsAReportsCoverNamesItselfBy(String label) throws IOException {
        SourceDocument d = page("2023年度部门整体支出绩效自评报告\n" + label + "临泽县林业和草原局\n"
                + "一、基本情况\n本单位主要负责林草工作。\n");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("临泽县林业和草原局", m.department(), label);
        SampleReportMetadataTest.assertQuotes(d, m, "department", "临泽县林业和草原局");
    }

    /**
     * A cover page's own name field (部门(单位)全称, its seal mark after the name) outranks the page's publisher field,
     * which names the town's web section, not the reporting unit.
     */
    @Test
    void theCoversFullNameOutranksThePagesPublisher() throws IOException {
        SourceDocument d = page("""
                索 引 号: 0000/2023-001 | 发布机构: 望川县柳溪镇 |
                部门整体支出绩效评价自评报告
                ( 2022 年度)
                部门(单位)全称: 柳溪镇人民政府 (公章)
                主管部门审核意见:
                一、部门基本情况
                本镇主要负责辖区公共服务。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("柳溪镇人民政府", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "柳溪镇人民政府");
    }

    @Test
    void aUnitOfMeasureIsNoUnitName() throws IOException {
        SourceDocument d = page("2023年度部门整体支出绩效自评报告\n单位:万元\n一、基本情况\n本单位主要负责林草工作。\n");
        assertEquals(null, EXTRACTOR.extract(d).department());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "临泽县林业和草原局部门整体支出绩效自评报告\n所属年度:2023",
        "临泽县林业和草原局部门整体支出绩效自评报告\n评价年度: 2023年度",
        "临泽县林业和草原局二〇二三年度部门整体支出绩效自评报告",
        "临泽县林业和草原局二零二三年度部门整体支出绩效自评报告"})
    void theEvaluatedYearOnACoverLineOrInChineseNumerals(String cover) throws IOException {
        SourceDocument d = page(cover + "\n一、基本情况\n本单位主要负责林草工作,2024年3月开展自评。\n临泽县林业和草原局\n2024年3月15日\n");
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals(2023, m.year(), cover);
        assertEquals("临泽县林业和草原局", m.department());
    }

    @Test
    void chineseNumeralsOnlyBeforeANianAreAYear() {
        assertEquals("临泽县2023年度报告", YearFinder.arabicYears("临泽县二〇二三年度报告"));
        assertEquals("一二三四项工作", YearFinder.arabicYears("一二三四项工作"));
        assertEquals("第三四五六年", YearFinder.arabicYears("第三四五六年"), "no year starts 三四");
    }

    @Test
    void aFormOneCellALineEachEndedByItsPipeNamesItsUnit() throws IOException {
        SourceDocument d = page("""
                部门预算项目支出绩效自评表(2023年度) |
                项目名称 |
                51000021R000000012345-办公运转经费 |
                主管部门 |
                望川县发展和改革局本级 |
                实施单位 (盖章) |
                望川县发展和改革局 |
                |
                项目基本情况 |
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县发展和改革局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县发展和改革局");
        assertEquals(2023, m.year());
        assertEquals(ReportMetadata.ReportScope.PROJECT, m.scope(), "the form's title, closed by its pipe");
        assertEquals("主管部门", FormFields.terminalCell("主管部门 |"));
        assertEquals(null, FormFields.terminalCell("主管部门 | 某局 |"), "a pipe row, not one cell");
        assertEquals(null, FormFields.terminalCell("|"), "an empty cell");
    }

    @Test
    void aUnitPrintedTwiceInARowIsOneUnit() throws IOException {
        // a PDF row read across: the 主管单位 and 实施单位 cells side by side hold the same unit
        SourceDocument d = page("""
                某县财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 95 项目实施单位 望川县交通运输局 望川县交通运输局 项目负责人 某某某
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县交通运输局", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县交通运输局");
        assertEquals("望川县交通运输局", UnitNames.clean("望川县交通运输局望川县交通运输局"));
        assertEquals("县县县", UnitNames.clean("县县县"), "no half to repeat");
        assertEquals("交通交通", UnitNames.clean("交通交通"), "too short to be a name printed twice");
    }

    @Test
    void aSentenceRunIsNoUnitAndAYearsLastDayDatesTheSpending() throws IOException {
        SourceDocument d = page("""
                一、项目概括
                (一)项目基本情况
                公共服务与管理项目为省农业农村厅本级的经常性项目,项目资金用途为保障各处室履行职能。
                二、项目资金使用及管理情况
                年初预算186.95万元,资金到位率100%。
                截止2022年12月31日,项目实际使用资金176.47万元,资金使用率94%。
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertTrue(m.department() == null || !m.department().contains("为"), m.department());
        assertEquals(2022, m.year());
        assertFalse(UnitMentions.opensWithPlace("管理项目为省商务厅"));
        SourceDocument period = page("""
                某某新区财政支出项目绩效评价自评报告
                项目名称 低保专项
                报告日期:2018年 7月 15日
                项目负责人 |
                某某 |
                项目起止时间 |
                2017 年 1 月起至 2017 年 12 月止 |
                """);
        assertEquals(2017, EXTRACTOR.extract(period).year(), "the project period, not the report's date");
        assertTrue(UnitMentions.opensWithPlace("望川县商务局"));
    }

    @Test
    void aSharedFilesNameIsTheTitleAndASchoolIsAUnit() throws IOException {
        SourceDocument d = page("""
                《望川县第二中学专项资金绩效自评价报告.docx》由会员分享,可在线阅读,更多相关《望川县第二中学专项资金绩效自评价报告.docx(2页珍藏版)》请在某某文库上搜索。
                望川县第二中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个:生均公用经费项目
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertEquals("望川县第二中学专项资金绩效自评价报告", m.title());
        assertEquals("望川县第二中学", m.department());
        SampleReportMetadataTest.assertQuotes(d, m, "department", "望川县第二中学");
    }

    @Test
    void aSuffixInsideAWordEndsNoName() throws IOException {
        // a template's placeholder 财政处室 (a division of the finance office), not a unit named 财政处
        SourceDocument d = page("""
                部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人某某联系电话
                """);
        ReportMetadata m = EXTRACTOR.extract(d);
        assertTrue(m.department() == null || !m.department().startsWith("财政处"), m.department());
    }
}
