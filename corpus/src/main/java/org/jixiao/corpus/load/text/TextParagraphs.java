package org.jixiao.corpus.load.text;

import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.load.HeadingDetector;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Decides where the paragraphs of a text file are. Each non-blank line is a paragraph, except that a line
 * broken inside a sentence is joined with the next. Text files come in two shapes, and the test for "broken
 * inside a sentence" differs:
 * <ul>
 *   <li><b>hard-wrapped</b>: most long lines end near the same display width (an editor's or a converter's
 *       wrap column). A line that reaches that width is a wrap; a blank line is a paragraph break.</li>
 *   <li><b>one paragraph per line</b> (lengths vary freely): a line is broken only where a converter split a
 *       paragraph (typically at a page end, often leaving a blank line between the halves). Such a line is
 *       longer than any heading.</li>
 * </ul>
 * In both shapes a line is never joined when it ends a sentence ({@code 。！？；：}), is itself a heading, or
 * when the next line starts a numbered item or heading ({@code 一、}, {@code （二）}, {@code 3.}, {@code （4）},
 * {@code 第五部分}, a bullet) or is indented (an indent opens a paragraph), nor when either line is a row
 * of table cells ({@code a | b |}) that did not make a table. The rules err towards not joining:
 * a wrongly split paragraph still reads correctly sentence by sentence, a wrongly joined one does not.
 */
