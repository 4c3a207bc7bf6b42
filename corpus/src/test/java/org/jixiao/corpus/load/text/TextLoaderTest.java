package org.jixiao.corpus.load.text;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoaderTest {

    /** The real GB18030 report of ../shared (skips the test where it is missing). */
    private static Path donghua() {
        return TestPaths.sample("donghua-2024-gb18030.txt");
    }

    @TempDir
    Path tmp;

    private static SourceDocument load(Path p) throws Exception {
        return new TextLoader().load(SourceFile.of(p));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withMark(byte[] mark, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static Path seed(String prefix) throws IOException {
        return TestPaths.seed(prefix);
    }

    private static List<String> paragraphs(SourceDocument doc) {
        return doc.blocks().stream().filter(b -> !(b instanceof Table)).map(Block::text).toList();
    }

    // ---- encodings ----------------------------------------------------------------------------------

    @Test
    void theSameReportReadsTheSameInEveryEncoding() throws Exception {
        SourceDocument gb = load(donghua());
        assertEquals("GB18030", gb.metadata().get(MetadataKeys.ENCODING));
        assertTrue(gb.text().text().contains("桥西区东华街道办事处2024年度整体支出绩效自评报告"), "decoded, not mojibake");

        String text = new String(Files.readAllBytes(donghua()), Charset.forName("GB18030"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
        record Variant(String name, byte[] bytes, String charset) {
        }
        List<Variant> variants = List.of(
                new Variant("utf8.txt", utf8, "UTF-8"),
                new Variant("utf8-bom.txt", withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), "UTF-8"),
                new Variant("utf16le-bom.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16le), "UTF-16LE"),
                new Variant("utf16be-bom.txt", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        text.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"),
                new Variant("utf16le-nobom.txt", utf16le, "UTF-16LE"));
        for (Variant v : variants) {
            SourceDocument doc = load(write(v.name(), v.bytes()));
            assertEquals(v.charset(), doc.metadata().get(MetadataKeys.ENCODING), v.name());
            assertEquals(gb.text().text(), doc.text().text(), v.name());
            assertEquals(gb.blocks().size(), doc.blocks().size(), v.name());
        }
    }

    @Test
    void noBreakSpacesReadAsPlainSpaces() throws Exception {
        // a web page indenting each line with &nbsp;&nbsp;: Java's strip() keeps U+00A0, so the lines looked like
        // cells of a table aligned by spaces
        String plain = "  某某县水利局项目支出绩效自评\n"
                + "  发布时间:2023-12-05 15:04\n"
                + "  项目支出绩效自评表\n"
                + "  (2022年度)\n"
                + "  项目名称 山洪沟治理经费\n"
                + "  主管部门 实施单位 某某县水利局\n"
                + "  年度资金总额 460 460 100%\n"
                + "  本项目年度预算460万元，全年执行460万元，执行率100%。\n";
        SourceDocument spaces = load(write("spaces.txt", plain.replace("  ", "    ")));
        SourceDocument nbsp = load(write("nbsp.txt", plain.replace("  ", "\u00A0\u00A0  ")));
        assertTrue(nbsp.tables().isEmpty(), "indented lines are no table");
        assertEquals(paragraphs(spaces), paragraphs(nbsp));
        assertEquals(spaces.tables().size(), nbsp.tables().size());
        assertEquals(spaces.text().text(), nbsp.text().text());
    }

    @Test
    void utf8SeedsReadTheSameWhenSavedAsGbk() throws Exception {
        String text = Files.readString(seed("000_"));
        SourceDocument utf8 = load(write("seed-utf8.txt", text));
        SourceDocument gbk = load(write("seed-gbk.txt", text.getBytes(Charset.forName("GBK"))));
        assertEquals("UTF-8", utf8.metadata().get(MetadataKeys.ENCODING));
        assertEquals("GB18030", gbk.metadata().get(MetadataKeys.ENCODING), "the GB family is decoded as GB18030");
        assertEquals(utf8.text().text(), gbk.text().text());
        assertEquals(utf8.tables().size(), gbk.tables().size());
    }

    @Test
    void big5IsRecognized() throws Exception {
        String text = "部門整體支出績效自評報告\n本年度財政撥款收入為1733.73萬元，較上年減少107.28萬元。\n"
                + "績效評價小組到相關科室和社區收集相關數據，實地查看項目開展情況，形成文字說明。\n";
        SourceDocument doc = load(write("big5.txt", text.getBytes(Charset.forName("Big5"))));
        assertTrue(doc.metadata().get(MetadataKeys.ENCODING).toLowerCase().contains("950")
                || doc.metadata().get(MetadataKeys.ENCODING).toLowerCase().contains("big5"),
                doc.metadata().get(MetadataKeys.ENCODING));
        assertTrue(doc.text().raw().contains("財政撥款收入為1733.73萬元"), doc.text().raw());
        assertTrue(doc.text().text().contains("财政拨款收入为1733.73万元"), "normalized to simplified: " + doc.text().text());
    }

    /** Short files fool the statistics; both readings decode, and the one using common characters wins. */
    @Test
    void shortGbkAndBig5FilesAreToldApart() throws Exception {
        for (String s : List.of("部门预算", "收入1733.73万元。", "部门整体支出绩效自评报告")) {
            SourceDocument doc = load(write("short-gbk.txt", s.getBytes(Charset.forName("GBK"))));
            assertEquals("GB18030", doc.metadata().get(MetadataKeys.ENCODING), s);
            assertEquals(s, doc.text().text());
        }
        for (String s : List.of("績效自評報告", "財政撥款收入為1733.73萬元")) {
            SourceDocument doc = load(write("short-big5.txt", s.getBytes(Charset.forName("Big5"))));
            assertEquals("x-windows-950", doc.metadata().get(MetadataKeys.ENCODING), s);
            assertEquals(s, doc.text().raw(), "decoded as written");
        }
    }

    @Test
    void binaryNamedTxtIsRefusedWithOneLine() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path p = write("report.txt", garbage);
        LoadException e = assertThrows(LoadException.class, () -> load(p));
        assertTrue(e.getMessage().startsWith("not a text file"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        ReadResult r = new DocumentReader().read(p);
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, r);
        assertTrue(failed.reason().contains("not a text file"), failed.reason());
    }

    @Test
    void binaryWithoutNulBytesIsRefusedToo() throws Exception {
        byte[] controls = new byte[2000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
        }
        LoadException e = assertThrows(LoadException.class, () -> load(write("controls.txt", controls)));
        assertTrue(e.getMessage().startsWith("not a text file"), e.getMessage());
    }

    /** Decided: a file of only whitespace is a user's mistake to be told about, like a 0-byte file. */
    @Test
    void whitespaceOnlyFileIsRefusedWithAClearReason() throws Exception {
        LoadException e = assertThrows(LoadException.class, () -> load(write("blank.txt", " \n\r\n\u3000 \n")));
        assertEquals("empty text file: it holds only whitespace", e.getMessage());
    }

    // ---- tables ---------------------------------------------------------------------------------------

    @Test
    void tikaStyleBlockTableOfSeed000IsRecovered() throws Exception {
        SourceDocument doc = load(seed("000_"));
        Table data = doc.tables().stream().filter(t -> t.rowCount() == 5).findFirst().orElseThrow();
        assertEquals(3, data.colCount());
        assertEquals(List.of("社区办公", "29.03", "23.99"), data.rowTexts(0));
        assertEquals(List.of("信访经费", "7", "7"), data.rowTexts(4));
        for (Cell c : data.cells()) {
            assertEquals(1, c.rowSpan());
            assertEquals(1, c.colSpan());
            assertEquals(data.index(), c.at().table());
            assertQuotes(doc, c.at());
        }
        assertQuotes(doc, data.at());

        // the header row is its own one-row table in the original, followed by a note paragraph
        Table header = doc.tables().get(doc.tables().indexOf(data) - 1);
        assertEquals(List.of("自评项目名称", "项目预算金额", "项目执行金额"), header.rowTexts(0));
        int h = doc.blocks().indexOf(header);
        assertEquals("(单位实际支出口径)", doc.blocks().get(h + 1).text());
        assertEquals(data, doc.blocks().get(h + 2));
    }

    @Test
    void blockCellsContinueOnLinesWithoutTab() throws Exception {
        SourceDocument doc = load(seed("004_"));
        Table t = doc.tables().get(0);
        assertEquals(List.of("预算部门名称", "雁峰区雁峰街道办事处"), t.rowTexts(0).subList(0, 2));
        assertEquals("年度预算申请\n(万元)", t.cellAt(1, 0).text());
        assertEquals("年初\n预算数", t.cellAt(1, 2).text());
        assertEquals("2991.61", t.cellAt(2, 4).text());
        assertNull(t.cellAt(0, 5), "a short row is padded with no cell, not a span");
        t.cells().forEach(c -> assertQuotes(doc, c.at()));
    }

    @Test
    void tabSeparatedRowsAreATable() throws Exception {
        String text = "部门预算表\n单位：万元\n项目\t年初预算数\t执行数\t执行率\n基本支出\t559.69\t560.10\t100.07%\n"
                + "项目支出\t1461.60\t1431.51\n\n以上数据来自决算报表。\n";
        SourceDocument doc = load(write("tabs.txt", text));
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(4, t.colCount());
        assertEquals(List.of("基本支出", "559.69", "560.10", "100.07%"), t.rowTexts(1));
        assertEquals(List.of("项目支出", "1461.60", "1431.51", ""), t.rowTexts(2));
        assertNull(t.cellAt(2, 3));
        assertEquals("单位:万元", t.caption());
        assertEquals("以上数据来自决算报表。", paragraphs(doc).get(paragraphs(doc).size() - 1));
        t.cells().forEach(c -> assertQuotes(doc, c.at()));
    }

    @Test
    void singleTabLineIsNotATable() throws Exception {
        SourceDocument doc = load(write("onetab.txt", "说明\t见附件\n下一段。\n"));
        assertTrue(doc.tables().isEmpty());
        assertEquals("说明见附件", doc.blocks().get(0).text(), "the TAB read as a space, dropped between CJK");
    }

    @Test
    void pipeRowsAreATableAndSeparatorsAreSkipped() throws Exception {
        String text = "三级指标完成情况\n| 三级指标 | 指标值 | 实际完成值 |\n|---|:---:|---|\n| 服务社区数量 | ≥41个 | 41个 |\n"
                + "| 服务对象满意度 | ≥80% | 95% |\n说明完毕。\n";
        SourceDocument doc = load(write("pipes.txt", text));
        Table t = doc.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(List.of("三级指标", "指标值", "实际完成值"), t.rowTexts(0));
        assertEquals(List.of("服务对象满意度", "≥80%", "95%"), t.rowTexts(2));
        t.cells().forEach(c -> assertQuotes(doc, c.at()));
    }

    @Test
    void indentedParagraphsAreNotMistakenForABlockTable() throws Exception {
        String text = "\t根据部门职责定位和各项工作履职情况进行综合评价，给出总得分，满分100分，得出综合绩效评价等级。\n"
                + "\t通过业务数据采集、分析、调查等方式取得的信息，根据编制的评分标准，得出各项目的评价结果。\n";
        SourceDocument doc = load(write("indented.txt", text));
        assertTrue(doc.tables().isEmpty());
        assertEquals(2, paragraphs(doc).size());
        assertTrue(paragraphs(doc).get(0).startsWith("根据部门职责"), "the indent is not text");

        // a long line without a full stop followed by an indented line: the indent opens a new paragraph
        String noStop = "\t根据部门职责定位和各项工作履职情况进行综合评价，给出总得分，满分100分，得出综合绩效评价等级\n"
                + "\t通过业务数据采集、分析、调查等方式取得的信息，得出各项目的评价结果。\n"
                + "\t第三段也是缩进的一段文字，用来说明评价结果的应用情况和公开情况，以及下一步的工作打算。\n";
        assertEquals(3, paragraphs(load(write("indented2.txt", noStop))).size());
    }

    // ---- paragraphs -----------------------------------------------------------------------------------

    @Test
    void aLineBrokenInsideASentenceIsJoined() throws Exception {
        SourceDocument doc = load(donghua());
        Paragraph joined = doc.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> (Paragraph) b).filter(p -> p.text().contains("各项任务顺利完成。努力在街道形成"))
                .findFirst().orElseThrow();
        assertTrue(joined.text().startsWith("2024年我办将认真贯彻落实党的二十大精神"));
        assertQuotes(doc, joined.at());
        assertTrue(paragraphs(doc).stream().anyMatch(p -> p.contains("项目效益指标满分40分")),
                "a number split from its unit at a page end is whole again");
    }

    /**
     * A web table copied as text with its cells run together prints a row a line; a row that ends with a long note
     * is no sentence broken at the line's end: a number and not one comma say it is a row. A line that
     * long with numbers and commas is prose and still joins, and so does a form flattened onto one line whose next
     * value fell onto the next line.
     */
    @Test
    void rowsWhoseCellsRanTogetherAreNotJoined() throws Exception {
        // a page of one paragraph a line (lengths vary freely), not a hard-wrapped file
        String text = "一、部门基本情况\n"
                + "本部门负责辖区社会事务管理，内设综合办公室、社会事务办公室、经济发展办公室等机构，年末在编人员四十二人，"
                + "全年围绕重点任务推进各项工作，完成了年初确定的目标任务。\n"
                + "二、绩效自评表\n"
                + "满意度指标服务对象满意度指标辖区居民满意度≥85%67%53.9受施工周期影响部分任务顺延至次年\n"
                + "服务对象满意度≥90%82%54.6群众需求变化导致实施内容调整\n"
                + "效益指标社会效益指标基层治理水平是否有效提升达到预期部分达到74.2项目招标流程耗时较长\n"
                + "群众办事便利程度达到预期达到预期88\n"
                + "\n"
                + "本年度部门预算执行率为92.5%，较上年提高3.1个百分点，主要是加快了资金拨付进度并加强了项目\n"
                + "跟踪管理。\n"
                + "\n"
                + "资金情况年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元\n"
                + "259.45万元\n";
        List<String> paragraphs = paragraphs(load(write("rows.txt", text)));
        assertEquals(List.of("一、部门基本情况",
                "本部门负责辖区社会事务管理，内设综合办公室、社会事务办公室、经济发展办公室等机构，年末在编人员四十二人，"
                        + "全年围绕重点任务推进各项工作，完成了年初确定的目标任务。",
                "二、绩效自评表",
                "满意度指标服务对象满意度指标辖区居民满意度≥85%67%53.9受施工周期影响部分任务顺延至次年",
                "服务对象满意度≥90%82%54.6群众需求变化导致实施内容调整",
                "效益指标社会效益指标基层治理水平是否有效提升达到预期部分达到74.2项目招标流程耗时较长",
                "群众办事便利程度达到预期达到预期88",
                "本年度部门预算执行率为92.5%，较上年提高3.1个百分点，主要是加快了资金拨付进度并加强了项目跟踪管理。",
                "资金情况年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元259.45万元"),
                paragraphs);
    }

    @Test
    void hardWrappedTextIsJoinedButNumberedLinesAreNot() throws Exception {
        String text = """
                一、部门基本情况
                2025年财政拨款收入为1733.73万元，上年实际收入为1841.01万元，本
                年收入较上年收入减少107.28万元，减少5.83%，与上年相比减少的主要原
                因为项目经费有所减少。
                （一）部门概况
                本街道办事处是区政府的派出机关，负责辖区内的公共服务和社会管理，
                下设党政办公室、党建工作办公室等内设机构，共有在职人员59人
                1、党政办公室负责机关日常工作的综合协调和督促检查，承担会务工作
                2、党建工作办公室负责基层党的政治建设、组织建设和思想建设等工作
                """;
        SourceDocument doc = load(write("wrapped.txt", text));
        List<String> ps = doc.blocks().stream().map(Block::text).toList();
        assertTrue(ps.contains("2025年财政拨款收入为1733.73万元，上年实际收入为1841.01万元，本年收入较上年收入减少107.28万元，"
                + "减少5.83%，与上年相比减少的主要原因为项目经费有所减少。"), ps.toString());
        assertTrue(ps.contains("本街道办事处是区政府的派出机关，负责辖区内的公共服务和社会管理，"
                + "下设党政办公室、党建工作办公室等内设机构，共有在职人员59人"), ps.toString());
        assertTrue(ps.contains("1、党政办公室负责机关日常工作的综合协调和督促检查，承担会务工作"), "a numbered line starts anew");
        assertTrue(ps.contains("2、党建工作办公室负责基层党的政治建设、组织建设和思想建设等工作"), ps.toString());
        assertEquals("一、部门基本情况", ps.get(0));
    }

    /** Wraps {@code text} at {@code columns} display columns, as an editor's hard wrap does. */
    private static List<String> hardWrap(String text, int columns) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            if (TextParagraphs.displayWidth(line + ch) > columns) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
        }
        out.add(line.toString());
        return out;
    }

    /**
     * The report's paragraphs, hard-wrapped at 72 columns with no blank lines between them, read back into
     * the same paragraphs — except where a wrap falls right after a full stop or right before a numbered
     * item, which the rules leave split on purpose.
     */
    @Test
    void aHardWrappedReportReadsBackIntoItsParagraphs() throws Exception {
        List<String> original = paragraphs(load(donghua()));
        StringBuilder wrapped = new StringBuilder();
        for (String p : original) {
            for (String line : hardWrap(p, 72)) {
                wrapped.append(line).append('\n');
            }
        }
        SourceDocument doc = load(write("hard-wrapped.txt", wrapped.toString()));
        List<String> back = paragraphs(doc);
        long same = original.stream().filter(back::contains).count();
        assertTrue(same >= original.size() * 9 / 10, same + " of " + original.size() + " paragraphs read back whole");
        assertTrue(back.size() >= original.size(), "never joined across paragraphs");
        assertTrue(back.stream().allMatch(b -> original.stream().anyMatch(o -> o.contains(b))),
                () -> "every paragraph read is (part of) an original paragraph: " + back.stream()
                        .filter(b -> original.stream().noneMatch(o -> o.contains(b))).toList());
    }

    @Test
    void shortLinesWithoutPunctuationStaySeparate() throws Exception {
        String text = "革新街道办事处\n2025年度整体支出绩效自评报告\n部门机构设置情况\n";
        SourceDocument doc = load(write("short.txt", text));
        assertEquals(3, doc.blocks().size());
    }

    @Test
    void readsThroughTheStandardLoaders() throws Exception {
        ReadResult r = new DocumentReader().read(donghua());
        SourceDocument doc = assertInstanceOf(ReadResult.Loaded.class, r).document();
        assertNotNull(doc.metadata().get(MetadataKeys.ENCODING), "read by TextLoader, not Tika");
    }
}
