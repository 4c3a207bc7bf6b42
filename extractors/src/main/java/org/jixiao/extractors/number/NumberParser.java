package org.jixiao.extractors.number;

import java.util.List;

/**
 * Reads one whole string — typically a table cell — as a single figure, or says plainly why it is not one.
 *
 * <p>Accepts {@code 1234.56}, {@code 1,234.56}, full-width {@code １２３４．５６}, {@code 94.5%},
 * {@code ≥95%}, {@code =100%}, {@code 41个}, {@code 99.34分}, {@code 3865120.45 元}, {@code 10亿元},
 * {@code 1000余个}, {@code 约5万元}, Chinese numerals with or without a measure word ({@code 五个},
 * {@code 十二处}, {@code 一百二十三}, {@code 两千零五}), a leading minus ({@code -3.5}) and ranges
 * ({@code 90-100分} → {@link ParseResult.Range}).
 *
 * <p>Decisions, each on the side of not guessing:
 * <ul>
 *   <li>{@code (3.5)} is refused: in accounts it is −3.5, in these reports parentheses more often mark a
 *       list item or a weight, and the cell alone cannot tell;</li>
 *   <li>{@code /}, {@code —}, {@code --}, {@code 无} … are {@link ParseResult.NoValue}: the author said
 *       "nothing here" on purpose. An empty string is {@link ParseResult.NotANumber}: it carries no marker,
 *       so a deliberately blank cell cannot be told from a lost one;</li>
 *   <li>{@code 2021年} is {@link ParseResult.NotAFigure} (a year), as are dates, document numbers, list
 *       markers and section numbers ({@code 1.2.3});</li>
 *   <li>{@code 12,34,5}, an elided Chinese numeral ({@code 一百二}), text around the number, or two numbers
 *       are {@link ParseResult.NotANumber} with the reason.</li>
 * </ul>
 * Offsets in the result are offsets into the string given, including any surrounding spaces.
 */
public final class NumberParser {

    private NumberParser() {
    }

    public static ParseResult parse(String s) {
        if (s == null) {
            return new ParseResult.NotANumber("no text");
        }
        String folded = Numerals.fold(s).strip();
        if (folded.isEmpty()) {
            return new ParseResult.NotANumber("empty text (a blank is not marked as \"no value\")");
        }
        if (Lexicon.get().isNoValueMarker(folded)) {
            return new ParseResult.NoValue(s.strip());
        }
        if (folded.length() > 2 && folded.charAt(0) == '(' && folded.charAt(folded.length() - 1) == ')'
                && parse(folded.substring(1, folded.length() - 1)) instanceof ParseResult.Value) {
            return new ParseResult.NotANumber(
                    "number in parentheses: an accounting negative or a marker, cannot tell which");
        }
        List<Mention> mentions = NumberScanner.scan(s, MentionTokenizer.Mode.CELL);
        if (mentions.isEmpty()) {
            return new ParseResult.NotANumber(hasLetters(folded) ? "text has letters" : "no digits in text");
        }
        if (mentions.size() > 1) {
            if (mentions.stream().allMatch(m -> m instanceof NonFigure n
                    && (n.reason() == NonFigure.Reason.YEAR || n.reason() == NonFigure.Reason.DATE))) {
                int from = mentions.get(0).start();
                int to = mentions.get(mentions.size() - 1).end();
                if (s.substring(0, from).isBlank() && s.substring(to).isBlank()) {
                    return new ParseResult.NotAFigure(
                            new NonFigure(NonFigure.Reason.DATE, "date", from, to, s.substring(from, to)));
                }
            }
            return new ParseResult.NotANumber("more than one number in text");
        }
        Mention m = mentions.get(0);
        String before = s.substring(0, m.start()).strip();
        String after = s.substring(m.end()).strip();
        if (!before.isEmpty() || !after.isEmpty()) {
            return new ParseResult.NotANumber("unexpected text around the number: '"
                    + (before.isEmpty() ? after : before) + "'");
        }
        return switch (m) {
            case Quantity q -> new ParseResult.Value(q);
            case QuantityRange r -> new ParseResult.Range(r);
            case NonFigure n -> switch (n.reason()) {
                case MALFORMED, AMBIGUOUS, SPLIT, BAD_RANGE -> new ParseResult.NotANumber(n.detail());
                default -> new ParseResult.NotAFigure(n);
            };
        };
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
