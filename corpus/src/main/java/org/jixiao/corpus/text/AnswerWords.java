package org.jixiao.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The worded values of qualitative indicators ({@code 是}, {@code 达到预期}, {@code 基本达标}): what a target or
 * actual cell holds and an indicator's name never is. Data: {@code answer-words.txt}, the one list the loader and
 * the extractors share.
 */
public final class AnswerWords {

    private static final List<String> WORDS = load();
    private static final Set<String> SET = Set.copyOf(WORDS);

    private AnswerWords() {
    }

    /** Every answer word, as listed. */
    public static List<String> all() {
        return WORDS;
    }

    /** Whether {@code cell}, stripped, is one answer word. */
    public static boolean is(String cell) {
        return SET.contains(cell.strip());
    }

    private static List<String> load() {
        try (InputStream in = AnswerWords.class.getResourceAsStream("answer-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("answer-words.txt missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
