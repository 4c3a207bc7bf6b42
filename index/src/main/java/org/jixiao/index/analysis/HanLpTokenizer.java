package org.jixiao.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Splits text into HanLP's words, dropping punctuation and spaces, each token with its offsets in the original
 * text (through {@link #correctOffset}, so char filters stay correct) and HanLP's part of speech as its type.
 *
 * <p>A compound word is also split into the dictionary words inside it, at the same position ({@code 预算执行率}
 * → {@code 预算执行率}, {@code 预算}, {@code 执行率}, {@code 执行}): the domain dictionary makes HanLP prefer long
 * compounds, and a user searching {@code 执行率} must still find them. At query time the same overlapping tokens
 * become one position that any of them matches.
 *
 * <p>HanLP segments a line at once (its Viterbi pass needs the context on both sides), so the reader is drained on
 * {@link #reset()}: a field value is at most one report's text, a few hundred kilobytes. Lines are segmented one by
 * one, each distinct short line once ({@link LineSegmenter}).
 */
public final class HanLpTokenizer extends Tokenizer {

    /** Compounds longer than this are not split further (table junk, long numbers). */
    static final int MAX_COMPOUND = 12;

    private final LineSegmenter lines;
    private final Predicate<String> isDictionaryWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<int[]> parts = new ArrayDeque<>();
    /**
     * A compound's parts (start, end pairs relative to the compound), by the compound: the same compounds come back
     * in every report, and finding their parts tests every substring against the dictionaries. Bounded.
     */
    private final java.util.Map<String, int[]> partsOf = new java.util.HashMap<>();
    // reused across values: a fresh builder per value grew from 16 chars and was widened to UTF-16 at its first
    // Chinese char every time, which cost a third as much as segmenting (61,000 values per 200 reports)
    private final StringBuilder read = new StringBuilder(1024);
    private final char[] buffer = new char[8192];
    private String text = "";
    private List<ChineseNlp.Token> tokens = List.of();
    private int next;

    public HanLpTokenizer(ChineseNlp nlp, Predicate<String> isDictionaryWord) {
        this(new LineSegmenter(nlp), isDictionaryWord);
    }

    HanLpTokenizer(LineSegmenter lines, Predicate<String> isDictionaryWord) {
        this.lines = lines;
        this.isDictionaryWord = isDictionaryWord;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        read.setLength(0);
        for (int n; (n = input.read(buffer)) != -1; ) {
            read.append(buffer, 0, n);
        }
        text = read.toString();
        if (read.capacity() > 1 << 20) {
            read.setLength(0);
            read.trimToSize(); // one huge text must not pin a megabyte buffer per thread
        }
        tokens = lines.segment(text);
        next = 0;
        parts.clear();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!parts.isEmpty()) {
            int[] p = parts.poll();
            emit(p[0], p[1], "sub", 0);
            return true;
        }
        while (next < tokens.size()) {
            ChineseNlp.Token t = tokens.get(next++);
            if (!isWord(t.word())) {
                continue;
            }
            emit(t.start(), t.end(), t.pos(), 1);
            queueParts(t);
            return true;
        }
        return false;
    }

    private void emit(int start, int end, String pos, int increment) {
        term.setEmpty().append(text, start, end);
        offset.setOffset(correctOffset(start), correctOffset(end));
        position.setPositionIncrement(increment);
        type.setType(pos);
    }

    /** The dictionary words of two or more chars strictly inside a compound, left to right, longest first. */
    private void queueParts(ChineseNlp.Token t) {
        int len = t.end() - t.start();
        if (len < 3 || len > MAX_COMPOUND) {
            return;
        }
        String word = text.substring(t.start(), t.end());
        int[] rel = partsOf.get(word);
        if (rel == null) {
            rel = partsOf(word);
            if (partsOf.size() >= MAX_KEPT_COMPOUNDS) {
                partsOf.clear();
            }
            partsOf.put(word, rel);
        }
        for (int i = 0; i < rel.length; i += 2) {
            parts.add(new int[] {t.start() + rel[i], t.start() + rel[i + 1]});
        }
    }

    /** Compounds whose parts are kept (a few hundred kilobytes at most). */
    private static final int MAX_KEPT_COMPOUNDS = 20_000;

    private int[] partsOf(String word) {
        int len = word.length();
        int[] out = new int[8];
        int n = 0;
        for (int from = 0; from < len - 1; from++) {
            for (int to = len; to >= from + 2; to--) {
                if (to - from == len) {
                    continue;
                }
                if (isDictionaryWord.test(word.substring(from, to))) {
                    if (n + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = from;
                    out[n++] = to;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
        text = "";
    }

    /** A token worth indexing: it holds at least one letter or digit (punctuation and spaces are not words). */
    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