final class TextParagraphs {

    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]"
                    + "|[（(][一二三四五六七八九十百\\d]{1,3}[）)]"
                    + "|\\d{1,3}(?:[.．]\\d{1,3})*[、.．)）](?!\\d)"
                    + "|第[一二三四五六七八九十百\\d]+[章节部分条项款]"
                    + "|[-•·●○■□◆◇▪*※►]"
                    + "|[①-⑳]"
                    + "|附件|注[:：]|备注)");

    private static final String SENTENCE_END = "。！？；：!?;:…";
    private static final String CLOSERS = "”’」』）)】》\"'";

    /** Lines up to this many characters may be headings or labels; longer ones are prose (as in HeadingDetector). */
    private static final int HEADING_LENGTH = 40;

    /** Wrap widths are looked for among lines at least this wide (display columns). */
    private static final int MIN_WRAP_WIDTH = 20;
    private static final int MAX_TRACKED_WIDTH = 600;

    /** The wrap column of a hard-wrapped file, or 0 for a file with one paragraph per line. */
    private final int wrapWidth;
    private final int tolerance;

    private TextParagraphs(int wrapWidth) {
        this.wrapWidth = wrapWidth;
        this.tolerance = Math.max(2, wrapWidth / 10);
    }

    /** Studies the widths of the text lines (table lines excluded) once. */
    static TextParagraphs of(List<String> textLines) {
        int[] hist = new int[MAX_TRACKED_WIDTH + 2];
        int total = 0;
        for (String line : textLines) {
            int w = Math.min(displayWidth(line.strip()), MAX_TRACKED_WIDTH + 1);
            if (w >= MIN_WRAP_WIDTH) {
                hist[w]++;
                total++;
            }
        }
        if (total < 4) {
            return new TextParagraphs(0);
        }
        int[] prefix = new int[hist.length + 1];
        for (int i = 0; i < hist.length; i++) {
            prefix[i + 1] = prefix[i] + hist[i];
        }
        int best = 0;
        int bestCount = 0;
        for (int w = MIN_WRAP_WIDTH; w <= MAX_TRACKED_WIDTH; w++) {
            int tol = Math.max(2, w / 10);
            int inWindow = prefix[w + 1] - prefix[Math.max(0, w - tol)];
            if (inWindow >= bestCount) {
                best = w;
                bestCount = inWindow;
            }
        }
        int wider = total - prefix[best + 1];
        boolean hardWrapped = bestCount >= 4 && bestCount * 2 >= total && wider * 10 <= total;
        return new TextParagraphs(hardWrapped ? best : 0);
    }

    int wrapWidth() {
        return wrapWidth;
    }

    /**
     * Whether {@code line} continues on {@code next}, with {@code blanksBetween} blank lines between them.
     */
    boolean joins(String line, String next, int blanksBetween) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || endsSentence(a) || startsItem(b) || indented(next)) {
            return false;
        }
        if (tableRow(line) || tableRow(next) || wrapWidth == 0 && cellsRunTogether(a) && !startsWithValue(b)) {
            return false; // a row of cells that did not make a table is still no wrapped phrase
        }
        if (wrapWidth > 0) {
            if (blanksBetween > 0 || displayWidth(a) < wrapWidth - tolerance) {
                return false;
            }
        } else if (blanksBetween > 1 || visible(a) <= HEADING_LENGTH) {
            return false;
        }
        return !heading(a);
    }

    /**
     * A line's length, a letter-spaced one ({@code 某 县 2 0 2 1 年 …}: most characters one space apart) counted
     * without its spaces, so that it is as long as its words. Other spaces count: a line of fields apart by spaces
     * ({@code 发布机构 某局 责任部门 某局 …}) is as long as it is wide.
     */
    private static int visible(String s) {
        int printing = 0;
        int between = 0; // single spaces with a printing character on both sides
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\t') {
                printing++;
            } else if (c == ' ' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) != ' ' && s.charAt(i + 1) != ' ') {
                between++;
            }
        }
        return between * 5 >= (printing - 1) * 4 && printing > 1 ? printing : s.length();
    }

    /** A numbered heading; only lines that start like one are normalized for the check. */
    private static boolean heading(String s) {
        char c = s.charAt(0);
        boolean couldBe = c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '(' || c == '（'
                || "一二三四五六七八九十".indexOf(c) >= 0;
        return couldBe && HeadingDetector.level(TextNormalizer.get().normalizeText(s, Mode.LINES)) > 0;
    }

    /** A line of cells: two or more cells between pipes, or columns apart by two or more spaces. */
    private static boolean tableRow(String line) {
        return PipeTables.row(line) && PipeTables.cells(line).size() >= 2 || TextTables.spaceRow(line);
    }

    /**
     * A table row whose cells ran together ({@code 辖区居民满意度≥85%67%53.9上级政策调整导致任务量变化}, or with one run
     * of digits, {@code 基层治理水平是否有效提升达到预期部分达到74.2项目招标流程耗时较长}): a number and not one comma, enumeration
     * comma or semicolon in a line long enough to be joined in a file of one paragraph a line (over forty
     * characters). A sentence that long with a number in it has its commas; a row's last cell (a note) is no start
     * of a phrase the next line ends, unless the next line starts with a value (a form flattened onto one line whose
     * next cell fell onto the next). A hard-wrapped file's lines are cut at its width wherever they fall, so there
     * a short stretch without a comma says nothing.
     */
    static boolean cellsRunTogether(String s) {
        int numbers = 0;
        boolean inNumber = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("，、；,;".indexOf(c) >= 0) {
                return false;
            }
            boolean digit = c >= '0' && c <= '9' || c >= '０' && c <= '９';
            if (digit && !inNumber) {
                numbers++;
            }
            inNumber = digit || inNumber && (c == '.' || c == '．');
        }
        return numbers >= 1;
    }

    private static boolean startsWithValue(String s) {
        char c = s.charAt(0);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "≥≤<>＜＞".indexOf(c) >= 0;
    }

    /**
     * Ends with sentence-final punctuation, possibly followed by closing quotes or brackets. A full stop typed
     * as a half-width {@code .} (pages that use ASCII punctuation throughout) ends a sentence after a Chinese
     * character ({@code …服务支出.}); after a digit it may be a decimal point or a list number.
     */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i--;
        }
        if (i >= 1 && (s.charAt(i) == '.' || s.charAt(i) == '．') && TextNormalizer.isCjk(s.charAt(i - 1))) {
            return true;
        }
        return i >= 0 && SENTENCE_END.indexOf(s.charAt(i)) >= 0;
    }

    static boolean startsItem(String s) {
        return ITEM_START.matcher(s).find() || !s.isEmpty() && heading(s);
    }

    /** Starts with two spaces, an ideographic space or a TAB: the first line of an indented paragraph. */
    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\u3000") || line.startsWith("\t");
    }

    /** Columns a line takes in a fixed-width view: ideographs and full-width forms take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6 || Character.isHighSurrogate(c);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
