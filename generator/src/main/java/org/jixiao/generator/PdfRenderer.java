package org.jixiao.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF as an office exports it: A4 pages, wrapped paragraphs, ruled tables whose merged cells are drawn as
 * one box (so a loader that finds cells from the ruling lines sees the merges), tables continued across pages
 * with a spanning cell split at the break, and page numbers in the footer. The CJK font is embedded as a
 * subset, so the file is small and its text layer extracts.
 */
final class PdfRenderer implements Renderer {

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN_X = 56;
    private static final float TOP = PAGE_H - 60;
    private static final float BOTTOM = 64;
    private static final float BODY = 10.5f;
    private static final float CELL = 8.5f;
    private static final float PAD = 3;
    /** Relative column widths of the 10-column forms; the third-level indicator column gets the most. */
    private static final float[] FORM_COLUMNS = {0.07f, 0.10f, 0.10f, 0.17f, 0.10f, 0.10f, 0.10f, 0.08f, 0.09f, 0.09f};

    /**
     * The parsed font, kept per thread: parsing a CJK collection costs more than laying out a report, and
     * fontbox's font objects are not safe to share between threads. Subsets are still made per document.
     */
    private static final ThreadLocal<CjkFont.Handle> FONT = new ThreadLocal<>();

    private PDDocument doc;
    private PDType0Font font;
    private final Map<Character, Float> widths = new HashMap<>();
    private final Map<Character, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    @Override
    public void render(Layout layout, Path file) throws IOException {
        CjkFont.Handle handle = FONT.get();
        if (handle == null) {
            handle = CjkFont.open();
            FONT.set(handle);
        }
        try (PDDocument d = new PDDocument()) {
            doc = d;
            // the trailer /ID is hashed from this instead of the clock, so the same report gives the same bytes
            doc.setDocumentId(stableId(layout));
            font = PDType0Font.load(doc, handle.font(), true);
            newPage();
            centered(layout.title(), 16);
            y -= 8;
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> {
                        y -= 4;
                        text(h.text(), h.level() == 1 ? 13 : 11.5f, 0);
                    }
                    case Layout.Paragraph para -> text(para.text(), BODY, 2 * BODY);
                    case Layout.Grid g -> table(g);
                }
            }
            cs.close();
            footers();
            doc.save(file.toFile());
        } finally {
            doc = null;
            cs = null;
        }
    }

    /** A hash of the report's wording that depends on nothing but the text (not on JDK internals). */
    private static long stableId(Layout layout) {
        long h = layout.title().hashCode();
        for (Layout.Part p : layout.parts()) {
            String t = switch (p) {
                case Layout.Heading x -> x.text();
                case Layout.Paragraph x -> x.text();
                case Layout.Grid x -> x.caption();
            };
            h = h * 1_000_003L + t.hashCode();
        }
        return h;
    }

    // ---- pages

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        y = TOP;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void footers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String label = "第 " + (i + 1) + " 页 共 " + n + " 页";
                float w = width(label, 9);
                show(s, label, 9, (PAGE_W - w) / 2, 36);
            }
        }
    }

    // ---- prose

    private void centered(String s, float size) throws IOException {
        for (String line : wrap(s, size, PAGE_W - 2 * MARGIN_X, 0)) {
            ensure(size * 1.8f);
            y -= size * 1.8f;
            show(cs, line, size, (PAGE_W - width(line, size)) / 2, y);
        }
    }

    private void text(String s, float size, float indent) throws IOException {
        List<String> lines = wrap(s, size, PAGE_W - 2 * MARGIN_X, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * 1.7f);
            y -= size * 1.7f;
            show(cs, lines.get(i), size, MARGIN_X + (i == 0 ? indent : 0), y);
        }
        y -= size * 0.4f;
    }

    // ---- tables

    private void table(Layout.Grid g) throws IOException {
        y -= 6;
        ensure(CELL * 8);
        centered(g.caption(), 11);
        if (!g.note().isEmpty()) {
            y -= CELL * 1.6f;
            show(cs, g.note(), CELL, PAGE_W - MARGIN_X - width(g.note(), CELL), y);
            y -= 3;
        }
        float total = PAGE_W - 2 * MARGIN_X;
        float[] x = new float[g.cols() + 1];
        x[0] = MARGIN_X;
        for (int c = 0; c < g.cols(); c++) {
            float share = g.cols() == FORM_COLUMNS.length ? FORM_COLUMNS[c] : 1f / g.cols();
            x[c + 1] = x[c] + total * share;
        }
        float line = CELL * 1.35f;
        Map<Layout.GridCell, List<String>> wrapped = new HashMap<>();
        float[] height = new float[g.rows()];
        for (int r = 0; r < g.rows(); r++) {
            height[r] = line + 2 * PAD;
        }
        for (Layout.GridCell c : g.cells()) {
            float w = x[c.col() + c.colSpan()] - x[c.col()] - 2 * PAD;
            List<String> lines = new ArrayList<>();
            for (String para : c.text().split("\n", -1)) {
                lines.addAll(wrap(para, CELL, w, 0));
            }
            wrapped.put(c, lines);
            if (c.rowSpan() == 1) {
                height[c.row()] = Math.max(height[c.row()], lines.size() * line + 2 * PAD);
            }
        }
        for (Layout.GridCell c : g.cells()) { // a spanning cell taller than its rows stretches the last one
            if (c.rowSpan() > 1) {
                float need = wrapped.get(c).size() * line + 2 * PAD;
                float have = 0;
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    have += height[r];
                }
                if (need > have) {
                    height[c.row() + c.rowSpan() - 1] += need - have;
                }
            }
        }
        Layout.GridCell[][] cover = g.cover();
        int r = 0;
        while (r < g.rows()) {
            if (y - height[r] < BOTTOM && y < TOP) {
                newPage();
            }
            int end = r;
            float used = 0;
            while (end < g.rows() && (end == r || y - used - height[end] >= BOTTOM)) {
                used += height[end];
                end++;
            }
            segment(g, cover, wrapped, x, height, r, end, line);
            y -= used;
            r = end;
            if (r < g.rows()) {
                newPage();
            }
        }
        y -= 10;
    }

    /** Draws rows [from, to) on the current page; a merged cell crossing the break is boxed on each page. */
    private void segment(Layout.Grid g, Layout.GridCell[][] cover, Map<Layout.GridCell, List<String>> wrapped,
                         float[] x, float[] height, int from, int to, float line) throws IOException {
        float[] top = new float[to - from + 1];
        top[0] = y;
        for (int r = from; r < to; r++) {
            top[r - from + 1] = top[r - from] - height[r];
        }
        record Label(String text, float x, float y) {
        }
        List<Label> labels = new ArrayList<>();
        for (int r = from; r < to; r++) {
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                boolean first = cell != null && c == cell.col() && (r == cell.row() || r == from);
                if (cell == null) {
                    cs.addRect(x[c], top[r - from + 1], x[c + 1] - x[c], height[r]);
                    continue;
                }
                if (!first) {
                    continue;
                }
                int last = Math.min(cell.row() + cell.rowSpan(), to);
                float yTop = top[r - from];
                float yBottom = top[last - from];
                float left = x[cell.col()];
                float right = x[cell.col() + cell.colSpan()];
                cs.addRect(left, yBottom, right - left, yTop - yBottom);
                if (r == cell.row()) {
                    List<String> lines = wrapped.get(cell);
                    float block = lines.size() * line;
                    float ty = yTop - Math.max(PAD, ((yTop - yBottom) - block) / 2) - CELL;
                    for (String s : lines) {
                        if (ty < yBottom) {
                            break;
                        }
                        float tx = cell.header() || lines.size() == 1 && width(s, CELL) < right - left - 2 * PAD
                                ? (left + right - width(s, CELL)) / 2 : left + PAD;
                        labels.add(new Label(s, tx, ty));
                        ty -= line;
                    }
                }
            }
        }
        cs.stroke(); // the ruling first: a path may not stay open across text objects
        for (Label l : labels) {
            show(cs, l.text(), CELL, l.x(), l.y());
        }
    }

    // ---- text measuring and drawing

    private List<String> wrap(String s, float size, float width, float indent) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = indent;
        for (int i = 0; i < s.length(); i++) {
            char ch = safe(s.charAt(i));
            float cw = charWidth(ch) * size;
            if (w + cw > width && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(ch);
            w += cw;
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private float width(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += charWidth(safe(s.charAt(i)));
        }
        return w * size;
    }

    private float charWidth(char ch) throws IOException {
        Float w = widths.get(ch);
        if (w == null) {
            w = font.getStringWidth(String.valueOf(ch)) / 1000f;
            widths.put(ch, w);
        }
        return w;
    }

    /** The character itself when the font has a glyph for it, else a question mark. */
    private char safe(char ch) {
        return glyphs.computeIfAbsent(ch, k -> {
            try {
                font.encode(String.valueOf(k));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }) ? ch : '?';
    }

    private void show(PDPageContentStream s, String text, float size, float tx, float ty) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(safe(text.charAt(i)));
        }
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(tx, ty);
        s.showText(sb.toString());
        s.endText();
    }
}
