package org.jixiao.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters to simplified ones, one character for one ({@code 績效} → {@code 绩效},
 * {@code 萬元} → {@code 万元}), so that a report copied by a traditional-character mirror reads like the
 * original and the normalizer's offset map stays one-to-one.
 *
 * <p>Word-level conversions (one traditional word to a different simplified word) are deliberately not
 * done: they would change lengths, and the character table already covers the vocabulary of the reports.
 * The table ({@code t2s-chars.txt}) leaves out characters that simplified text also uses, so simplified
 * text passes through unchanged.
 */
public final class Simplified {

    private static final char[] TABLE = load();

    private Simplified() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char of(char c) {
        char s = TABLE[c];
        return s == 0 ? c : s;
    }

    /** {@code s} with each traditional character replaced by its simplified form; same length. */
    public static String of(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = of(cs[i]);
        }
        return new String(cs);
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        try (InputStream in = Simplified.class.getResourceAsStream("t2s-chars.txt")) {
            if (in == null) {
                throw new IllegalStateException("t2s-chars.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() == 2 && line.charAt(0) != '#') {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
