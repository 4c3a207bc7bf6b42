package org.jixiao.extractors.number;

import static org.jixiao.extractors.number.Numerals.at;
import static org.jixiao.extractors.number.Numerals.isDigit;

/**
 * The tokenizer's shapes of Arabic digits that are not a figure, each judged from a bounded window around the
 * digits: an area-code telephone number, digits broken by layout, a document number ({@code 〔2019〕5号}), a
 * list marker ({@code 1、}, {@code (2)}), and a calendar word after an integer (年, 月, 日, 号). Each answers with
 * the {@link NonFigure} it sees (or the end of the span), or null (−1) when the digits are not that shape.
 */
final class DigitShapes {

    private static final String OPEN_BRACKETS = "[〔【〖";
    private static final String CLOSE_BRACKETS = "]〕】〗";
    /** Characters after which a small integer followed by 、 or . starts a list item. */
    private static final String ITEM_BOUNDARY = "\n\t 。;:!?)";

    private final String src;
    private final String f;

    DigitShapes(String src, String f) {
        this.src = src;
        this.f = f;
    }

    /** End of {@code 0311-12345678} style numbers starting at {@code p} (area code to {@code e}), or −1. */
    int areaCodePhoneEnd(int p, int e) {
        if (e - p < 3 || e - p > 4 || at(f, e) != '-') {
            return -1;
        }
        int j = e + 1;
        while (isDigit(at(f, j))) {
            j++;
        }
        return j - e - 1 >= 7 && j - e - 1 <= 8 ? j : -1;
    }

    /**
     * When the number ending at {@code e} is followed only by spaces or one line break (no tab, which
     * separates cells) and then more digits, the end of those digits; otherwise −1. Catches
     * {@code 173\n5.58}, {@code 9\n.45}, {@code 1733.\n73}.
     */
    int splitEnd(int e) {
        int j = e;
        if (at(f, j) == '.' && !isDigit(at(f, j + 1))) {
            j++; // "1733.\n73"
        }
        int ws = 0;
        int newlines = 0;
        while (at(f, j) == ' ' || at(f, j) == '\n') {
            newlines += at(f, j) == '\n' ? 1 : 0;
            ws++;
            j++;
        }
        if (ws == 0 || newlines > 1) {
            return -1;
        }
        if (at(f, j) == '.' && isDigit(at(f, j + 1))) {
            j++;
        } else if (!isDigit(at(f, j))) {
            return -1;
        }
        while (isDigit(at(f, j)) || at(f, j) == '.' && isDigit(at(f, j + 1))) {
            j++;
        }
        return j;
    }

    /** {@code 〔2019〕5号}: a year in document brackets, with the serial after it; or null. */
    NonFigure documentNumber(int p, int e) {
        int open = skipWhitespaceBack(p) - 1;
        int ob = OPEN_BRACKETS.indexOf(at(f, open));
        if (ob < 0 || e - p != 4) {
            return null;
        }
        int close = skipWhitespace(e);
        if (at(f, close) != CLOSE_BRACKETS.charAt(ob)) {
            return null;
        }
        int end = close + 1;
        int j = skipWhitespace(end);
        if (isDigit(at(f, j))) {
            int d = j;
            while (isDigit(at(f, d))) {
                d++;
            }
            int h = skipWhitespace(d);
            if (at(f, h) == '号') {
                end = h + 1;
            }
        }
        return nonFigure(NonFigure.Reason.DOCUMENT_NUMBER, "document number", open, end);
    }

    /** {@code 1、}, {@code (2)}, {@code 3.} opening a list item; or null. */
    NonFigure listMarker(Numerals.Arabic a, int p, int e) {
        if (a.intDigits() > 2) {
            return null;
        }
        if (at(f, p - 1) == '(' && at(f, e) == ')') {
            return nonFigure(NonFigure.Reason.LIST_MARKER, "list marker", p - 1, e + 1);
        }
        char prev = at(f, p - 1);
        boolean boundary = p == 0 || ITEM_BOUNDARY.indexOf(prev) >= 0;
        if (!boundary) {
            return null;
        }
        char next = at(f, e);
        char after = at(f, e + 1);
        boolean marker = switch (next) {
            case '、' -> !isDigit(after) && !Numerals.isChineseNumeral(after);
            case '.' -> !isDigit(after) && after != '\0';
            case ')' -> true;
            default -> false;
        };
        return marker ? nonFigure(NonFigure.Reason.LIST_MARKER, "list marker", p, e + 1) : null;
    }

    /** Year, month, day and 号 after an integer at {@code [p, …)}, {@code k} the first char after it; or null. */
    NonFigure calendar(Numerals.Arabic a, int p, int k) {
        int v = a.value().intValue();
        char c = at(f, k);
        if (c == '年' && a.intDigits() == 4 && v >= 1900 && v <= 2199) {
            int end = at(f, k + 1) == '度' ? k + 2 : k + 1;
            return nonFigure(NonFigure.Reason.YEAR, "calendar year", p, end);
        }
        if (c == '月' && v >= 1 && v <= 12) {
            int end = k + 1;
            int d = MentionTokenizer.skipSpaces(f, end);
            int de = d;
            while (isDigit(at(f, de))) {
                de++;
            }
            if (de > d && (at(f, de) == '日' || at(f, de) == '号')) {
                end = de + 1;
            } else if ("初中底末份".indexOf(at(f, end)) >= 0) {
                end++;
            }
            return nonFigure(NonFigure.Reason.DATE, "date", p, end);
        }
        if (c == '日' && v >= 1 && v <= 31 && at(f, k + 1) != '内') {
            return nonFigure(NonFigure.Reason.DATE, "date", p, k + 1);
        }
        if (c == '号') {
            return nonFigure(NonFigure.Reason.LABEL, "a number naming a thing", p, k + 1);
        }
        return null;
    }

    private NonFigure nonFigure(NonFigure.Reason reason, String detail, int start, int end) {
        return new NonFigure(reason, detail, start, end, src.substring(start, end));
    }

    /** Spaces and line breaks: only inside document numbers, which PDF extraction often breaks. */
    private int skipWhitespace(int i) {
        while (at(f, i) == ' ' || at(f, i) == '\n') {
            i++;
        }
        return i;
    }

    private int skipWhitespaceBack(int i) {
        while (i > 0 && (f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\n')) {
            i--;
        }
        return i;
    }
}
