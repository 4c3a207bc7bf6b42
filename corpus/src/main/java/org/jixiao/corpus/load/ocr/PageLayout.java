package org.jixiao.corpus.load.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.ocr.RuledTables.Grid;
import org.jixiao.corpus.load.ocr.RuledTables.GridCell;
import org.jixiao.corpus.load.ocr.Tesseract.Word;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Lays out one page's recognized words: the tables' cells (read cell by cell) and paragraphs of the running
 * text around them, emitted in reading order, top to bottom.
 *
 * <p>Words are joined with a space only between Latin words and numbers ({@link #isLatin}).
 *
 * <p>Running text: tesseract's lines are taken top to bottom; a line starts a new paragraph when it is
 * indented (a Chinese paragraph's first line is indented two characters), when the line before it ended
 * well short of the right margin, or when it is further below the line before than lines usually are
 * (paragraph spacing). Lines are joined with line breaks, as layout wraps ({@code Mode.WRAPPED}).
 */
final class PageLayout {

    private record Line(int left, int top, int right, int bottom, int charWidth, String text) {
    }

    private PageLayout() {
    }

    /**
     * Emits a page: the running text's paragraphs and the tables, top to bottom.
     *
     * @param free      the words outside tables, in page coordinates
     * @param cellWords per table, per cell (in {@link Grid#cells()} order), the words read in that cell
     */
    static void emit(List<Word> free, List<Grid> grids, List<List<List<Word>>> cellWords, int page,
                     DocumentBuilder builder) {
        List<Line> lines = lines(free.stream().filter(w -> !isNoise(w)).toList());
        int rightMargin = Math.max(lines.stream().mapToInt(Line::right).max().orElse(0),
                grids.stream().mapToInt(g -> g.xs()[g.cols()]).max().orElse(0));
        int li = 0;
        for (int t = 0; t < grids.size(); t++) {
            int tableTop = grids.get(t).top();
            int from = li;
            while (li < lines.size() && lines.get(li).top() < tableTop) {
                li++;
            }
            paragraphs(lines.subList(from, li), rightMargin, page, builder);
            builder.table(table(grids.get(t), cellWords.get(t), page));
        }
        paragraphs(lines.subList(li, lines.size()), rightMargin, page, builder);
    }

    /** Lone bars and rule fragments that survive line erasure. */
    private static boolean isNoise(Word w) {
        return w.text().chars().allMatch(ch -> ch == '|' || ch == '_' || ch == '—' || ch == '-' || ch == '=')
                && w.conf() < 60;
    }

    private static TableDraft table(Grid g, List<List<Word>> cellWords, int page) {
        TableDraft draft = new TableDraft().page(page);
        for (int i = 0; i < g.cells().size(); i++) {
            GridCell c = g.cells().get(i);
            List<Line> ls = lines(cellWords.get(i).stream().filter(w -> !isNoise(w)).toList());
            StringBuilder sb = new StringBuilder();
            for (Line l : ls) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(l.text());
            }
            draft.cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), sb.toString(), page, Mode.WRAPPED);
        }
        return draft;
    }

    /** Words grouped by tesseract's line, each line's words left to right, lines top to bottom. */
    private static List<Line> lines(List<Word> words) {
        Map<Long, List<Word>> byLine = new LinkedHashMap<>();
        for (Word w : words) {
            byLine.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w);
        }
        List<Line> out = new ArrayList<>();
        for (List<Word> ws : byLine.values()) {
            ws.sort(Comparator.comparingInt(Word::left));
            StringBuilder sb = new StringBuilder();
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = 0;
            int bottom = 0;
            int chars = 0;
            int inkWidth = 0;
            for (Word w : ws) {
                if (!sb.isEmpty() && isLatin(sb.codePointBefore(sb.length())) && isLatin(w.text().codePointAt(0))) {
                    sb.append(' ');
                }
                sb.append(w.text());
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
                chars += w.text().length();
                inkWidth += w.width();
            }
            out.add(new Line(left, top, right, bottom, Math.max(1, inkWidth / Math.max(1, chars)), sb.toString()));
        }
        out.sort(Comparator.comparingInt(Line::top));
        return out;
    }

    /**
     * @param rightMargin the right edge of the page's text: its longest line or its widest table, so that a
     *                    page of short title lines reads as separate lines
     */
    /**
     * Whether a character belongs to a Latin word or a number. Tesseract separates every word, also
     * Chinese words and punctuation ({@code 情况 : 2024 年}); a space is kept only where it separates two
     * Latin words or numbers, as it would in the printed text.
     */
    private static boolean isLatin(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }

    private static void paragraphs(List<Line> lines, int rightMargin, int page, DocumentBuilder builder) {
        if (lines.isEmpty()) {
            return;
        }
        int margin = lines.stream().mapToInt(Line::left).min().orElse(0);
        int pitch = medianPitch(lines);
        StringBuilder para = new StringBuilder();
        Line prev = null;
        for (Line l : lines) {
            if (prev != null && startsParagraph(prev, l, margin, rightMargin, pitch)) {
                builder.text(para.toString(), page, Mode.WRAPPED);
                para.setLength(0);
            }
            if (!para.isEmpty()) {
                para.append('\n');
            }
            para.append(l.text());
            prev = l;
        }
        builder.text(para.toString(), page, Mode.WRAPPED);
    }

    private static boolean startsParagraph(Line prev, Line l, int margin, int rightMargin, int pitch) {
        int cw = Math.max(prev.charWidth(), l.charWidth());
        boolean indented = l.left() - margin > 1.5 * cw;
        boolean prevShort = rightMargin - prev.right() > 2 * cw;
        boolean gap = pitch > 0
                ? l.top() - prev.top() > 1.25 * pitch
                : l.top() - prev.bottom() > 1.2 * (prev.bottom() - prev.top());
        return indented || prevShort || gap;
    }

    /**
     * The usual distance from one line's top to the next: the median, so that the wider spacing between
     * paragraphs stands out. 0 when there are too few lines to tell.
     */
    private static int medianPitch(List<Line> lines) {
        if (lines.size() < 4) {
            return 0;
        }
        int[] pitches = new int[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            pitches[i - 1] = lines.get(i).top() - lines.get(i - 1).top();
        }
        java.util.Arrays.sort(pitches);
        return pitches[pitches.length / 2];
    }
}
