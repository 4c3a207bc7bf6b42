package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Tokens analyzed ahead and replayed are exactly the analyzer's: terms, offsets, increments, the final offset. */
class PreAnalyzedTest {

    private final Analyzer analyzer = new HanLpAnalyzer();

    /** One token as the index writer reads it; the last one is the state after {@code end()}. */
    record Tok(String term, int start, int end, int increment) {
    }

    private static List<Tok> read(TokenStream ts) throws IOException {
        List<Tok> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(),
                    increment.getPositionIncrement()));
        }
        ts.end();
        out.add(new Tok("<end>", offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
        return out;
    }

    private List<Tok> analyzed(String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            return read(ts);
        }
    }

    @Test
    void replaysWhatTheAnalyzerGives() throws IOException {
        // compounds split into parts at one position, a compound seen twice, Latin lower-cased, two lines
        String text = "本年度项目预算执行率为80%，PPP项目预算执行率达标。\n二、绩效目标完成情况：服务对象满意度95%";
        List<Tok> expected = analyzed(text);
        assertTrue(expected.size() > 15, expected.toString());
        assertTrue(expected.contains(new Tok("ppp", 15, 18, 1)), expected.toString());
        PreAnalyzed pre = PreAnalyzed.of(analyzer, "text", text);
        assertEquals(expected.size() - 1, pre.size());
        assertEquals(expected, read(pre.stream(null)));
        assertEquals(new Tok("<end>", text.length(), text.length(), 0), expected.getLast());
    }

    @Test
    void aReusedStreamReplaysTheNewTokens() throws IOException {
        PreAnalyzed first = PreAnalyzed.of(analyzer, "text", "预算执行率");
        PreAnalyzed second = PreAnalyzed.of(analyzer, "text", "服务对象满意度达到95%");
        TokenStream ts = first.stream(null);
        read(ts);
        TokenStream again = second.stream(ts);
        assertSame(ts, again, "the writer's previous stream is reused");
        assertEquals(analyzed("服务对象满意度达到95%"), read(again));
    }

    @Test
    void anEmptyValueHasNoTokens() throws IOException {
        PreAnalyzed pre = PreAnalyzed.of(analyzer, "text", "");
        assertEquals(0, pre.size());
        assertEquals(List.of(new Tok("<end>", 0, 0, 0)), read(pre.stream(null)));
    }
}
