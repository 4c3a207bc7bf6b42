package org.jixiao.extractors.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that turn the words around a number into its name, read once from
 * {@code label-words.txt} beside this class: linking words ({@code 为}, {@code 合计}), leading connectives
 * ({@code 其中}), relation words ({@code 减少}, {@code 得分}), score words ({@code 分值}) and row-number headers
 * ({@code 序号}), total words ({@code 共计}), dimension words ({@code 长}), conjunctions ({@code 和}), scope words ({@code 全县}), holder endings ({@code 局}) and settled words ({@code 全部}). Data rather than code, so that a report phrased differently is handled by adding a word.
 */
record LabelWords(Set<String> linking, Set<String> leading, Set<String> relation, List<String> score,
                  Set<String> rowNumber, Set<String> total, Set<String> dimension, Set<String> conjunction,
                  Set<String> scope, List<String> holder, List<String> settled) {

    private static final LabelWords INSTANCE = load();

    static LabelWords get() {
        return INSTANCE;
    }

    /** Whether {@code header} names a score column or row ({@code 分值}, {@code 自评得分}, {@code 总分}). */
    boolean namesScore(String header) {
        for (String w : score) {
            if (header.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends like the name of a body whose members a count after it counts ({@code 某某局}). */
    boolean namesHolder(String word) {
        for (String w : holder) {
            if (word.length() > w.length() && word.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static LabelWords load() {
        Map<String, List<String>> lists = new HashMap<>();
        try (InputStream in = LabelWords.class.getResourceAsStream("label-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource label-words.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                lists.put(f[0], List.of(f).subList(1, f.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelWords(Set.copyOf(need(lists, "linking")), Set.copyOf(need(lists, "leading")),
                Set.copyOf(need(lists, "relation")), List.copyOf(need(lists, "score")),
                Set.copyOf(need(lists, "row-number")), Set.copyOf(need(lists, "total")),
                Set.copyOf(need(lists, "dimension")), Set.copyOf(need(lists, "conjunction")),
                Set.copyOf(need(lists, "scope")), List.copyOf(need(lists, "holder")),
                List.copyOf(need(lists, "settled")));
    }

    private static List<String> need(Map<String, List<String>> lists, String name) {
        List<String> l = lists.get(name);
        if (l == null) {
            throw new IllegalStateException("label-words.txt has no list " + name);
        }
        return l;
    }
}
