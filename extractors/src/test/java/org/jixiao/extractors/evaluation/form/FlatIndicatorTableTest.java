package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Indicator tables whose grid was lost, one test per layout met in published reports, with invented names and
 * numbers: the rows read, their columns, and provenance quoting the text.
 */
class FlatIndicatorTableTest {

    private static final SourceFile FILE = new SourceFile(Path.of("flat.txt"), "ef".repeat(32), 100, Format.TXT);

    private static SourceDocument doc(String text) {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text(text, null, Mode.LINES);
        return b.build();
    }

    private static FlatIndicatorTable.Result read(SourceDocument doc) {
        FlatText t = FlatText.of(doc).get(0);
        return FlatIndicatorTable.read(t, 0, t.text().length());
    }

    /** A row's third-level name, target and actual as printed, and its weight and score. */
    private static void assertRow(Indicator i, String level3, String target, String actual, String weight,
                                  String score) {
        assertEquals(Arrays.asList(level3, target, actual), Arrays.asList(i.level3(), i.target(), i.actual()));
        assertEquals(weight == null ? null : new BigDecimal(weight), i.weight(), "weight of " + level3);
        assertEquals(score == null ? null : new BigDecimal(score), i.score(), "score of " + level3);
    }

    private static void assertQuotes(SourceDocument doc, Indicator i, String printed) {
        assertEquals(printed, i.at().text());
        assertEquals(printed, doc.text().snippet(i.at().start(), i.at().end()), "provenance offsets quote the text");
    }

    /**
     * A Word form dumped to one line with a single space between cells: targets and actuals of other shapes
     * ({@code ≥60个} beside {@code 60}, a percentage printed as 百分比), phrases, and a row with no second-level
     * name of its own. Every gap is a cell boundary.
     */
    @Test
    void cellsKeptApartBySpacesOnOneLine() {
        SourceDocument doc = doc("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
                + "产出指标(50分) 数量指标 评审项目数量 ≥60个 60 10 10 质量指标 评审报告合格率 ≥100百分比 100 10 9 "
                + "资金使用合规性 符合财务制度 达到预期 10 10 时效指标 报告提交及时性 按时完成 达到预期 10 10 "
                + "成本指标 项目总成本 ≤75万元 74.5 10 10 效益指标(30分) 社会效益指标 对评审公平的影响 明显 较明显 30 26 "
                + "满意度指标(10分) 满意度指标 委托方满意度 ≥90% 95% 10 10 总分 100 95");
        FlatIndicatorTable.Result r = read(doc);

        assertNotNull(r);
        List<Indicator> rows = r.indicators();
        assertEquals(7, rows.size(), rows.toString());
        assertRow(rows.get(0), "评审项目数量", "≥60个", "60", "10", "10");
        assertRow(rows.get(1), "评审报告合格率", "≥100百分比", "100", "10", "9");
        assertRow(rows.get(2), "资金使用合规性", "符合财务制度", "达到预期", "10", "10");
        assertEquals("质量指标", rows.get(2).level2(), "a row under the same second-level name");
        assertNull(rows.get(1).note(), "the next row is no 偏差原因");
        assertRow(rows.get(4), "项目总成本", "≤75万元", "74.5", "10", "10");
        assertRow(rows.get(5), "对评审公平的影响", "明显", "较明显", "30", "26");
        assertQuotes(doc, rows.get(5), "对评审公平的影响明显较明显30 26"); // the normalized text, spaces beside characters dropped
        assertRow(rows.get(6), "委托方满意度", "≥90%", "95%", "10", "10");
        assertTrue(r.closed(), "read to its 总分 line");
    }

    /** A spaced row whose score exceeds its weight is read as printed, not split another way past the 总分 line. */
    @Test
    void aSpacedScoreAboveItsWeightIsReadAsPrinted() {
        SourceDocument doc = doc("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
                + "产出指标(50分) 数量指标 评审项目数量 ≥60个 60 50 50 满意度指标(10分) 满意度指标 委托方满意度 ≥90% 93% 10 12 "
                + "总分 100 96");
        FlatIndicatorTable.Result r = read(doc);
        assertNotNull(r);
        assertEquals(2, r.indicators().size(), r.indicators().toString());
        assertRow(r.indicators().get(1), "委托方满意度", "≥90%", "93%", "10", "12");
        assertTrue(r.closed(), "read to its 总分 line");
    }

