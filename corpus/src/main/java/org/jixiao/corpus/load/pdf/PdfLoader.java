package org.jixiao.corpus.load.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Reads a PDF with its tables recovered from the PDF's own drawing: general extractors return empty CJK cells
 * (tabula), no table structure (Tika) or tables cut at every page break, and the self-evaluation forms are
 * exactly what a report's figures are checked against.
 *
 * <p>Each page is read once: PDFBox's text stripper gives words with glyph positions, a graphics engine the
 * ruling lines; {@link TableFinder} turns the lines into grids with merged cells and every glyph goes to the
 * cell holding its centre ({@link PageLayout}; a word's end glyph over a border stays with its word), where
 * {@link LineAccumulator} puts a cell's glyphs back in reading order. Then page headers, footers and page numbers are dropped ({@link PageFurniture}), a
 * table continued on the next page is joined into one ({@link TableStitcher}) and the other lines are joined
 * into paragraphs ({@link ParagraphAssembler}). The file is parsed with a temporary-file stream cache, so a large
 * PDF is not held in memory.
 *
 * <p>A PDF without a text layer (a scan) is handed to the OCR loader given at construction, or refused with a
 * reason that says what to install. Stateless and thread-safe.
 */
public final class PdfLoader implements DocumentLoader {

    /** Fewer visible characters than this per page, on average, is a scan without a text layer. */
    private static final int MIN_CHARS_PER_PAGE = 5;

    /**
     * A PDF of more pages is refused before its pages are read: it is a compilation rather than one report, and
     * reading it would hold every page's words at once (a generated 2,000-page PDF took 583 s and 1.8 GB to extract;
     * 300 pages take about 18 s of CPU).
     */
    public static final int MAX_PAGES = 500;

    private final DocumentLoader scannedPdfLoader;

    /** A loader without OCR: a scanned PDF is refused. */
    public PdfLoader() {
        this(null);
    }

    /** @param scannedPdfLoader reads PDFs without a text layer (OCR); null to refuse them */
    public PdfLoader(DocumentLoader scannedPdfLoader) {
        this.scannedPdfLoader = scannedPdfLoader;
    }

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.PDF);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        List<PageLayout> pages = new ArrayList<>();
        int[] chars = {0};
        List<Integer> textless = new ArrayList<>();
        DocumentBuilder builder = new DocumentBuilder(file, Format.PDF);
        int pageCount;
        try (PDDocument doc = Loader.loadPDF(file.path().toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            pageCount = doc.getNumberOfPages();
            if (pageCount > MAX_PAGES) {
                throw new LoadException("refused: " + pageCount + " pages (the limit is " + MAX_PAGES
                        + "; a compilation of reports is read report by report)");
            }
            new GlyphStripper((number, page, words) -> {
                // the batch's time limit gave up on this file: stop at the next page instead of reading on
                org.jixiao.corpus.load.Cancellation.check();
                int onPage = 0;
                for (Word w : words) {
                    onPage += w.glyphs().size();
                }
                chars[0] += onPage;
                if (onPage < MIN_CHARS_PER_PAGE) {
                    textless.add(number);
                }
                // glyph positions of a rotated page are not in the drawing's frame: read its text, not its rulings
                List<Ruling> rulings = page.getRotation() % 360 == 0 ? RulingCollector.of(page) : List.of();
                pages.add(PageLayout.of(number, page.getCropBox().getHeight(), words, rulings));
            }).run(doc);
            metadata(doc.getDocumentInformation(), builder);
        } catch (InvalidPasswordException e) {
            throw new LoadException("the PDF is encrypted (password protected)", e);
        } catch (IOException e) {
            throw new LoadException("not a readable PDF: " + ErrorReason.of(e), e);
        } catch (RuntimeException e) {
            throw new LoadException("the PDF could not be read: " + ErrorReason.of(e), e);
        }
        if (pageCount > 0 && chars[0] < MIN_CHARS_PER_PAGE * pageCount) {
            if (scannedPdfLoader == null) {
                throw new LoadException("scanned PDF without a text layer; OCR needs tesseract "
                        + "(apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
            }
            return scannedPdfLoader.load(file);
        }
        builder.pageCount(pageCount);
        if (!textless.isEmpty()) {
            // a scanned page inside a text PDF: its content is missing from what follows, and a person should know
            String which = (textless.size() == 1 ? "page " : "pages ") + summary(textless);
            builder.warn(which + (textless.size() == 1 ? " has" : " have")
                    + " no text (blank, or a scanned image that was not read)");
        }
        assemble(PageFurniture.remove(pages), builder);
        return builder.build();
    }

    /** Walks the pages in order, joining continued tables and wrapped lines. */
    private static void assemble(List<PageLayout> pages, DocumentBuilder builder) {
        List<TextLine> lines = new ArrayList<>();
        for (PageLayout p : pages) {
            for (PageLayout.Item item : p.items()) {
                if (item instanceof PageLayout.LineItem li) {
                    lines.add(li.line());
                }
            }
        }
        ParagraphAssembler paragraphs = ParagraphAssembler.forLines(lines,
                (raw, page) -> builder.text(raw, page, Mode.WRAPPED));
        TableStitcher table = null;
        for (PageLayout p : pages) {
            for (PageLayout.Item item : p.items()) {
                switch (item) {
                    case PageLayout.LineItem li -> {
                        table = flush(table, builder);
                        paragraphs.add(li.line());
                    }
                    case PageLayout.TableItem ti -> {
                        paragraphs.flush();
                        if (table != null && table.continuesWith(ti.table())) {
                            table.add(ti.table());
                        } else {
                            flush(table, builder);
                            table = new TableStitcher(ti.table());
                        }
                    }
                }
            }
        }
        paragraphs.flush();
        flush(table, builder);
    }

    private static TableStitcher flush(TableStitcher table, DocumentBuilder builder) {
        if (table != null) {
            try {
                builder.table(table.toDraft());
            } catch (IllegalArgumentException overlapping) {
                // the pieces' columns did not line up into one grid: keep each page's table as found
                builder.warn("a table continued across pages could not be joined into one grid ("
                        + overlapping.getMessage() + "); its pieces are kept as separate tables");
                table.pieceDrafts().forEach(builder::table);
            }
        }
        return null;
    }

    private static void metadata(PDDocumentInformation info, DocumentBuilder builder) {
        if (info == null) {
            return;
        }
        builder.metadata(MetadataKeys.TITLE, info.getTitle());
        builder.metadata(MetadataKeys.AUTHOR, info.getAuthor());
        builder.metadata(MetadataKeys.PRODUCER, info.getProducer());
        builder.metadata(MetadataKeys.CREATED, instant(info.getCreationDate()));
        builder.metadata(MetadataKeys.MODIFIED, instant(info.getModificationDate()));
    }

    private static String instant(Calendar c) {
        return c == null ? null : c.toInstant().toString();
    }

    /** "3, 7, 9" — or the first ten and a count. */
    private static String summary(List<Integer> pages) {
        List<String> shown = pages.stream().limit(10).map(String::valueOf).toList();
        String s = String.join(", ", shown);
        return pages.size() > 10 ? s + " and " + (pages.size() - 10) + " more" : s;
    }
}
