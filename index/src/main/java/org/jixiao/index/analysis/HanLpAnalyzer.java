package org.jixiao.index.analysis;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * The index's analyzer for Chinese text: {@link HanLpTokenizer} words, lower-cased so Latin words in reports
 * ({@code PPP}, {@code ppp}) match either way. Used for indexing and for parsing queries alike.
 */
public final class HanLpAnalyzer extends Analyzer {

    private final LineSegmenter lines;
    private final Predicate<String> isDictionaryWord;

    /** With the shared HanLP words (no name recognition: {@link ChineseNlp#words}) and this project's domain words. */
    public HanLpAnalyzer() {
        this(ChineseNlp.words());
    }

    public HanLpAnalyzer(ChineseNlp nlp) {
        this(nlp, HanLpAnalyzer::inHanLpDictionary);
    }

    public HanLpAnalyzer(ChineseNlp nlp, Predicate<String> isDictionaryWord) {
        this.lines = new LineSegmenter(nlp);
        this.isDictionaryWord = isDictionaryWord;
    }

    /** HanLP's core and custom dictionaries (the latter holds this project's domain words). */
    static boolean inHanLpDictionary(String word) {
        return CoreDictionary.contains(word) || CustomDictionary.contains(word);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLpTokenizer(lines, isDictionaryWord);
        TokenStream result = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
