package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Figure.Kind;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/** Labelled figures from the real samples, the generated corpus and small hand-made documents. */
class FigureExtractorTest {

    /** The project's own generated corpus. */
    private static final Path GENERATED = TestPaths.bundledCorpus();
    private static final Map<String, SourceDocument> DOCS = new ConcurrentHashMap<>();
    private static final Map<String, List<Figure>> FIGURES = new ConcurrentHashMap<>();

    private static SourceDocument doc(String name) {
        return DOCS.computeIfAbsent(name, n -> {
            Path p = n.startsWith("generated/") ? GENERATED.resolve(n.substring("generated/".length()))
                    : TestPaths.sample(n);
            if (new DocumentReader().read(p) instanceof ReadResult.Loaded l) {
                return l.document();
            }
            throw new IllegalStateException("cannot read " + p);
        });
    }

    private static List<Figure> figures(String name) {
        return FIGURES.computeIfAbsent(name, n -> {
            SourceDocument d = doc(n);
            List<Figure> fs = FigureExtractor.extract(d);
            fs.forEach(f -> assertQuotes(d, f));
            return fs;
        });
    }

    /** The provenance quotes the document: its offsets cut out exactly its snippet, which is the number. */
    private static void assertQuotes(SourceDocument d, Figure f) {
        Provenance at = f.at();
        assertEquals(at.text(), d.text().text().substring(at.start(), at.end()), f::toString);
        assertTrue(at.text().chars().anyMatch(c -> Character.isDigit(c) || "一二三四五六七八九十两百千".indexOf(c) >= 0),
                () -> "snippet is the number: " + f);
    }

    /** The only figure with this label and value. */
    private static Figure find(List<Figure> fs, String label, String value) {
        List<Figure> hits = fs.stream()
                .filter(f -> f.label().equals(label) && f.value().compareTo(new BigDecimal(value)) == 0).toList();
        assertEquals(1, hits.size(), () -> label + " = " + value + " in " + fs);
        return hits.get(0);
    }

    private static void assertFigure(Figure f, String value, String unit, String yuan, Kind kind) {
        assertEquals(new BigDecimal(value), f.value(), "value keeps the printed scale");
        assertEquals(unit, f.unit());
        assertEquals(yuan == null ? null : new BigDecimal(yuan), f.yuan());
        assertEquals(kind, f.kind());
    }

    /** The figure's offsets are those of {@code number} right after {@code before} in the document. */
    private static void assertAt(SourceDocument d, Figure f, String before, String number) {
        int at = d.text().text().indexOf(before + number);
        assertTrue(at >= 0, before + number);
        assertEquals(at + before.length(), f.at().start());
        assertEquals(at + before.length() + number.length(), f.at().end());
        assertEquals(number, f.at().text());
    }

    @Test
    void gexinYearOnYearSentenceNamesEachFigureAndTheRateBorrowsItsSubject() {
        SourceDocument d = doc("gexin-2025.docx");
        List<Figure> fs = figures("gexin-2025.docx");

        Figure income = find(fs, "2025年财政拨款收入", "1733.73");
        assertFigure(income, "1733.73", "万元", "17337300", Kind.AMOUNT);
        assertAt(d, income, "2025年财政拨款收入为", "1733.73万元");
        assertFalse(income.at().inTable());

        Figure last = find(fs, "上年实际收入", "1841.01");
        assertFigure(last, "1841.01", "万元", "18410100", Kind.AMOUNT);
        assertAt(d, last, "上年实际收入为", "1841.01万元");

        Figure change = find(fs, "本年收入较上年收入减少", "107.28");
        assertFigure(change, "107.28", "万元", "1072800", Kind.AMOUNT);
        assertAt(d, change, "本年收入较上年收入减少", "107.28万元");

        // "…减少107.28万元，减少5.83%": the bare verb takes the subject of the figure before it, and the unit
        // tells the two apart
        Figure percent = find(fs, "本年收入较上年收入减少(%)", "5.83");
        assertFigure(percent, "5.83", "%", null, Kind.RATE);
        assertAt(d, percent, "，减少", "5.83%");
    }

