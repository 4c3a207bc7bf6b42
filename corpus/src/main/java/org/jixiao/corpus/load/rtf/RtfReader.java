package org.jixiao.corpus.load.rtf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small RTF reader for what a report needs: paragraphs in order, and tables with their row geometry. It
 * tokenizes the byte stream once (groups, control words, control symbols, text) and interprets only the
 * words that carry text or structure; everything else (fonts sizes, colours, borders, pictures) passes by.
 *
 * <p>Text: {@code &#92;uN} Unicode escapes, skipping the {@code &#92;ucN} fallback characters that follow;
 * {@code \'hh} bytes (and raw 8-bit bytes), decoded together so that double-byte characters survive, with
 * the character set of the current font ({@code \fcharset}) or else the document's {@code \ansicpg} code
 * page (936 → GBK, decoded as its superset GB18030). Destinations that are not body text ({@code \*}
 * groups, font and style tables, headers, footers, pictures, field instructions) are skipped; of the
 * {@code \info} group only the title, author and subject are kept, as properties.
 *
 * <p>Structure: {@code \par} ends a paragraph, or a line inside a table cell when {@code \intbl} is in
 * effect; {@code \cell} ends a cell, {@code \row} a row; {@code \trowd}, {@code \trleft}, {@code \cellx} and
 * the merge flags {@code \clmgf}/{@code \clmrg}/{@code \clvmgf}/{@code \clvmrg} define a row. A paragraph
 * outside a table ends the table before it. Nested tables are flattened into their outer cell. The reader keeps
 * the token stream and the formatting state; {@link RtfLayout} assembles paragraphs, cells, rows and tables, and
 * {@link RtfCharsets} names the charsets.
 */
final class RtfReader {

    /** What the reader finds, in document order. */
    interface Sink {
        /** A paragraph; {@code outlineLevel} is 0-based from {@code \outlinelevel}, or -1. */
        void paragraph(String text, int outlineLevel);

        /** A document property from the {@code \info} group ({@code title}, {@code author}, {@code subject}). */
        void property(String name, String value);

        void table(RtfTable table);
    }

    private static final Set<String> SKIPPED_DESTINATIONS = Set.of(
            "stylesheet", "colortbl", "pict", "object", "header", "headerl", "headerr", "headerf",
            "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl", "listtable", "listoverridetable",
            "revtbl", "rsidtbl", "generator", "pgdsctbl", "themedata", "colorschememapping", "datastore",
            "latentstyles", "pnseclvl", "filetbl", "footnote", "annotation", "atnid", "atnauthor", "bkmkstart",
            "bkmkend", "shppict", "nonshppict", "mmathPr", "userprops", "ftnsep", "ftnsepc", "aftnsep",
            "aftnsepc", "pntxta", "pntxtb", "template", "docvar", "wgrffmtfilter", "blipuid", "fontemb",
            "panose", "falt", "sp", "sn", "sv");

    private static final Set<String> INFO_PROPERTIES = Set.of("title", "author", "subject");

    /** The formatting state a group inherits and restores. */
    private static final class State {
        int uc = 1;
        boolean skip;
        boolean fontTable;
        int font = -1;
        boolean inTable;
        int outline = -1;
        boolean groupStart = true;
        boolean info;
        String property;

        State copy() {
            State s = new State();
            s.uc = uc;
            s.skip = skip;
            s.fontTable = fontTable;
            s.font = font;
            s.inTable = inTable;
            s.outline = outline;
            s.groupStart = true;
            s.info = info;
            s.property = property;
            return s;
        }
    }

    private final InputStream in;
    private final Sink sink;
    private int peeked = -2;

    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private Charset documentCharset = Charset.forName("windows-1252");
    private int defaultFont = -1;
    private final Map<Integer, Integer> fontCharsets = new HashMap<>();
    private int fontBeingDefined = -1;

    private int skipChars;
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private Charset pendingCharset;

    private final StringBuilder property = new StringBuilder();
    private final RtfLayout layout;

    RtfReader(InputStream in, Sink sink) {
        this.in = in;
        this.sink = sink;
        this.layout = new RtfLayout(sink);
    }

    /** Reads the whole stream. */
    void read() throws IOException {
        int c;
        while ((c = next()) >= 0) {
            switch (c) {
                case '{' -> {
                    flushBytes();
                    skipChars = 0;
                    stack.push(state);
                    state = state.copy();
                }
                case '}' -> {
                    flushBytes();
                    skipChars = 0;
                    if (state.property != null && (stack.isEmpty() || stack.peek().property == null)) {
                        sink.property(state.property, property.toString().strip());
                        property.setLength(0);
                    }
                    if (!stack.isEmpty()) {
                        state = stack.pop();
                    }
                    state.groupStart = false;
                }
                case '\\' -> controlWordOrSymbol();
                case '\r', '\n' -> {
                    // line ends in RTF source are not text
                }
                default -> {
                    if (c >= 0x80) {
                        byteOfText(c);
                    } else {
                        flushBytes();
                        text(c == '\t' ? ' ' : (char) c);
                    }
                    state.groupStart = false;
                }
            }
        }
        flushBytes();
        layout.endParagraph(state.outline);
        layout.endTable(state.outline);
    }

    // ---- tokens -----------------------------------------------------------------------------------------

    private int next() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private void controlWordOrSymbol() throws IOException {
        int c = next();
        if (c < 0) {
            return;
        }
        if (!isLetter(c)) {
            controlSymbol(c);
            state.groupStart = false;
            return;
        }
        StringBuilder word = new StringBuilder();
        word.append((char) c);
        while (isLetter(peek()) && word.length() < 32) {
            word.append((char) next());
        }
        boolean hasParam = false;
        int param = 0;
        boolean negative = false;
        if (peek() == '-') {
            next();
            negative = true;
        }
        while (peek() >= '0' && peek() <= '9') {
            hasParam = true;
            param = param * 10 + (next() - '0');
            if (param > 100_000_000) {
                param = 100_000_000;
            }
        }
        if (negative) {
            param = -param;
        }
        if (peek() == ' ') {
            next();
        }
        boolean first = state.groupStart;
        state.groupStart = false;
        controlWord(word.toString(), hasParam, param, first);
    }

    private void controlSymbol(int c) throws IOException {
        switch (c) {
            case '\'' -> {
                int hi = Character.digit(next(), 16);
                int lo = Character.digit(next(), 16);
                if (hi >= 0 && lo >= 0) {
                    byteOfText(hi * 16 + lo);
                }
            }
            case '*' -> {
                flushBytes();
                state.skip = true;
            }
            case '\\', '{', '}' -> {
                flushBytes();
                text((char) c);
            }
            case '~' -> {
                flushBytes();
                text('\u00A0');
            }
            case '_' -> {
                flushBytes();
                text('-');
            }
            case '-' -> flushBytes(); // optional hyphen: invisible
            case '\r', '\n' -> {
                flushBytes();
                paragraphMark();
            }
            default -> flushBytes();
        }
    }

    // ---- control words ------------------------------------------------------------------------------------

    private void controlWord(String word, boolean hasParam, int param, boolean firstInGroup) throws IOException {
        if (!word.equals("u")) {
            flushBytes();
        }
        if (word.equals("bin")) {
            for (int i = 0; i < param && next() >= 0; i++) {
                // binary data (inside a picture) is never text
            }
            return;
        }
        if (firstInGroup && SKIPPED_DESTINATIONS.contains(word)) {
            state.skip = true;
            return;
        }
        if (state.skip) {
            return;
        }
        if (firstInGroup && word.equals("info")) {
            state.info = true;
            return;
        }
        if (state.info && state.property == null) {
            if (firstInGroup && INFO_PROPERTIES.contains(word)) {
                state.property = word;
            }
            return; // dates and counts in \info are not text
        }
        if (state.fontTable) {
            if (word.equals("f")) {
                fontBeingDefined = param;
            } else if (word.equals("fcharset") && fontBeingDefined >= 0) {
                fontCharsets.put(fontBeingDefined, param);
            }
            return;
        }
        if (skipChars > 0 && !word.equals("u")) {
            skipChars--; // a control word stands in for one fallback character
            return;
        }
        switch (word) {
            case "fonttbl" -> state.fontTable = true;
            case "ansicpg" -> documentCharset = RtfCharsets.codePage(param, documentCharset);
            case "deff" -> {
                defaultFont = param;
                state.font = param;
            }
            case "f" -> state.font = param;
            case "plain" -> state.font = defaultFont;
            case "uc" -> state.uc = Math.max(0, param);
            case "u" -> {
                flushBytes();
                skipChars = 0;
                text((char) (param < 0 ? param + 65536 : param));
                skipChars = state.uc;
            }
            case "par" -> paragraphMark();
            case "line" -> text('\n');
            case "tab", "emspace", "enspace", "qmspace" -> text(' ');
            case "emdash" -> text('—');
            case "endash" -> text('–');
            case "lquote" -> text('‘');
            case "rquote" -> text('’');
            case "ldblquote" -> text('“');
            case "rdblquote" -> text('”');
            case "bullet" -> text('•');
            case "pard" -> {
                state.inTable = false;
                state.outline = -1;
            }
            case "intbl" -> state.inTable = true;
            case "itap" -> state.inTable = param > 0;
            case "outlinelevel" -> state.outline = param >= 0 && param <= 8 ? param : -1;
            case "cell" -> layout.endCell();
            case "nestcell" -> layout.nested(' ');
            case "nestrow" -> layout.nested('\n');
            case "row" -> layout.endRow(state.outline);
            case "trowd" -> layout.startRow();
            case "trleft" -> layout.rowLeft(param);
            case "clmgf", "clmrg", "clvmgf", "clvmrg" -> layout.mergeFlag(word);
            case "cellx" -> layout.cellx(param);
            default -> {
                // formatting without text: nothing to do
            }
        }
    }

    // ---- text -------------------------------------------------------------------------------------------

    private void byteOfText(int b) {
        if (state.skip || state.fontTable) {
            return;
        }
        if (skipChars > 0) {
            skipChars--;
            return;
        }
        Charset cs = currentCharset();
        if (pendingCharset != null && !pendingCharset.equals(cs)) {
            flushBytes();
        }
        pendingCharset = cs;
        pendingBytes.write(b);
    }

    private void flushBytes() {
        if (pendingBytes.size() == 0) {
            return;
        }
        String s = new String(pendingBytes.toByteArray(), pendingCharset);
        pendingBytes.reset();
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    private void text(char c) {
        if (state.skip || state.fontTable) {
            return;
        }
        if (skipChars > 0) {
            skipChars--;
            return;
        }
        append(c);
    }

    private void append(char c) {
        if (state.info) {
            if (state.property != null) {
                property.append(c);
            }
            return;
        }
        layout.append(c, state.inTable, state.outline);
    }

    private void paragraphMark() {
        if (state.skip || state.fontTable || state.info) {
            return;
        }
        layout.paragraphMark(state.inTable, state.outline);
    }

    private Charset currentCharset() {
        Integer fcharset = fontCharsets.get(state.font);
        if (fcharset == null || fcharset == 0 || fcharset == 1) {
            return documentCharset;
        }
        return RtfCharsets.fontCharset(fcharset, documentCharset);
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

}
