package org.jixiao.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field value's tokens, analyzed ahead of indexing and replayed to the index writer: what lets a worker thread do
 * the analysis (HanLP segmentation is most of it) while the writer's own thread, which takes reports in order, only
 * inverts. The replay gives the writer exactly what the analyzer gave: terms, offsets, position increments and the
 * final offset; other attributes are not indexed.
 */
public final class PreAnalyzed {

    private final StringBuilder terms = new StringBuilder();
    private int[] ints = new int[64]; // per token: end of its term in terms, start offset, end offset, increment
    private int count;
    private int finalOffset;
    private int finalIncrement;

    private PreAnalyzed() {
    }

    /** The tokens {@code analyzer} makes of {@code text} in {@code field}. */
    public static PreAnalyzed of(Analyzer analyzer, String field, String text) {
        PreAnalyzed p = new PreAnalyzed();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                p.terms.append(term.buffer(), 0, term.length());
                p.add(p.terms.length(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
            }
            ts.end();
            p.finalOffset = offset.endOffset();
            p.finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return p;
    }

    private void add(int termEnd, int start, int end, int increment) {
        if (count * 4 + 4 > ints.length) {
            ints = Arrays.copyOf(ints, ints.length * 2);
        }
        int i = count++ * 4;
        ints[i] = termEnd;
        ints[i + 1] = start;
        ints[i + 2] = end;
        ints[i + 3] = increment;
    }

    /** How many tokens. */
    public int size() {
        return count;
    }

    /**
     * A stream over the tokens: {@code reuse} when it is one of these (the index writer hands back the stream it used
     * for the field last time), else a new one.
     */
    public TokenStream stream(TokenStream reuse) {
        Replay r = reuse instanceof Replay mine ? mine : new Replay();
        r.source = this;
        return r;
    }

    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private PreAnalyzed source;
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= source.count) {
                return false;
            }
            clearAttributes();
            int[] ints = source.ints;
            int i = next * 4;
            int from = next == 0 ? 0 : ints[i - 4];
            term.setEmpty().append(source.terms, from, ints[i]);
            offset.setOffset(ints[i + 1], ints[i + 2]);
            increment.setPositionIncrement(ints[i + 3]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(source.finalOffset, source.finalOffset);
            increment.setPositionIncrement(source.finalIncrement);
        }
    }
}