    @Test
    void gexinExpenditureSentenceDropsLinkingWordsAndConnectives() {
        SourceDocument d = doc("gexin-2025.docx");
        List<Figure> fs = figures("gexin-2025.docx");
        assertAt(d, find(fs, "2025年总支出", "1733.73"), "2025年总支出合计为", "1733.73万元");
        Figure basic = find(fs, "基本支出", "1607.83");
        assertAt(d, basic, "其中基本支出为", "1607.83万元");
        Figure project = find(fs, "项目支出", "125.90");
        assertEquals(2, project.value().scale(), "125.90 keeps its printed zero");
        assertEquals(new BigDecimal("1259000"), project.yuan());
        assertFigure(find(fs, "上年度总支出", "1858.29"), "1858.29", "万元", "18582900", Kind.AMOUNT);
        assertFigure(find(fs, "今年较上年总支出减少", "124.55"), "124.55", "万元", "1245500", Kind.AMOUNT);
        // staff counts: the aside （含专职居干） is not part of the label; 共计 alone names the total
        assertFigure(find(fs, "我街道现有在职公务员及行政工勤", "23"), "23", "人", null, Kind.COUNT);
        assertFigure(find(fs, "共计", "59"), "59", "人", null, Kind.COUNT);
        assertTrue(fs.stream().noneMatch(f -> f.at().text().startsWith("2025")), "years are not figures");
    }

    @Test
    void gexinOrganisationTableHasNoFiguresItsWordsAreNotNumbers() {
        SourceDocument d = doc("gexin-2025.docx");
        Table org = d.tables().stream().filter(t -> t.text().contains("单位名称")).findFirst().orElseThrow();
        assertTrue(org.text().contains("财政拨款"));
        assertTrue(figures("gexin-2025.docx").stream()
                .noneMatch(f -> f.at().inTable() && f.at().table() == org.index()));
    }

    @Test
    void gexinGivesTheSameFiguresFromDocxAndRtf() {
        assertEquals(summary(figures("gexin-2025.docx")), summary(figures("gexin-2025.rtf")));
        assertTrue(figures("gexin-2025.rtf").size() >= 15);
    }

    private static List<String> summary(List<Figure> fs) {
        return fs.stream().map(f -> f.label() + "=" + f.value().toPlainString() + f.unit() + "/" + f.kind()
                + "@" + f.at().text()).toList();
    }

    @Test
    void yanfengFormCellsAreNamedByRowAndColumnHeadersWithTheBlocksUnit() {
        List<Figure> fs = figures("yanfeng-2021.docx");
        Figure executed = find(fs, "年度资金总额 / 全年执行数", "2991.61");
        assertFigure(executed, "2991.61", "万元", "29916100", Kind.AMOUNT); // 万元 from 年度预算申请(万元)
        assertEquals(0, executed.at().table());
        assertEquals(2, executed.at().row());
        assertEquals(4, executed.at().col());
        assertEquals("2991.61", executed.at().text());
        assertFigure(find(fs, "年度资金总额 / 年初预算数", "2021.29"), "2021.29", "万元", "20212900", Kind.AMOUNT);
        assertFigure(find(fs, "年度资金总额 / 执行率", "148"), "148", "%", null, Kind.RATE);
        Figure weight = fs.stream().filter(f -> f.label().equals("年度资金总额 / 分值") && f.at().table() == 0)
                .findFirst().orElseThrow();
        assertFigure(weight, "10", null, null, Kind.SCORE); // a number in a 分值 column is points, not 万元

        // indicator rows: 一级 / 二级 / 三级 names, the column header, the unit printed in the cell
        assertFigure(find(fs, "产出指标 / 数量指标 / 经济建设投资总金额 / 实际完成值", "7.6"),
                "7.6", "亿元", "760000000", Kind.AMOUNT);
        assertFigure(find(fs, "产出指标 / 数量指标 / 国有土地上房屋预征收户数 / 实际完成值", "154"),
                "154", "户", null, Kind.COUNT);
        // 名称：数值 inside a cell takes the block's unit
        Figure general = find(fs, "一般公共预算", "742.25");
        assertFigure(general, "742.25", "万元", "7422500", Kind.AMOUNT);
        assertEquals("742.25", general.at().text());
        // the 总分 row at the foot: not labelled by the 一级指标 column it happens to sit in
        assertTrue(fs.stream().anyMatch(f -> f.label().equals("总分") && f.value().intValue() == 86
                && f.kind() == Kind.SCORE));
        // the section weight in 产出指标(50分) is a score named 产出指标
        assertTrue(fs.stream().anyMatch(f -> f.label().equals("产出指标") && f.value().intValue() == 50
                && f.at().inTable()));
        assertTrue(fs.stream().noneMatch(f -> f.label().contains("是 /") || f.label().contains("全部完成")),
                "a value column's words are not row names");
    }

