package org.jixiao.corpus.load.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Reads plain text reports: detects the encoding ({@link TextDecoder}), recovers tables written as text
 * ({@link TextTables}) and paragraphs, joining lines broken inside a sentence ({@link TextParagraphs}).
 *
 * <p>A file holding only whitespace is refused ("empty text file") rather than read as an empty document:
 * a report with no text is a mistake the user should hear about, the same as a 0-byte file.
 *
 * <p>The file is read whole, up to {@link #MAX_BYTES}: encoding detection needs the bytes, and a text report
 * is at most a few hundred kilobytes; anything far larger is not a report.
 */
public final class TextLoader implements DocumentLoader {

    /** Text files larger than this are refused. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.TXT);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        byte[] bytes = read(file);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = plainSpaces(text);
        if (text.isBlank()) {
            throw new LoadException("empty text file: it holds only whitespace");
        }
        DocumentBuilder builder = new DocumentBuilder(file);
        builder.metadata(MetadataKeys.ENCODING, decoded.charset());
        layout(lines(text), builder);
        return builder.build();
    }

    private static byte[] read(SourceFile file) throws LoadException {
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new LoadException("too large for a text report (over " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            if (bytes.length == 0) {
                throw new LoadException("empty file (0 bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new LoadException("could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The text with its no-break spaces ({@code &nbsp;} copied from a web page, U+2007, U+202F) as plain spaces,
     * one for one so offsets stay: Java's {@code strip()} and {@code isBlank()} do not count them as whitespace,
     * and a page that indents every line with two of them would otherwise have its lines read as the cells of a
     * space-aligned table.
     */
    static String plainSpaces(String text) {
        if (text.indexOf('\u00A0') < 0 && text.indexOf('\u2007') < 0 && text.indexOf('\u202F') < 0) {
            return text;
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }

    /** Splits on LF, CRLF or CR, without the terminators. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** One pass over the lines: tables where a table layout starts, paragraphs in between. */
    static void layout(List<String> lines, DocumentBuilder builder) {
        List<Object> items = new ArrayList<>(); // String lines ("" for blank) and TableDrafts, in order
        List<String> textLines = new ArrayList<>();
        int i = 0;
        int noCellTable = 0; // lines before this were looked at as one run of cells that held no table
        while (i < lines.size()) {
            String line = lines.get(i);
            int run = i < noCellTable ? i : TerminatedCells.runEnd(lines, i);
            List<Object> cellItems = run > i ? TerminatedCells.read(lines, i, run) : null;
            if (run > i && cellItems == null) {
                noCellTable = run; // its lines are read one by one below, the run is not scanned again
            }
            if (cellItems != null) {
                for (Object item : cellItems) {
                    items.add(item);
                    if (item instanceof String s && !s.isBlank()) {
                        textLines.add(s);
                    }
                }
                i = run;
                continue;
            }
            TextTables.Found found = null;
            if (TextTables.blockCell(line)) {
                found = TextTables.blocks(lines, i);
            } else if (TextTables.tabRow(line)) {
                found = TextTables.tabRows(lines, i);
            } else if (PipeTables.starts(lines, i)) {
                found = PipeTables.read(lines, i);
            } else if (LineCells.starts(lines, i)) {
                found = LineCells.read(lines, i);
            } else if (SpacedRows.starts(lines, i)) {
                found = SpacedRows.read(lines, i);
            } else if (TextTables.spaceRow(line)) {
                found = TextTables.spaceRows(lines, i);
            }
            if (found != null) {
                items.add(found.draft());
                i = found.end();
                continue;
            }
            String plain = TextTables.blank(line) ? "" : untab(line);
            items.add(plain);
            if (!plain.isEmpty()) {
                textLines.add(plain);
            }
            i++;
        }
        TextParagraphs paragraphs = TextParagraphs.of(textLines);
        List<String> pending = new ArrayList<>();
        String previous = null;
        int blanks = 0;
        for (Object item : items) {
            if (item instanceof TableDraft table) {
                flush(pending, builder);
                builder.table(table);
                previous = null;
                blanks = 0;
                continue;
            }
            String line = (String) item;
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (previous != null && paragraphs.joins(previous, line, blanks)) {
                for (int b = 0; b < blanks; b++) {
                    pending.add("");
                }
            } else {
                flush(pending, builder);
            }
            pending.add(line);
            previous = line;
            blanks = 0;
        }
        flush(pending, builder);
    }

    /**
     * A text line's TABs as spaces, one for one; a leading TAB (an indent) as an ideographic space so that
     * the line still reads as indented, which opens a paragraph.
     */
    private static String untab(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        char[] cs = line.toCharArray();
        boolean leading = true;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == '\t') {
                cs[i] = leading ? '\u3000' : ' ';
            } else if (cs[i] != ' ') {
                leading = false;
            }
        }
        return new String(cs);
    }

    private static void flush(List<String> pending, DocumentBuilder builder) {
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() == 1) {
            builder.text(pending.get(0), null, Mode.LINES);
        } else {
            StringBuilder raw = new StringBuilder(pending.get(0));
            for (int i = 1; i < pending.size(); i++) {
                String next = pending.get(i);
                if (splitsANumber(raw, next)) {
                    raw.append(next.stripLeading()); // "满分1" + "0分": a wrap inside a number, no gap
                } else {
                    raw.append('\n').append(next);
                }
            }
            builder.text(raw.toString(), null, Mode.WRAPPED);
        }
        pending.clear();
    }

    /**
     * Whether a wrap falls between two digits. A Chinese text is wrapped at any character, numbers
     * included, so digits on both sides of a wrap the layout rules accepted are one number; the
     * normalizer, which cannot know the break was a wrap, would keep a space there.
     */
    private static boolean splitsANumber(CharSequence before, String next) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        String n = next.stripLeading();
        return end > 0 && !n.isEmpty() && Character.isDigit(before.charAt(end - 1)) && Character.isDigit(n.charAt(0))
                && before.charAt(end - 1) < 0x80 == n.charAt(0) < 0x80;
    }
}
