package org.jixiao.extractors.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;

/**
 * {@link ChineseNlp} on HanLP (portable): the standard Viterbi segmenter with place and organization
 * recognition and offsets, plus this domain's words from {@code domain-words.txt}; and the same segmenter with no
 * name recognition at all, for search ({@link ChineseNlp#words}).
 *
 * <p>Initialized lazily and once (holder idiom): HanLP's dictionaries take a few hundred milliseconds to
 * load, which a command that never needs Chinese NLP should not pay. HanLP's segmenters keep no state
 * between calls once configured, so one instance serves all threads. HanLP reports through
 * {@code java.util.logging} and, in debug mode, {@code System.err}; both are silenced here because a user
 * reading reports has no use for dictionary-loading chatter.
 */
public final class HanLpNlp implements ChineseNlp {

    /** The resource listing domain words, one {@code WORD [NATURE [FREQUENCY]]} a line. */
    public static final String DOMAIN_WORDS = "domain-words.txt";

    /** Texts up to this length have their words kept (see {@link #segment}). */
    static final int MAX_CACHED_TEXT = 200;
    /** At most this many texts' words are kept. */
    static final int MAX_CACHED = 50_000;

    private final Segment segment;
    private final ConcurrentHashMap<String, List<Token>> cache = new ConcurrentHashMap<>();
    private final long initNanos;
    private final int domainWords;

    private HanLpNlp(Segment segment, int domainWords, long t0) {
        this.domainWords = domainWords;
        this.segment = segment;
        segment.seg("预热"); // forces the core dictionaries to load now rather than on the first real document
        this.initNanos = System.nanoTime() - t0;
    }

    /** A segmenter configured by {@code setup}, after HanLP is silenced and this domain's words are added. */
    private static HanLpNlp create(UnaryOperator<Segment> setup) {
        long t0 = System.nanoTime();
        int domainWords = DomainWords.COUNT;
        return new HanLpNlp(setup.apply(HanLP.newSegment()).enableOffset(true), domainWords, t0);
    }

    /** The setup every segmenter shares, once per JVM: HanLP silenced, the domain words in its custom dictionary. */
    private static final class DomainWords {
        static final int COUNT;

        static {
            Predefine.logger.setLevel(Level.OFF);
            HanLP.Config.enableDebug(false);
            COUNT = loadDomainWords();
        }
    }

    private static final class Holder {
        static final HanLpNlp INSTANCE = create(s -> s.enablePlaceRecognize(true).enableOrganizationRecognize(true));
    }

    private static final class WordsHolder {
        static final HanLpNlp INSTANCE = create(s -> s.enableNameRecognize(false));
    }

    static HanLpNlp shared() {
        return Holder.INSTANCE;
    }

    /**
     * Words alone: the same Viterbi segmenter and dictionaries, without recognizing person, place or organization
     * names (see {@link ChineseNlp#words}).
     */
    static HanLpNlp words() {
        return WordsHolder.INSTANCE;
    }

    /** How long loading the dictionaries took, in milliseconds. */
    public double initMillis() {
        return initNanos / 1e6;
    }

    /** How many domain words were added to HanLP's custom dictionary. */
    public int domainWordCount() {
        return domainWords;
    }

    /**
     * HanLP's words of {@code text}. A short text is segmented once and its words kept: the same labels, table
     * cells, headings and template lines recur in every report (and again when the index analyzes them), and
     * segmentation is a pure function of the text, so a kept answer is exact. Bounded: texts longer than
     * {@link #MAX_CACHED_TEXT} are never kept and the cache is emptied when it holds {@link #MAX_CACHED} texts, so
     * memory stays flat over any number of reports. The list returned is unmodifiable.
     */
    @Override
    public List<Token> segment(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (text.length() > MAX_CACHED_TEXT) {
            return words(text);
        }
        List<Token> known = cache.get(text);
        if (known == null) {
            known = words(text);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(text, known);
        }
        return known;
    }

    private List<Token> words(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String pos = t.nature == null ? "x" : t.nature.toString();
            out.add(new Token(t.word, pos, t.offset, t.offset + t.word.length()));
        }
        return List.copyOf(out);
    }

    private static int loadDomainWords() {
        int n = 0;
        try (InputStream in = HanLpNlp.class.getResourceAsStream(DOMAIN_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DOMAIN_WORDS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                String nature = f.length > 1 ? f[1] : "n";
                String freq = f.length > 2 ? f[2] : "1000";
                CustomDictionary.insert(f[0], nature + " " + freq);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOMAIN_WORDS, e);
        }
        return n;
    }
}
