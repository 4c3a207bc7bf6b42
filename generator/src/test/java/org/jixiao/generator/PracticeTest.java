package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.extractors.number.NumberScanner;
import org.junit.jupiter.api.Test;

/**
 * The 主要做法和成效 paragraph: specific enough that no other report shares a run of it by chance (what lets the
 * boilerplate rule find planted copies among many reports), and free of anything the extractors would read.
 */
class PracticeTest {

    /** Letters per k-gram, as the index's fingerprints ({@code Fingerprinter.K}). */
    private static final int K = 12;

    /** On these 10,000 seeds the old word pools (four slots of 8–20 words) left runs of 25–98 letters, median 66. */
    @Test
    void aRunOfEveryParagraphIsItsOwnAmongTenThousand() {
        int reports = 10_000;
        List<long[]> grams = new ArrayList<>(reports);
        Map<Long, Integer> holders = new HashMap<>();
        for (int i = 0; i < reports; i++) {
            long[] g = grams(Practice.paragraph(CorpusGenerator.reportSeed(5, i), "某某局"));
            grams.add(g);
            Set<Long> own = new HashSet<>();
            for (long h : g) {
                if (own.add(h)) {
                    holders.merge(h, 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < reports; i++) {
            long[] g = grams.get(i);
            int best = 0;
            int run = 0;
            for (long h : g) {
                run = holders.get(h) <= 2 ? run + 1 : 0;
                best = Math.max(best, run);
            }
            // letters covered by a run of k-grams no more than one other paragraph has by chance (the boilerplate
            // rule takes text held by up to 5 reports for a copy, and needs 60 letters of it): about the body
            assertTrue(best + K - 1 >= Practice.MIN_BODY_LETTERS,
                    "paragraph " + i + " has only " + (best + K - 1) + " letters at most one other paragraph shares");
        }
    }

    @Test
    void aCopyIsTheSourceWordForWordUnderItsOwnName() {
        long seed = CorpusGenerator.reportSeed(5, 7);
        String source = Practice.paragraph(seed, "甲街道");
        String copy = Practice.paragraph(seed, "乙镇");
        assertEquals(source.substring("甲街道".length()), copy.substring("乙镇".length()));
        assertFalse(source.equals(Practice.paragraph(CorpusGenerator.reportSeed(5, 8), "甲街道")));
    }

    @Test
    void theExtractorsReadNoNumberInIt() {
        for (int i = 0; i < 2_000; i++) {
            String p = Practice.paragraph(CorpusGenerator.reportSeed(9, i), "某某镇");
            assertTrue(NumberScanner.scan(p).isEmpty(), "a number in: " + p + " " + NumberScanner.scan(p));
        }
    }

    @Test
    void noInventedVillageIsNamedLikeAPrefecture() throws IOException {
        Set<String> names = new HashSet<>();
        try (InputStream in = NumberScanner.class.getResourceAsStream("/org/jixiao/extractors/metadata/prefectures.txt")) {
            assertNotNull(in, "the extractors' prefecture list");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    names.add(f[1].strip());
                    names.addAll(List.of(f[2].strip().split("\\s+")));
                }
            }
        }
        assertTrue(names.contains("黄山"), "read the list");
        for (String first : Pools.get().list("practice", "place-first")) {
            for (String second : Pools.get().list("practice", "place-second")) {
                String village = first + second;
                assertTrue(names.stream().noneMatch(n -> n.startsWith(village)), village + " names a prefecture");
            }
        }
    }

    /** The hashes of every {@value #K}-letter run of the paragraph's letters, in order. */
    private static long[] grams(String text) {
        String letters = text.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        long[] out = new long[Math.max(0, letters.length() - K + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + K; j++) {
                h = 31 * h + letters.charAt(j);
            }
            out[i] = h;
        }
        return out;
    }
}
