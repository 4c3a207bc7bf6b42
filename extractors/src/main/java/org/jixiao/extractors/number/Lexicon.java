package org.jixiao.extractors.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the number layer reads, loaded once from resources next to this class: units, qualifier
 * words, words that look numeric but are not ({@code 统一}), label words ({@code 附件}), no-value markers.
 * Keeping them as data means the rules generalize by editing a list, never by special-casing a report.
 */
final class Lexicon {

    /** Where a qualifier word sits relative to the number. */
    enum Position { BEFORE, AFTER_NUMBER, AFTER }

    record QualifierWord(String text, Position position, Qualifier qualifier) { }

    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Unit> units = new HashMap<>();
    private final int longestUnit;
    private final List<String> unitExceptions = new ArrayList<>();
    private final List<String> notNumerals = new ArrayList<>();
    private final Set<String> labelWords = new HashSet<>();
    private final int longestLabel;
    private final Set<String> noValueMarkers = new HashSet<>();
    private final List<String> denominators = new ArrayList<>();
    private final List<String> moneyWords = new ArrayList<>();
    private final Map<Position, List<QualifierWord>> qualifiers = new HashMap<>();
    private final List<String> qualifierExceptions = new ArrayList<>();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        int[] longest = {0};
        read("units.tsv", line -> {
            String[] f = line.split("\t");
            Unit u = new Unit(f[0], Kind.valueOf(f[1]), Integer.parseInt(f[2]));
            units.put(u.symbol(), u);
            longest[0] = Math.max(longest[0], u.symbol().length());
        });
        longestUnit = longest[0];
        read("unit-exceptions.txt", unitExceptions::add);
        read("not-numerals.txt", notNumerals::add);
        int[] longestL = {0};
        read("label-words.txt", w -> {
            labelWords.add(w);
            longestL[0] = Math.max(longestL[0], w.length());
        });
        longestLabel = longestL[0];
        read("no-value.txt", noValueMarkers::add);
        read("denominators.txt", denominators::add);
        read("money-words.txt", moneyWords::add);
        read("qualifier-exceptions.txt", qualifierExceptions::add);
        read("qualifiers.tsv", line -> {
            String[] f = line.split("\t");
            QualifierWord q = new QualifierWord(f[0], Position.valueOf(f[1]), Qualifier.valueOf(f[2]));
            qualifiers.computeIfAbsent(q.position(), k -> new ArrayList<>()).add(q);
        });
        // longest first, so that 不超过 wins over 超过 and 最近 over 近
        qualifiers.values().forEach(l -> l.sort((a, b) -> b.text().length() - a.text().length()));
    }

    private static void read(String name, Consumer<String> sink) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Unit unit(String symbol) {
        return units.get(symbol);
    }

    /** The longest unit symbol starting at {@code pos}, or null. */
    Unit unitAt(CharSequence s, int pos) {
        for (int len = Math.min(longestUnit, s.length() - pos); len > 0; len--) {
            Unit u = units.get(s.subSequence(pos, pos + len).toString());
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    /** Whether a unit symbol ends right before {@code pos}. */
    boolean unitEndsAt(CharSequence s, int pos) {
        for (int len = 1; len <= longestUnit && len <= pos; len++) {
            if (units.containsKey(s.subSequence(pos - len, pos).toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word at {@code pos} begins with a unit symbol but is not a unit ({@code 分别}, {@code 次性}). */
    boolean unitExceptionAt(CharSequence s, int pos) {
        for (String w : unitExceptions) {
            if (regionMatches(s, pos, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code pos} is inside a word from {@code not-numerals.txt}. */
    boolean insideNotNumeral(CharSequence s, int pos) {
        char c = s.charAt(pos);
        for (String w : notNumerals) {
            for (int k = w.indexOf(c); k >= 0; k = w.indexOf(c, k + 1)) {
                if (regionMatches(s, pos - k, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a label word ({@code 附件}, {@code 目标}) ends right at {@code pos}. */
    boolean labelEndsAt(CharSequence s, int pos) {
        for (int len = 1; len <= longestLabel && len <= pos; len++) {
            if (labelWords.contains(s.subSequence(pos - len, pos).toString())) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest word of {@code denominators.txt} (月) starting at {@code pos}, or 0. */
    int denominatorAt(CharSequence s, int pos) {
        int best = 0;
        for (String w : denominators) {
            if (w.length() > best && regionMatches(s, pos, w)) {
                best = w.length();
            }
        }
        return best;
    }

    /** Whether a label contains a word of {@code money-words.txt} (资金, 经费, 执行数). */
    boolean namesMoney(String label) {
        for (String w : moneyWords) {
            if (label.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isNoValueMarker(String folded) {
        return noValueMarkers.contains(folded);
    }

    /** The longest qualifier word of this position starting at {@code pos}, or null. */
    QualifierWord qualifierAt(CharSequence s, int pos, Position where) {
        for (QualifierWord q : qualifiers.getOrDefault(where, List.of())) {
            if (regionMatches(s, pos, q.text())) {
                return q;
            }
        }
        return null;
    }

    /** The longest BEFORE qualifier word ending at {@code pos}, or null. */
    QualifierWord qualifierEndingAt(CharSequence s, int pos) {
        for (QualifierWord q : qualifiers.getOrDefault(Position.BEFORE, List.of())) {
            if (regionMatches(s, pos - q.text().length(), q.text())) {
                // 签约154户 is a signing, not "about 154": a longer word ending in the qualifier wins
                for (String w : qualifierExceptions) {
                    if (w.length() > q.text().length() && regionMatches(s, pos - w.length(), w)) {
                        return null;
                    }
                }
                return q;
            }
        }
        return null;
    }

    static boolean regionMatches(CharSequence s, int pos, String w) {
        if (pos < 0 || pos + w.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (s.charAt(pos + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