    @Test
    void yanfengFormGivesTheSameTableFiguresFromDocxDocAndPdf() {
        List<String> docx = summary(figures("yanfeng-2021.docx").stream().filter(f -> f.at().inTable()).toList());
        assertTrue(docx.size() > 100, "table figures: " + docx.size());
        assertEquals(docx, summary(figures("yanfeng-2021.doc").stream().filter(f -> f.at().inTable()).toList()));
        assertEquals(docx, summary(figures("yanfeng-2021.pdf").stream().filter(f -> f.at().inTable()).toList()));
    }

    @Test
    void yanfengProseSignedHouseholdsAreExactNotApproximate() {
        List<Figure> fs = figures("yanfeng-2021.docx");
        // "162户国有土地上房屋预征收签约154户": 签约 is signing, its 约 is not "about"
        Figure signed = fs.stream().filter(f -> !f.at().inTable() && f.value().intValue() == 154).findFirst()
                .orElseThrow();
        assertEquals("154户", signed.at().text());
        assertEquals("户", signed.unit());
        assertEquals(org.jixiao.extractors.number.Qualifier.EXACT,
                org.jixiao.extractors.number.NumberScanner.quantities("预征收签约154户").get(0).qualifier());
        assertEquals(org.jixiao.extractors.number.Qualifier.APPROX,
                org.jixiao.extractors.number.NumberScanner.quantities("签订约154户").get(0).qualifier());
    }

    @Test
    void qingyuanScoresListedWithRespectivelyKeepTheWholeListAndTheirPlace() {
        List<Figure> fs = figures("qingyuan-2020.docx");
        String list = "社区办公经费、社区党建经费、专项经费、补充经费、信访维稳项目自评得分";
        Figure first = find(fs, list + " (1/6)", "94");
        assertFigure(first, "94", null, null, Kind.SCORE); // no 分 printed: a score by its name, unit unknown
        assertEquals("94", first.at().text());
        assertFigure(find(fs, list + " (6/6)", "93"), "93", null, null, Kind.SCORE); // five names, six scores
        assertFigure(find(fs, "共涉及预算资金", "72.51"), "72.51", "万元", "725100", Kind.AMOUNT);
        assertEquals(summary(fs), summary(figures("qingyuan-2020.doc")), "the .doc says the same");
    }

    @Test
    void donghuaPerProjectAmountsAndScoresFromPdfAndText() {
        List<Figure> fs = figures("donghua-2024.pdf");
        assertFigure(find(fs, "第五次全国经济普查及投入产出调查经费", "1.928"), "1.928", "万元", "19280", Kind.AMOUNT);
        assertFigure(find(fs, "党建惠民项目资金", "100"), "100", "万元", "1000000", Kind.AMOUNT);
        assertFigure(find(fs, "综合事务专项经费", "17.8"), "17.8", "万元", "178000", Kind.AMOUNT);
        assertFigure(find(fs, "石财行【2024】13号基层平安建设专项经费", "5"), "5", "万元", "50000", Kind.AMOUNT);
        // "…产出指标满分40 分，扣 0 分，得分40 分": 扣 and 得分 borrow the subject of 满分
        assertTrue(fs.stream().anyMatch(f -> f.label().equals("社区工作经费项目产出指标满分")
                && f.value().intValue() == 40 && f.kind() == Kind.SCORE));
        assertTrue(fs.stream().anyMatch(f -> f.label().equals("社区工作经费项目产出指标扣")
                && f.value().intValue() == 0));
        assertTrue(fs.stream().anyMatch(f -> f.label().equals("社区工作经费项目产出指标得分")
                && f.value().intValue() == 40));
        // the text file keeps the PDF's hard line breaks inside sentences (项目效\n益指标), which may shorten a
        // score's label; the amounts do not wrap and come out the same
        assertEquals(amounts(fs), amounts(figures("donghua-2024-gb18030.txt")));
        assertTrue(amounts(fs).size() >= 30, "per-project amounts: " + amounts(fs).size());
    }

