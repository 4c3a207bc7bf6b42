package org.jixiao.extractors.check.arith;

import java.util.ArrayList;
import java.util.List;

/**
 * Two shapes of a band statement found from their punctuation rather than by a pattern tried at every character:
 * {@code 优(90分以上)} (a grade right before a bracket, its range inside) and {@code 优秀:90分以上} (a grade that no
 * Han character precedes, right before a colon, its range after). They are exactly what the patterns
 * <pre>
 *   (GRADE)["”」]?\(([^()]{1,30})\)
 *   (?&lt;!\p{IsHan})(GRADE):([^:]{1,30})
 * </pre>
 * find, leftmost first and each search going on after the previous match (the test holds them to the patterns),
 * where GRADE is the alternation of {@link #NAMES}. The patterns cost a tenth of all extraction: a Java pattern that
 * starts with a fourteen-way alternation tries it at every position of every clause with a digit and a grade
 * character, and {@code 中} and {@code 等} are in most clauses.
 */
final class GradeMentions {

    /**
     * Every grade name a band may carry (the names of {@link GradeBands.Level}), the longest first: among names
     * ending at one place, the one that starts leftmost, and the order a pattern's alternation tries them in.
     */
    static final List<String> NAMES = java.util.Arrays.stream(GradeBands.Level.values())
            .flatMap(l -> l.names().stream())
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();

    /** A grade named in a clause and the text of its range. */
    record Mention(String grade, String range) {
    }

    private GradeMentions() {
    }

    /** {@code 优(90分以上)}, {@code 良好”(80-89分)}: each grade right before a bracket, with what the bracket holds. */
    static List<Mention> beforeBracket(String clause) {
        List<Mention> out = new ArrayList<>(2);
        int from = 0;
        for (int p = clause.indexOf('(', from); p >= 0; p = clause.indexOf('(', Math.max(p + 1, from))) {
            int end = p > 0 && isCloseQuote(clause.charAt(p - 1)) ? p - 1 : p;
            String grade = nameEndingAt(clause, end, from, false);
            if (grade == null) {
                continue;
            }
            int inside = 0;
            while (inside < 30 && p + 1 + inside < clause.length() && !isBracket(clause.charAt(p + 1 + inside))) {
                inside++;
            }
            int close = p + 1 + inside;
            if (inside == 0 || close >= clause.length() || clause.charAt(close) != ')') {
                continue;
            }
            out.add(new Mention(grade, clause.substring(p + 1, close)));
            from = close + 1;
        }
        return out;
    }

    /** {@code 优秀:90分以上}: each grade no Han character precedes, right before a colon, with up to 30 chars after. */
    static List<Mention> beforeColon(String clause) {
        List<Mention> out = new ArrayList<>(2);
        int from = 0;
        for (int p = clause.indexOf(':', from); p >= 0; p = clause.indexOf(':', Math.max(p + 1, from))) {
            String grade = nameEndingAt(clause, p, from, true);
            if (grade == null) {
                continue;
            }
            int after = 0;
            while (after < 30 && p + 1 + after < clause.length() && clause.charAt(p + 1 + after) != ':') {
                after++;
            }
            if (after == 0) {
                continue;
            }
            out.add(new Mention(grade, clause.substring(p + 1, p + 1 + after)));
            from = p + 1 + after;
        }
        return out;
    }

    /**
     * The grade name ending at {@code end} that starts leftmost, not before {@code from} (where the previous match
     * ended) and, when {@code notAfterHan}, not right after a Han character; null when there is none.
     */
    private static String nameEndingAt(String s, int end, int from, boolean notAfterHan) {
        for (String name : NAMES) {
            int start = end - name.length();
            if (start < from || !s.startsWith(name, start)) {
                continue;
            }
            // the char before, as the pattern's one-char lookbehind sees it (half a surrogate pair is not Han)
            if (notAfterHan && start > 0 && Character.UnicodeScript.of(s.charAt(start - 1))
                    == Character.UnicodeScript.HAN) {
                continue;
            }
            return name;
        }
        return null;
    }

    private static boolean isCloseQuote(char c) {
        return c == '"' || c == '”' || c == '」';
    }

    private static boolean isBracket(char c) {
        return c == '(' || c == ')';
    }
}
