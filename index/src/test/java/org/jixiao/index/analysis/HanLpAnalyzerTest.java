package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class HanLpAnalyzerTest {

    private final Analyzer analyzer = new HanLpAnalyzer();

    record Tok(String term, int start, int end) {
    }

    private List<Tok> analyze(String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertEquals(text.length(), offset.endOffset(), "final offset is the text's length");
        }
        return out;
    }

    @Test
    void segmentsWordsWithOffsetsThatQuoteTheText() throws IOException {
        String text = "服务对象满意度达到95%。";
        List<Tok> tokens = analyze(text);
        assertTrue(tokens.contains(new Tok("满意度", 4, 7)), tokens.toString());
        for (Tok t : tokens) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(), "offsets quote the term");
        }
    }

    @Test
    void eachLineIsSegmentedAloneSoALineGivesTheSameWordsWhereverItIs() throws IOException {
        String first = "某某县农业农村局全年预算数123.45万元，预算执行率为98.76%。";
        String second = "服务对象满意度达到95%，群众投诉办结率100%。";
        String text = first + "\n\n" + second + "\n";
        List<Tok> tokens = analyze(text);
        List<Tok> expected = new ArrayList<>(analyze(first));
        int shift = first.length() + 2;
        analyze(second).forEach(t -> expected.add(new Tok(t.term(), t.start() + shift, t.end() + shift)));
        assertEquals(expected, tokens);
        assertEquals(tokens, analyze(text), "the second time (from the cache) the same");
        for (Tok t : tokens) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(), "offsets quote the term");
        }
    }

    @Test
    void dropsPunctuationAndSpaces() throws IOException {
        List<Tok> tokens = analyze("预算执行率，  100%。");
        assertTrue(tokens.stream().noneMatch(t -> t.term().equals("，") || t.term().equals("。")
                || t.term().isBlank() || t.term().equals("%")), tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("100")), tokens.toString());
    }

    @Test
    void lowerCasesLatinWords() throws IOException {
        List<Tok> tokens = analyze("PPP项目");
        assertEquals("ppp", tokens.getFirst().term());
        assertEquals(0, tokens.getFirst().start());
        assertEquals(3, tokens.getFirst().end());
    }

    @Test
    void queryAndIndexAnalysisAgree() throws IOException {
        // the word a user types alone is the word found inside a sentence
        List<Tok> alone = analyze("执行率");
        List<Tok> inSentence = analyze("本年度项目预算执行率为80%");
        assertEquals("执行率", alone.getFirst().term());
        assertEquals(1, increments("执行率").stream().mapToInt(Integer::intValue).sum(), "one position");
        assertTrue(inSentence.stream().anyMatch(t -> t.term().equals(alone.getFirst().term())), inSentence.toString());
    }

    /** Each word a query must match (the first token at each position), as {@code IndexQueries} requires them. */
    private List<String> queryWords(String query) throws IOException {
        List<Tok> tokens = analyze(query);
        List<Integer> increments = increments(query);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (increments.get(i) > 0) {
                out.add(tokens.get(i).term());
            }
        }
        return out;
    }

    @Test
    void namesAndPhrasesAreFoundInsideSentencesThatNameThem() throws IOException {
        // a recognizer of place and organization names joined these into words no query gives: 澄湖区住房 as one
        // place, 公益事业发展 and 编制内 as organizations, 10* as a name; words alone give the query's words
        String[][] found = {
            {"综合评价，澄湖区住房和城乡建设局2023年度部门整体支出绩效自评得分为90分。", "澄湖区"},
            {"组织开展群众性文化活动，推动公益事业发展。", "公益事业"},
            {"局机关现有编制内人员30人，下设5个科室。", "编制"},
            {"得分（10*执行率）", "执行率"},
        };
        for (String[] f : found) {
            List<String> words = analyze(f[0]).stream().map(Tok::term).toList();
            assertTrue(words.containsAll(queryWords(f[1])), f[1] + " " + queryWords(f[1]) + " in " + words);
        }
    }

    @Test
    void splitsCompoundsIntoTheirWordsAtTheSamePosition() throws IOException {
        String text = "本年度项目预算执行率为80%";
        List<Tok> tokens = analyze(text);
        int compound = tokens.indexOf(new Tok("预算执行率", 5, 10));
        assertTrue(compound >= 0, tokens.toString());
        assertTrue(tokens.contains(new Tok("执行率", 7, 10)), tokens.toString());
        assertTrue(tokens.contains(new Tok("预算", 5, 7)), tokens.toString());
        List<Integer> increments = increments(text);
        assertEquals(1, increments.get(compound));
        for (int i = compound + 1; i < tokens.size() && tokens.get(i).start() < 10; i++) {
            assertEquals(0, increments.get(i), "parts share the compound's position: " + tokens.get(i));
        }
    }

    private List<Integer> increments(String text) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void aCompoundSeenAgainHasItsPartsWhereItIs() throws IOException {
        // a compound's parts are found once and kept: the second time they must move with it
        String text = "预算执行率偏低。今年预算执行率";
        List<Tok> tokens = analyze(text);
        assertTrue(tokens.contains(new Tok("执行率", 2, 5)), tokens.toString());
        assertTrue(tokens.contains(new Tok("执行率", 12, 15)), tokens.toString());
        assertEquals(analyze("预算执行率偏低。今年预算执行率"), tokens);
    }

    @Test
    void reusesTheTokenizerAcrossValues() throws IOException {
        assertEquals(analyze("绩效目标"), analyze("绩效目标"));
    }
}