    private static List<String> amounts(List<Figure> fs) {
        return fs.stream().filter(f -> f.kind() == Kind.AMOUNT)
                .map(f -> f.label() + "=" + f.value().toPlainString() + f.unit()).toList();
    }

    private static final SourceFile FILE = new SourceFile(Path.of("imagined.docx"), "ef".repeat(32), 100, Format.DOCX);

    @Test
    void unitComesFromTheCaptionOrTheLineAboveAndRowNumbersAreNotFigures() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("表一 支出明细", null, Mode.LINES);
        TableDraft t = new TableDraft().caption("单位：元");
        t.cell(0, 0, 1, 1, "序号");
        t.cell(0, 1, 1, 1, "项目");
        t.cell(0, 2, 1, 1, "金额");
        t.cell(1, 0, 1, 1, "1");
        t.cell(1, 1, 1, 1, "办公费");
        t.cell(1, 2, 1, 1, "1200.50");
        t.cell(2, 0, 1, 1, "2");
        t.cell(2, 1, 1, 1, "差旅费");
        t.cell(2, 2, 1, 1, "300");
        b.table(t);
        b.text("人员情况（单位：人）", null, Mode.LINES);
        TableDraft t2 = new TableDraft();
        t2.cell(0, 0, 1, 1, "类别");
        t2.cell(0, 1, 1, 1, "编制数");
        t2.cell(0, 2, 1, 1, "实有数");
        t2.cell(1, 0, 1, 1, "行政");
        t2.cell(1, 1, 1, 1, "12");
        t2.cell(1, 2, 1, 1, "11");
        b.table(t2);
        b.text("- 3 -", null, Mode.LINES);
        SourceDocument d = b.build();
        List<Figure> fs = FigureExtractor.extract(d);
        fs.forEach(f -> assertQuotes(d, f));