    /** Sichuan-style: the whole form on one line, columns 分值 | 年度指标值 | 全年实际值 | 得分, sections weighted. */
    @Test
    void wholeTableOnOneLine() {
        SourceDocument doc = doc("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
                + "产出指标(60分)数量指标新建排水沟20≥350米≥352米20护栏高度10≥80厘米≥80厘米10"
                + "质量指标工程验收合格率20100%100%20成本指标项目计划总投资1035万元35万元10"
                + "效益指标(30分)社会效益指标群众出行条件改善30明显改善明显改善30"
                + "满意度指标(10分)服务对象满意度指标受益群众满意度10≥90%≥93%10……总分100100");
        FlatIndicatorTable.Result r = read(doc);

        assertNotNull(r);
        List<Section> s = r.sections();
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), s.stream().map(Section::name).toList());
        assertEquals(new BigDecimal("60"), s.get(0).weight());
        assertEquals("产出指标(60分)", s.get(0).at().text());
        List<Indicator> rows = r.indicators();
        assertEquals(6, rows.size());
        Indicator first = rows.get(0);
        assertEquals("产出指标", first.level1());
        assertEquals("数量指标", first.level2());
        assertRow(first, "新建排水沟", "≥350米", "≥352米", "20", "20");
        assertQuotes(doc, first, "新建排水沟20≥350米≥352米20");
        assertEquals("≥80厘米", rows.get(1).target());
        assertEquals("100%", rows.get(2).target());
        assertEquals(new BigDecimal("20"), rows.get(2).weight());
        assertEquals("35万元", rows.get(3).actual());
        assertEquals("明显改善", rows.get(4).target());
        assertEquals(new BigDecimal("30"), rows.get(4).score());
        assertEquals("满意度指标", rows.get(5).level1());
        assertEquals("≥93%", rows.get(5).actual());
    }

    /** Shanghai-style: one row a line, 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, words in the value columns. */
    /**
     * A row whose score exceeds its weight ({@code 1517}: no split keeps 得分 within 分值) is what the checks look
     * for: it is read as 15 and 17 rather than lost with the rest of its table. Only a whole row is: a name without
     * digits, and its target and actual.
     */
    @Test
    void aScoreAboveItsWeightIsReadNotLost() {
        SourceDocument doc = doc("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
                产出指标数量指标组织业务培训场次9场6场1517资金拨付较晚
                完成整治点位数量87处62处153.7任务量变化
                总分10075.7
                """);
        List<Indicator> rows = read(doc).indicators();
        assertEquals(2, rows.size());
        assertRow(rows.get(0), "组织业务培训场次", "9场", "6场", "15", "17");
        assertEquals(new BigDecimal("3.7"), rows.get(1).score());

        SourceDocument debris = doc("""
                绩效指标一级指标二级指标三级指标分值年度指标值实际完成值得分
                产出指标质量指标指标1采购合格率8采购合格率290$290%8
                总分10075.7
                """);
        FlatIndicatorTable.Result r = read(debris);
        assertTrue(r == null || r.indicators().stream().noneMatch(i -> i.score() != null && i.weight() != null
                && i.score().compareTo(i.weight()) > 0), "no score above its weight is made of OCR debris");
    }

    /**
     * {@code 710} reads as 分值 71, 得分 0 (a score within its weight) or 分值 7, 得分 10; the section's stated
     * 40 points are made up only by the second: 7 + 8 + 9 + 16.
     */
    @Test
    void theSectionsWeightChoosesBetweenTwoSplitsOfTheSameDigits() {
        SourceDocument doc = doc("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
                产出指标（40分）数量指标新建公厕数量6座6座710
                改造污水管网长度5公里5公里88
                质量指标工程验收合格率100%100%99
                时效指标按期完工率≥95%96%1616
                效益指标（60分）社会效益指标群众满意度≥90%93%6058
                总分10097
                """);
        List<Indicator> rows = read(doc).indicators();
        assertEquals(5, rows.size());
        assertRow(rows.get(0), "新建公厕数量", "6座", "6座", "7", "10");
        assertRow(rows.get(1), "改造污水管网长度", "5公里", "5公里", "8", "8");

        SourceDocument unstated = doc("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
                产出指标数量指标新建公厕数量6座6座710
                改造污水管网长度5公里5公里88
                总分10097
                """);
        assertRow(read(unstated).indicators().get(0), "新建公厕数量", "6座", "6座", "71", "0");
    }

    @Test
    void oneRowALineWithNotes() {
        SourceDocument doc = doc("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标道路保洁覆盖率100%100%2020
                质量指标保洁达标率100%85%1212人手不足
                时效指标保洁及时性及时较及时88天气影响
                效益指标社会效益指标居民满意度≥90%≥92%1010
                总分:50
                """);
        List<Indicator> rows = read(doc).indicators();
        assertEquals(4, rows.size());
        assertEquals("道路保洁覆盖率", rows.get(0).level3());
        assertEquals(new BigDecimal("20"), rows.get(0).weight());
        Indicator quality = rows.get(1);
        assertEquals("85%", quality.actual());
        assertEquals(new BigDecimal("12"), quality.score());
        assertEquals("人手不足", quality.note());
        assertQuotes(doc, quality, "保洁达标率100%85%1212");
        Indicator words = rows.get(2);
        assertEquals("保洁及时性", words.level3(), "two worded values end the label: the target and the actual");
        assertEquals("及时", words.target());
        assertEquals("较及时", words.actual());
        assertEquals(new BigDecimal("8"), words.weight());
        assertEquals("效益指标", rows.get(3).level1());
    }

    @Test
    void wordedValuesAreSplitFromTheLabelOnlyWhenTwoOfThemEndIt() {
        FlatVocabulary vocab = FlatVocabulary.get();
        assertEquals(List.of("带动辖区经济发展是否有效", "达到预期", "部分达到"),
                List.of(FlatIndicatorTable.answers("带动辖区经济发展是否有效达到预期部分达到", vocab)));
        assertEquals(List.of("长效机制是否健全", "是", "是"), List.of(FlatIndicatorTable.answers("长效机制是否健全是是", vocab)));
        assertNull(FlatIndicatorTable.answers("社会秩序是否有效", vocab), "是否有效 is the label's question, not 否 | 有效");
        assertNull(FlatIndicatorTable.answers("群众满意度", vocab), "no worded value at its end");
        assertNull(FlatIndicatorTable.answers("达标达标", vocab), "nothing would be left of the label");
    }

    /**
     * Worded target and actual before digits that also split four ways ({@code 1111}: target 1, actual 1, 分值 1, 得分 1):
     * a label that ends in two answers says the words are the target and actual, and the digits 分值 11, 得分 11.
     */
    @Test
    void twoAnswersEndingTheLabelBeatBareNumbersCutFromTheWeight() {
        SourceDocument doc = doc("""
                绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
                效益指标经济效益指标带动辖区经济发展是否有效达到预期达到预期1111
                社会效益指标群众办事便利程度达到预期基本达到98.1资金拨付较晚
                总分10090
                """);
        List<Indicator> rows = read(doc).indicators();
        assertRow(rows.get(0), "带动辖区经济发展是否有效", "达到预期", "达到预期", "11", "11");
        assertEquals(new BigDecimal("8.1"), rows.get(1).score());
    }

    /** A 得分计算方法 column left empty, plain numbers run together: 20|100|100|20 read by target ≈ actual. */
    @Test
    void emptyMethodColumnAndPlainNumbers() {
        SourceDocument doc = doc("一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
                + "产出指标(50分)数量指标发放物资户数,2010010020时效指标(必填)按期发放完毕101001008.5效益指标");
        List<Indicator> rows = read(doc).indicators();
        assertEquals(2, rows.size());
        assertEquals("发放物资户数", rows.get(0).level3());
        assertEquals("100", rows.get(0).target());
        assertEquals(new BigDecimal("20"), rows.get(0).score());
        assertEquals("按期发放完毕", rows.get(1).level3());
        assertEquals(new BigDecimal("10"), rows.get(1).weight());
        assertEquals(new BigDecimal("8.5"), rows.get(1).score());
    }

    private static final String NATIONAL_TEMPLATE = """
                年度绩效指标完成情况 一级
                指标
                二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
                (50分)
                数量指标 指标1:新建机耕道长度 3 3 20 20
                指标2:
                ……
                质量指标 指标1:竣工验收合格 15 14
                指标2:
                ……
                (30分)
                社会效益
                指标
                指标1:方便群众出行 15 15
                指标2:
                ……
                生态效益
                指标
                指标1:/ / /
                指标2:
                ……
                可持续影
                响指标
                指标1:设施长期使用 15 13
                ……
                满意度指标
                (10分)
                服务对象
                满意度指标
                指标1:受益群众满意度 90% 96% 10 10
                ……
                总分 100 92
                """;

    /**
     * The national template as a web page prints it, one row a line with spaces between cells: the header's and the
     * level names' narrow cells wrapped ({@code 一级 / 指标}, {@code 可持续影 / 响指标}), the first-level names lost
     * (printed vertically: only {@code (50分)} is left), the template's empty rows ({@code 指标2:}, {@code ……}) and a
     * row with nothing in its target and actual cells. Every filled row is read, the empty ones skipped.
     */
    @Test
    void theNationalTemplateWithWrappedCellsAndEmptyRows() {
        SourceDocument doc = doc(NATIONAL_TEMPLATE);
        FlatIndicatorTable.Result r = read(doc);

        assertNotNull(r);
        List<Indicator> rows = r.indicators();
        assertEquals(List.of("新建机耕道长度", "竣工验收合格", "方便群众出行", "设施长期使用", "受益群众满意度"),
                rows.stream().map(Indicator::level3).toList(), "names without the template's row numbers");
        assertRow(rows.get(0), "新建机耕道长度", "3", "3", "20", "20");
        assertRow(rows.get(1), "竣工验收合格", null, null, "15", "14");
        assertEquals(List.of("数量指标", "质量指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"),
                rows.stream().map(Indicator::level2).toList(), "level names read across their line breaks");
        assertNull(rows.get(0).level1(), "a first-level name the page lost is not made up");
        assertEquals("满意度指标", rows.get(4).level1());
        assertRow(rows.get(4), "受益群众满意度", "90%", "96%", "10", "10");
        assertQuotes(doc, rows.get(3), "指标1:设施长期使用15 13");
        Section satisfaction = r.sections().get(0);
        assertEquals("满意度指标", satisfaction.name());
        assertEquals(new BigDecimal("10"), satisfaction.weight(), "its weight on the next line");
        assertTrue(satisfaction.at().text().startsWith("满意度指标"), satisfaction.at().text());
        assertTrue(r.closed(), "the empty rows lose nothing: read to the 总分 line");
    }

    /** The same page loaded from a file, each line a block of its own: a wrapped name spans two blocks. */
    @Test
    void theNationalTemplateLoadedFromAFile(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("page.txt");
        java.nio.file.Files.writeString(p, NATIONAL_TEMPLATE.indent(4), java.nio.charset.StandardCharsets.UTF_8);
        SourceDocument doc = new org.jixiao.corpus.load.text.TextLoader().load(SourceFile.of(p));
        FlatText t = FlatText.of(doc).stream().filter(x -> x.text().contains("三级指标")).findFirst().orElseThrow();
        FlatIndicatorTable.Result r = FlatIndicatorTable.read(t, 0, t.text().length());
        assertNotNull(r);
        assertEquals(5, r.indicators().size(), r.indicators().toString());
        Section satisfaction = r.sections().get(0);
        assertEquals(new BigDecimal("10"), satisfaction.weight());
        assertEquals("满意度指标", satisfaction.at().text(), "quoted by the line it starts on");
        assertEquals("满意度指标", doc.text().snippet(satisfaction.at().start(), satisfaction.at().end()));
    }

    /**
     * A county's special-fund form that sets targets without scoring them: only 年度指标值 and 全年完成值 (and a
     * 未完成原因和改进措施 column), rows run together. Every row with a target and an actual of one shape is read; a
     * first row whose name opens with a number is skipped, not taken for the end of the table; words left over
     * from the page's own numbering (2、) make a row that does not read, and it is skipped.
     */
    @Test
    void aTableOfTargetsAndActualsWithoutScores() {
        SourceDocument doc = doc("绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施产出指标数量指标"
                + "800吨饲料储备到位率100%100%储备台账完整率100%\n2、100%质量指标饲料抽检合格率≥98%99%"
                + "时效指标补贴发放及时率100%95%资金下达较晚\n效益指标社会效益指标受益养殖户数120户126户"
                + "满意度指标服务对象满意度指标养殖户满意度90%96%说明无");
        FlatIndicatorTable.Result r = read(doc);
        assertNotNull(r);
        List<Indicator> rows = r.indicators();
        assertEquals(List.of("800吨饲料储备到位率", "饲料抽检合格率", "补贴发放及时率", "受益养殖户数", "养殖户满意度"),
                rows.stream().map(Indicator::level3).toList());
        assertRow(rows.get(1), "饲料抽检合格率", "≥98%", "99%", null, null);
        assertEquals("质量指标", rows.get(1).level2());
        assertEquals("资金下达较晚", rows.get(2).note());
        assertRow(rows.get(3), "受益养殖户数", "120户", "126户", null, null);
        assertEquals("效益指标", rows.get(3).level1());
        assertQuotes(doc, rows.get(4), "养殖户满意度90%96%");
    }

    /** A header hard-wrapped inside its last column word (偏差原因分析及改 / 进措施): the rows under it are read. */
    @Test
    void aHeaderWrappedInsideAColumnWord() {
        SourceDocument doc = doc("绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改\n"
                + "进措施\n"
                + "产出指标数量指标维修路灯数量200盏210盏2020\n"
                + "质量指标维修合格率100%90%2018返修较多\n"
                + "总分10095");
        FlatIndicatorTable.Result r = read(doc);
        assertNotNull(r);
        assertEquals(List.of("维修路灯数量", "维修合格率"), r.indicators().stream().map(Indicator::level3).toList());
        assertRow(r.indicators().get(1), "维修合格率", "100%", "90%", "20", "18");
        assertEquals("返修较多", r.indicators().get(1).note());
        assertTrue(r.closed());
    }

    /**
     * A level name read across a line break does not take the 指标 of the next row's own number: 社会效益 (no level
     * name of the vocabulary) and 指标1: are not the level 社会效益指标 and a row named {@code 1:就业带动人数}.
     */
    @Test
    void aWrappedLevelNameStopsBeforeTheNextRowsNumber() {
        SourceDocument doc = doc("""
                一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
                产出指标 数量指标 培训人次 200 210 30 30
                效益指标 社会效益
                指标1:就业带动人数 50 48 30 27
                总分 60 57
                """);
        FlatIndicatorTable.Result r = read(doc);
        assertNotNull(r);
        assertEquals(List.of("培训人次"), r.indicators().stream().map(Indicator::level3).toList());
        assertEquals(false, r.closed(), "a row that does not read ends the table short of its 总分 line");
    }

    /** A run of digits that splits more than one plausible way gives no weight or score rather than a guess. */
    @Test
    void noHeaderNoRows() {
        assertNull(read(doc("产出指标数量指标新建排水沟20≥350米≥352米20")));
    }

    /**
     * OCR of a form with its budget block garbled: the indicator table is a form of its own; a row wrapped onto the
     * next line is skipped up to the next level name (the table then no longer counts as closed), rows are
     * numbered 指标1, a note stops at the level name printed after it on the same line.
     */
    @Test
    void rowsAfterOneThatDoesNotSplitAreStillRead() {
        String text = "某某乡种苗示范项目自评表(2023年度)项目总得分97分项目名称某某乡种苗示范项目实施单位某某乡农技站\n"
                + "一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(40分)数量指标"
                + "指标1发放种苗6320万株320万株6指标2建设示范田6000亩\n6120亩质量指标指标1种苗合格率6≥95%96%6"
                + "效益指标(40分)可持续影响指标示范带动持续发挥作用6是基本达到5加强培训满意度指标(20分)服务对象满意度调";
        SourceDocument doc = doc(text);
        FlatText t = FlatText.of(doc).get(0);
        FlatIndicatorTable.Result r = FlatIndicatorTable.read(t, 0, t.text().length());
        assertNotNull(r);
        List<Indicator> rows = r.indicators();
        assertEquals(List.of("发放种苗", "种苗合格率", "示范带动持续发挥作用"),
                rows.stream().map(Indicator::level3).toList());
        assertEquals("320万株", rows.get(0).target());
        assertEquals(new BigDecimal("6"), rows.get(0).weight());
        assertEquals("≥95%", rows.get(1).target());
        assertEquals("质量指标", rows.get(1).level2());
        Indicator last = rows.get(2);
        assertEquals("效益指标", last.level1());
        assertEquals("可持续影响指标", last.level2());
        assertEquals(new BigDecimal("6"), last.weight());
        assertEquals(new BigDecimal("5"), last.score());
        assertEquals("加强培训", last.note());
        assertQuotes(doc, last, "示范带动持续发挥作用6是基本达到5");
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), r.sections().stream().map(Section::name).toList());
        assertEquals(false, r.closed(), "a skipped row: the table is not known to be whole");

        // no budget header: the table is a form of its own, named by its label, scored by its title line
        List<FlatForms.Form> forms = FlatForms.read(doc);
        assertEquals(1, forms.size());
        assertEquals("某某乡种苗示范项目", forms.get(0).name());
        assertEquals(new BigDecimal("97"), forms.get(0).score().number());
        assertEquals("97", forms.get(0).score().at().text());
        assertEquals(3, FlatForms.guessedGrid(doc).stream().filter(p -> rows.stream().anyMatch(i -> i.at().equals(p)))
                .count(), "every row is marked as read from a guessed grid");

        // the same project table stating no score is not a form: beside a scored paragraph it would leave the
        // report's headline score undecided
        SourceDocument unscored = doc(text.replace("项目总得分97分", ""));
        assertEquals(List.of(), FlatForms.read(unscored));
    }
}
