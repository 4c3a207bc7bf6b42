package org.jixiao.corpus.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.DocumentText;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.corpus.text.MappedText;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Assembles a {@link SourceDocument} from what a loader reads, so that every format gets normalization,
 * heading detection, offsets and provenance the same way.
 *
 * <p>The document text is laid out block by block, one line break between blocks; a table is written row
 * by row, a tab between the cells of a row and a line break between rows. The raw text is laid out the
 * same way from the raw strings, and the offset map composes each block's normalization map with its
 * position. Blank paragraphs are dropped. Not thread-safe: one builder per document.
 */
public final class DocumentBuilder {

    private final SourceFile file;
    private final Format format;
    private final TextNormalizer normalizer = TextNormalizer.get();

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();
    private int[] map = new int[1024];
    private int[] mapEnd = new int[1024];

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int pageCount;
    private boolean ocr;
    private int tables;

    public DocumentBuilder(SourceFile file) {
        this(file, file.format());
    }

    public DocumentBuilder(SourceFile file, Format format) {
        this.file = file;
        this.format = format;
    }

    public DocumentBuilder pageCount(int n) {
        this.pageCount = n;
        return this;
    }

    public DocumentBuilder ocr(boolean b) {
        this.ocr = b;
        return this;
    }

    /** Records a metadata value (ignored when blank). */
    public DocumentBuilder metadata(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
        return this;
    }

    public DocumentBuilder warn(String message) {
        warnings.add(message);
        return this;
    }

    /** Adds a paragraph, or a heading when its text is a numbered section heading. */
    public DocumentBuilder text(String rawText, Integer page, Mode mode) {
        return addText(rawText, page, mode, -1);
    }

    /** Adds a paragraph that is known not to be a heading. */
    public DocumentBuilder paragraph(String rawText, Integer page, Mode mode) {
        return addText(rawText, page, mode, 0);
    }

    /** Adds a heading whose level the format states (a Word heading style). */
    public DocumentBuilder heading(int level, String rawText, Integer page) {
        return addText(rawText, page, Mode.WRAPPED, Math.max(1, level));
    }

    private DocumentBuilder addText(String rawText, Integer page, Mode mode, int level) {
        MappedText n = normalizer.normalize(rawText == null ? "" : rawText, mode);
        if (n.text().isBlank()) {
            return this;
        }
        separate();
        int start = append(n, rawText);
        Provenance at = Provenance.ofText(page, start, text.length(), n.text());
        int detected = level >= 0 ? level : HeadingDetector.level(n.text());
        blocks.add(detected > 0 ? new Heading(detected, at) : new Paragraph(at));
        return this;
    }

    /** Adds a table; empty drafts are ignored. */
    public DocumentBuilder table(TableDraft draft) {
        if (draft.isEmpty()) {
            return this;
        }
        List<TableDraft.RawCell> cells = new ArrayList<>(draft.cells());
        cells.sort(Comparator.comparingInt(TableDraft.RawCell::row).thenComparingInt(TableDraft.RawCell::col));
        int rows = 0;
        int cols = 0;
        for (TableDraft.RawCell c : cells) {
            rows = Math.max(rows, c.row() + c.rowSpan());
            cols = Math.max(cols, c.col() + c.colSpan());
        }
        checkOverlap(cells, rows, cols);
        int index = tables++;
        separate();
        int tableStart = text.length();
        Integer firstPage = draft.page();
        List<Cell> out = new ArrayList<>(cells.size());
        int currentRow = -1;
        for (TableDraft.RawCell c : cells) {
            if (currentRow >= 0) {
                appendLiteral(c.row() != currentRow ? '\n' : '\t');
            }
            currentRow = c.row();
            MappedText n = normalizer.normalize(c.raw(), c.mode());
            int start = append(n, c.raw());
            Integer page = c.page() != null ? c.page() : draft.page();
            if (firstPage == null) {
                firstPage = page;
            }
            out.add(new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(),
                    new Provenance(page, index, c.row(), c.col(), start, text.length(), n.text())));
        }
        String caption = draft.caption() != null ? normalizer.normalizeText(draft.caption(), Mode.WRAPPED) : nearbyCaption();
        Provenance at = new Provenance(firstPage, index, null, null, tableStart, text.length(),
                text.substring(tableStart));
        blocks.add(new Table(index, rows, cols, out, caption, at, draft.guessedRows()));
        return this;
    }

    private static void checkOverlap(List<TableDraft.RawCell> cells, int rows, int cols) {
        boolean[] used = new boolean[rows * cols];
        for (TableDraft.RawCell c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                    if (used[r * cols + k]) {
                        throw new IllegalArgumentException("overlapping cells at r" + r + " c" + k);
                    }
                    used[r * cols + k] = true;
                }
            }
        }
    }

    /** The short paragraph just above the table, which usually names it or gives its unit. */
    private String nearbyCaption() {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b instanceof Table) {
                return null;
            }
            String t = b.text();
            return t.length() <= 60 ? t : null;
        }
        return null;
    }

    public SourceDocument build() {
        String rawText = raw.toString();
        int[] toRaw = Arrays.copyOf(map, text.length() + 1);
        toRaw[text.length()] = rawText.length();
        int[] toRawEnd = Arrays.copyOf(mapEnd, text.length() + 1);
        DocumentText dt = new DocumentText(text.toString(), rawText, toRaw, toRawEnd);
        return new SourceDocument(file.sha256(), file.path(), format, pageCount, ocr, blocks, dt, metadata, warnings);
    }

    // ---- text layout --------------------------------------------------------------------------------

    private void separate() {
        if (!text.isEmpty()) {
            appendLiteral('\n');
        }
    }

    private void appendLiteral(char c) {
        ensure(text.length() + 2);
        map[text.length()] = raw.length();
        mapEnd[text.length() + 1] = raw.length() + 1;
        text.append(c);
        raw.append(c);
    }

    /** Appends a normalized piece and its raw source; returns the start offset of the piece. */
    private int append(MappedText n, String rawPiece) {
        int start = text.length();
        int rawBase = raw.length();
        ensure(start + n.text().length() + 2);
        for (int i = 0; i < n.text().length(); i++) {
            map[start + i] = rawBase + n.sourceOffset(i);
            mapEnd[start + i + 1] = rawBase + n.sourceEnd(i + 1);
        }
        text.append(n.text());
        raw.append(rawPiece == null ? "" : rawPiece);
        return start;
    }

    private void ensure(int capacity) {
        if (map.length < capacity) {
            map = Arrays.copyOf(map, Math.max(capacity, map.length * 2));
            mapEnd = Arrays.copyOf(mapEnd, map.length);
        }
    }
}
