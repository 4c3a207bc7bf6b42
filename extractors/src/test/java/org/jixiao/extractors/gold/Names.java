package org.jixiao.extractors.gold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How gold and extracted text are compared. Names (evaluations, sections, indicator levels) ignore whitespace,
 * punctuation and a printed weight such as {@code (50分)}, because reports wrap and decorate them freely; values
 * (targets, grades) only ignore whitespace and width, because {@code ≥95%} and {@code 95} are different claims.
 */
final class Names {

    private static final Pattern PRINTED_WEIGHT = Pattern.compile("\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200b\\ufeff]+");
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{Z}\\p{P}\\u200b\\ufeff]+");

    private Names() {
    }

    /** A name's comparable form: NFKC, lower case, no printed weight, no whitespace or punctuation. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = PRINTED_WEIGHT.matcher(text).replaceAll("");
        return SPACE_OR_PUNCTUATION.matcher(text).replaceAll("");
    }

    /** A value's comparable form: NFKC, lower case, no whitespace. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(text).replaceAll("");
    }

    /**
     * Whether two names denote the same thing when one is a shortened or decorated form of the other
     * ({@code 社区办公} / {@code 社区办公经费}); the shorter must keep at least two characters.
     */
    static boolean overlaps(String a, String b) {
        String x = name(a);
        String y = name(b);
        if (x == null || y == null || x.length() < 2 || y.length() < 2) {
            return false;
        }
        return x.contains(y) || y.contains(x);
    }
}
