package org.jixiao.pipeline.realdev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.RequiresShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reports of {@code ../shared/realdev} typed as other offices and sites type the same words: ASCII full
 * stops, indents of no-break spaces, a blank line after every line, years in words, traditional characters, and
 * the other names templates give the same column. The report says the same thing, so extraction should read the
 * same; each floor is what the code reaches today on the unchanged reports ({@link RealReportAccuracyTest}) unless
 * the variant itself removes what the gold quotes, as said where it does.
 */
@RequiresShared
class RealReportWordingTest {

    @TempDir
    Path tmp;

    private RealDevScorer.Score score(String name, UnaryOperator<String> retype) throws IOException {
        return RetypedRealdev.score(tmp, name, (file, text) -> retype.apply(text));
    }

    /** {@code 。} typed as {@code .}: sentences end where they did. */
    @Test
    void asciiFullStops() throws IOException {
        RetypedRealdev.assertFloors(score("ascii-stops", t -> t.replace('。', '.')), 0.97, 0.97, 0.96, 0.95);
    }

    /** Every line indented with two no-break spaces ({@code &nbsp;&nbsp;}), as a web page's paragraphs are. */
    @Test
    void noBreakSpaceIndents() throws IOException {
        // an indented line opens a paragraph, so a number wrapped onto its own line is cut from its label (1 figure)
        RetypedRealdev.assertFloors(score("nbsp", t -> t.replace("\n", "\n\u00A0\u00A0")), 0.97, 0.97, 0.96, 0.95);
    }

    /** A blank line after every line: each line its own paragraph, table rows included. */
    @Test
    void aBlankLineAfterEveryLine() throws IOException {
        RetypedRealdev.assertFloors(score("double", t -> t.replace("\n", "\n\n")), 0.96, 0.97, 0.96, 0.95);
    }

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)(\\s*年)");

    /** Years written in words: 二〇二三年. */
    @Test
    void yearsInWords() throws IOException {
        RetypedRealdev.assertFloors(score("years", RealReportWordingTest::yearsInWords), 0.97, 0.97, 0.96, 0.95);
    }

    static String yearsInWords(String text) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder words = new StringBuilder();
            m.group(1).chars().forEach(c -> words.append("〇一二三四五六七八九".charAt(c - '0')));
            m.appendReplacement(out, words + m.group(2));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Traditional characters, one for one, as a mirror site re-renders a page. The record keeps the mirror's spelling
     * of names, units and labels (the contract's "as the report gives it"); the gold spells the original's, so the
     * two are compared in plain simplified spelling.
     */
    @Test
    void traditionalCharacters() throws IOException {
        Map<Character, Character> toTraditional = toTraditional();
        UnaryOperator<String> retype = t -> {
            StringBuilder out = new StringBuilder(t.length());
            t.chars().forEach(c -> out.append(toTraditional.getOrDefault((char) c, (char) c)));
            return out.toString();
        };
        RetypedRealdev.assertFloors(RetypedRealdev.score(tmp, "traditional", (file, text) -> retype.apply(text),
                org.jixiao.corpus.text.Spellings::plain), 0.97, 0.97, 0.96, 0.95);
    }

    /** One traditional character for each simplified one the normalizer's own table maps to (the first listed). */
    private static Map<Character, Character> toTraditional() throws IOException {
        Map<Character, Character> out = new HashMap<>();
        try (InputStream in = RealReportWordingTest.class.getResourceAsStream("/org/jixiao/corpus/text/t2s-chars.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    out.putIfAbsent(line.charAt(1), line.charAt(0));
                }
            }
        }
        return out;
    }

    /** The weight column headed 权重, the score 自评分, the third level 指标名称: the words other templates use. */
    @Test
    void otherTemplatesColumnNames() throws IOException {
        RetypedRealdev.assertFloors(score("columns",
                        t -> t.replace("分值", "权重").replace("自评得分", "自评分").replace("三级指标", "指标名称")),
                0.97, 0.97, 0.96, 0.95);
    }

    /** 总分 written 综合得分. Two gold findings quote 总分 itself, which this variant no longer prints. */
    @Test
    void totalScoreWrittenOtherwise() throws IOException {
        RetypedRealdev.assertFloors(score("total", t -> t.replace("总分", "综合得分")), 0.97, 0.97, 0.96, 0.85);
    }

    /** The units' fields as other forms label them (a page's 来源 with a space for its colon), 绩效自评 called 绩效评价. */
    @Test
    void otherFormsLabels() throws IOException {
        UnaryOperator<String> retype = t -> t.replace("资金使用单位", "用款单位").replace("实施单位", "执行单位")
                .replace("主管部门", "主管单位").replace("单位名称", "预算单位").replace("绩效自评", "绩效评价")
                .replace("来源:", "来源 ").replace("发布机构:", "发布机构 ");
        RetypedRealdev.assertFloors(score("labels", retype), 0.97, 0.97, 0.96, 0.95);
    }
}