        assertFigure(find(fs, "办公费 / 金额", "1200.50"), "1200.50", "元", "1200.50", Kind.AMOUNT);
        assertFigure(find(fs, "差旅费 / 金额", "300"), "300", "元", "300", Kind.AMOUNT);
        assertFigure(find(fs, "行政 / 实有数", "11"), "11", "人", null, Kind.COUNT);
        assertFigure(find(fs, "行政 / 编制数", "12"), "12", "人", null, Kind.COUNT);
        assertEquals(4, fs.size(), () -> "row numbers and the page number are not figures: " + fs);
    }

    @Test
    void aGroupingHeaderOverTwoColumnsJoinsTheLabelAndLendsItsUnit() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 2, 1, "项目");
        t.cell(0, 1, 1, 2, "预算数（万元）");
        t.cell(0, 3, 2, 1, "执行率");
        t.cell(1, 1, 1, 1, "年初");
        t.cell(1, 2, 1, 1, "全年");
        t.cell(2, 0, 1, 1, "办公费");
        t.cell(2, 1, 1, 1, "100");
        t.cell(2, 2, 1, 1, "120.5");
        t.cell(2, 3, 1, 1, "91.3");
        b.table(t);
        SourceDocument d = b.build();
        List<Figure> fs = FigureExtractor.extract(d);
        fs.forEach(f -> assertQuotes(d, f));
        assertFigure(find(fs, "办公费 / 预算数 / 年初", "100"), "100", "万元", "1000000", Kind.AMOUNT);
        assertFigure(find(fs, "办公费 / 预算数 / 全年", "120.5"), "120.5", "万元", "1205000", Kind.AMOUNT);
        assertEquals(3, fs.size(), fs::toString);
        assertFigure(find(fs, "办公费 / 执行率", "91.3"), "91.3", null, null, Kind.RATE);
        // a bare number under 执行率 does not borrow 万元: it is the rate as printed, with no unit
    }

    @Test
    void aNumberWithoutAnyStatedUnitIsLeftOutRatherThanGuessed() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        TableDraft t = new TableDraft();
        t.cell(0, 0, 1, 1, "项目");
        t.cell(0, 1, 1, 1, "数量");
        t.cell(1, 0, 1, 1, "维修");
        t.cell(1, 1, 1, 1, "35");
        b.table(t);
        b.text("会议决定，年内完成3项改造。", null, Mode.LINES);
        SourceDocument d = b.build();
        List<Figure> fs = FigureExtractor.extract(d);
        assertEquals(1, fs.size(), fs::toString);
        assertFigure(find(fs, "年内完成改造数", "3"), "3", "项", null, Kind.COUNT);
    }

    /** The execution column's header in the generator's form templates: 全年执行数, 执行数（B）, 预算执行数, 实际支出. */
    private static final Pattern EXECUTED_HEADER = Pattern.compile("(执行数|实际支出)([(（]B[)）])?$");

    @Test
    void generatedReportsAgreeWithTheirGroundTruth() throws IOException {
        for (String name : List.of("0001-bureau-2021.docx", "0003-street-2023.txt", "0006-committee-2024.rtf")) {
            String truth = Files.readString(GENERATED.resolve(name.replaceFirst("\\.[a-z]+$", ".truth.json")));
            List<Figure> fs = figures("generated/" + name);
            for (String key : List.of("income", "lastIncome", "expense", "basicExpense", "projectExpense")) {
                BigDecimal v = truthValue(truth, key);
                assertTrue(fs.stream().anyMatch(f -> !f.at().inTable() && f.kind() == Kind.AMOUNT
                                && f.value().compareTo(v) == 0 && "万元".equals(f.unit())),
                        () -> name + ": prose " + key + " " + v);
            }
            // "A、B、C的自评得分分别为92.9、89.3、83": every listed score is named by its project
            Matcher listed = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\",\\s*\"score\"\\s*:\\s*([0-9.]+)")
                    .matcher(truth.substring(truth.indexOf("\"listedScores\"")));
            int pairs = 0;
            while (listed.find()) {
                String project = listed.group(1);
                BigDecimal score = new BigDecimal(listed.group(2));
                assertTrue(fs.stream().anyMatch(f -> f.kind() == Kind.SCORE && !f.at().inTable()
                                && f.label().contains(project) && f.value().compareTo(score) == 0),
                        () -> name + ": listed score " + project + " " + score);
                pairs++;
            }
            assertTrue(pairs >= 2, name + " lists scores");
            BigDecimal executed = truthValue(truth.substring(truth.indexOf("\"budget\"")), "executed");
            assertTrue(fs.stream().anyMatch(f -> f.at().inTable() && f.kind() == Kind.AMOUNT
                            && EXECUTED_HEADER.matcher(f.label()).find() && f.value().compareTo(executed) == 0),
                    () -> name + ": table executed " + executed);
        }
    }

    private static BigDecimal truthValue(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*([0-9.]+)").matcher(json);
        assertTrue(m.find(), key);
        return new BigDecimal(m.group(1));
    }

    @Test
    void labelsAreTrimmedAtWordBoundaries() {
        LabelText text = new LabelText(org.jixiao.extractors.nlp.ChineseNlp.hanlp());
        assertEquals("一般公共预算收入", text.clean("一般公共预算收入为"));
        assertEquals("独立核算单位", text.clean("独立核算单位共"));
        assertEquals("一般公共", text.clean("一般公共"), "共 inside 公共 is not the word 共");
        assertEquals("基本支出", text.clean("其中基本支出为"));
        assertTrue(text.isRelationOnly("减少"));
        assertFalse(text.isRelationOnly("基本支出"));
        assertEquals("本年收入较上年收入", text.subject("本年收入较上年收入减少"));
    }

    /** A paragraph opening with its project's name as a heading sentence lends that name to 安排资金 after it. */
    @Test
    void theHeadingSentenceNamesTheFundingOfTheNextSentence() {
        DocumentBuilder b = new DocumentBuilder(FILE);
        b.text("(一)某某新区雨水泵站工程项目。安排资金1234万元,主要用于新建泵房及配套管网。另安排资金56万元用于监理。", null,
                Mode.LINES);
        SourceDocument d = b.build();
        List<Figure> fs = FigureExtractor.extract(d);
        fs.forEach(f -> assertQuotes(d, f));
        Figure first = fs.stream().filter(f -> f.value().compareTo(new java.math.BigDecimal("1234")) == 0)
                .findFirst().orElseThrow();
        assertEquals("某某新区雨水泵站工程项目安排资金", first.label());
        assertEquals("1234万元", first.at().text());
        Figure later = fs.stream().filter(f -> f.value().compareTo(new java.math.BigDecimal("56")) == 0)
                .findFirst().orElseThrow();
        assertTrue(!later.label().startsWith("某某新区"), "only the sentence right after the heading: " + later.label());
    }
}
