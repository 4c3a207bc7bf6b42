package org.jixiao.corpus.load.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;

/**
 * Reads a scanned PDF — pages that are images, with no text layer — by optical character recognition.
 *
 * <p>Not dispatched by format ({@link #formats()} is empty): the PDF loader hands over the PDFs whose pages
 * carry no text. Each page is rendered by PDFBox at {@link #DPI} dpi in grayscale and straightened, its ruled tables are
 * found and their lines erased ({@link RuledTables}), the {@code tesseract} command recognizes the words
 * (Chinese and English), and {@link PageLayout} puts each word into its table cell or paragraph. The
 * document is marked {@code ocr}: its figures are recognized, not read, and deserve a second look.
 *
 * <p>Bounds: at most {@link #MAX_PAGES} pages are recognized (a warning says so beyond); a page larger than
 * A2 is rendered at a lower resolution so that no image exceeds {@link #MAX_PIXELS}; each tesseract run is
 * killed after {@link #PAGE_TIMEOUT}; temporary images are deleted as soon as a page is read. Stateless
 * apart from the cached tesseract language check, so safe to call from many threads.
 */
public final class OcrLoader implements DocumentLoader {

    /** The one-line reason when OCR cannot run on this machine. */
    public static final String NO_TESSERACT = "scanned PDF without a text layer: OCR needs tesseract with Chinese"
            + " (apt-get install tesseract-ocr tesseract-ocr-chi-sim)";

    /**
     * Chinese only: its model reads digits and Latin letters too, and adding {@code eng} made tesseract
     * read some Chinese words as Latin garbage ({@code 目标1} as {@code Bani}) on the sample.
     */
    static final String LANGUAGES = System.getProperty("jixiao.ocr.langs", "chi_sim");

    public static final int MAX_PAGES = 50;
    public static final int DPI = 300;
    public static final long MAX_PIXELS = 36_000_000L;
    public static final Duration PAGE_TIMEOUT = Duration.ofSeconds(180);

    private final Tesseract tesseract;

    /** Runs the {@code tesseract} on the PATH, or the command named by the system property {@code jixiao.tesseract}. */
    public OcrLoader() {
        this(System.getProperty("jixiao.tesseract", "tesseract"));
    }

    /** Runs {@code command} as tesseract. */
    public OcrLoader(String command) {
        this.tesseract = new Tesseract(command);
    }

    @Override
    public Set<Format> formats() {
        return EnumSet.noneOf(Format.class);
    }

    /** Whether OCR can run here: the command answers and has the Chinese (chi_sim) model. Asked once. */
    public boolean available() {
        Tesseract.Languages langs = tesseract.languages();
        return langs.present() && langs.has("chi_sim");
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        if (!available()) {
            throw new LoadException(NO_TESSERACT);
        }
        String langs = LANGUAGES;
        DocumentBuilder builder = new DocumentBuilder(file, Format.PDF);
        try (PDDocument pdf = Loader.loadPDF(file.path().toFile())) {
            int pageCount = pdf.getNumberOfPages();
            int pages = Math.min(pageCount, MAX_PAGES);
            if (pageCount > MAX_PAGES) {
                builder.warn("scanned PDF: OCR read the first " + MAX_PAGES + " of " + pageCount + " pages");
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            int read = 0;
            String lastFailure = null;
            for (int i = 0; i < pages; i++) {
                int dpi = dpiFor(pdf.getPage(i).getMediaBox());
                try {
                    readPage(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), dpi, i + 1, langs, builder);
                } catch (IOException e) {
                    lastFailure = ErrorReason.of(e);
                    builder.warn("page " + (i + 1) + ": OCR failed: " + lastFailure);
                    continue;
                }
                read++;
            }
            if (read == 0 && pages > 0) {
                throw new LoadException("scanned PDF: OCR failed on every page (" + lastFailure + ")");
            }
            builder.pageCount(pageCount).ocr(true);
            PDDocumentInformation info = pdf.getDocumentInformation();
            builder.metadata(MetadataKeys.TITLE, info.getTitle());
            builder.metadata(MetadataKeys.AUTHOR, info.getAuthor());
            builder.metadata(MetadataKeys.PRODUCER, info.getProducer());
            builder.metadata(MetadataKeys.MEDIA_TYPE, "application/pdf");
        } catch (InvalidPasswordException e) {
            throw new LoadException("the PDF is encrypted (password protected)", e);
        } catch (IOException e) {
            throw new LoadException("could not be read as pdf: " + ErrorReason.of(e), e);
        }
        return builder.build();
    }

    /**
     * Reads one page: straightens it ({@link Deskew}), finds and erases the ruled tables, cuts each non-blank cell out as an image of its
     * own, whitens the tables on the page so that what remains is the running text, and has tesseract read
     * all the pieces in one run. Reading a cell alone keeps tesseract from joining the text of neighbouring
     * cells into one line and from misplacing a decimal point onto the line above (measured on the sample).
     */
    private void readPage(BufferedImage rendered, int dpi, int pageNo, String langs, DocumentBuilder builder)
            throws IOException {
        BufferedImage page = Deskew.straighten(rendered);
        int[] shades = RuledTables.shades(((DataBufferByte) page.getRaster().getDataBuffer()).getData());
        // ink: two fifths of the way from the paper to the darkest marks (blurred scans print in grey)
        int inkBelow = Math.max(100, Math.min(200, shades[1] - (int) Math.round(0.4 * (shades[1] - shades[0]))));
        List<RuledTables.Grid> grids = new RuledTables(dpi).detectAndErase(page);
        int inset = Math.max(2, dpi / 75);
        int pad = Math.max(6, dpi / 25);
        Path work = Files.createTempDirectory("jixiao-ocr");
        List<Path> images = new ArrayList<>();
        List<int[]> owners = new ArrayList<>(); // per image: {table, cell}, or {-1, -1} for the running text
        try {
            for (int t = 0; t < grids.size(); t++) {
                RuledTables.Grid g = grids.get(t);
                for (int k = 0; k < g.cells().size(); k++) {
                    RuledTables.GridCell c = g.cells().get(k);
                    int x0 = g.xs()[c.col()] + inset;
                    int y0 = g.ys()[c.row()] + inset;
                    int x1 = g.xs()[c.col() + c.colSpan()] - inset;
                    int y1 = g.ys()[c.row() + c.rowSpan()] - inset;
                    BufferedImage crop = crop(page, x0, y0, x1, y1, pad, inkBelow);
                    if (crop != null) {
                        images.add(write(crop, work, images.size()));
                        owners.add(new int[] {t, k});
                    }
                }
            }
            for (RuledTables.Grid g : grids) {
                whiten(page, g.xs()[0], g.ys()[0], g.xs()[g.cols()], g.ys()[g.rows()]);
            }
            if (inked(page, 0, 0, page.getWidth(), page.getHeight(), inkBelow)) {
                images.add(write(page, work, images.size()));
                owners.add(new int[] {-1, -1});
            }
            List<List<Tesseract.Word>> words = tesseract.recognize(images, langs, 6, dpi, PAGE_TIMEOUT);
            rereadEmptyCells(images, owners, words, langs, dpi);
            rereadFigures(images, owners, words, dpi);
            List<Tesseract.Word> free = new ArrayList<>();
            List<List<List<Tesseract.Word>>> cellWords = new ArrayList<>();
            for (RuledTables.Grid g : grids) {
                List<List<Tesseract.Word>> cells = new ArrayList<>();
                g.cells().forEach(c -> cells.add(new ArrayList<>()));
                cellWords.add(cells);
            }
            for (int n = 0; n < images.size(); n++) {
                int[] owner = owners.get(n);
                if (owner[0] < 0) {
                    free.addAll(words.get(n));
                } else {
                    cellWords.get(owner[0]).get(owner[1]).addAll(words.get(n));
                }
            }
            PageLayout.emit(free, grids, cellWords, pageNo, builder);
        } finally {
            images.forEach(Tesseract::deleteQuietly);
            Tesseract.deleteQuietly(work);
        }
    }

    /**
     * Reads again, as a single line ({@code --psm 7}), the cells that have ink but gave no words: tesseract's
     * block mode sometimes finds no text line in a cell holding one short word such as {@code 是}.
     */
    private void rereadEmptyCells(List<Path> images, List<int[]> owners, List<List<Tesseract.Word>> words,
                                  String langs, int dpi) throws IOException {
        List<Integer> empty = new ArrayList<>();
        for (int n = 0; n < images.size(); n++) {
            if (owners.get(n)[0] >= 0 && words.get(n).isEmpty()) {
                empty.add(n);
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        List<List<Tesseract.Word>> again = tesseract.recognize(empty.stream().map(images::get).toList(), langs, 7,
                dpi, PAGE_TIMEOUT);
        for (int k = 0; k < empty.size(); k++) {
            words.set(empty.get(k), again.get(k));
        }
    }

    /**
     * Reads the cells that hold a figure a second time with the English model, which reads digits and
     * {@code %} better than the Chinese one (on the sample the Chinese model read {@code 90%} as
     * {@code 909%} and {@code 133.86%} as {@code 133.86呈}; the English one read both right, but turns
     * Chinese words into Latin garbage, so it is used only here). A cell is a figure when the first reading
     * has no Chinese character, or digits followed by one; the second reading replaces it only when it is a
     * well-formed figure — and, in the second case, only when it keeps the digits and reads the last
     * character as {@code %} (so {@code 162户} stays as it is).
     */
    private void rereadFigures(List<Path> images, List<int[]> owners, List<List<Tesseract.Word>> words, int dpi)
            throws IOException {
        if (!tesseract.languages().has("eng")) {
            return;
        }
        List<Integer> figures = new ArrayList<>();
        for (int n = 0; n < images.size(); n++) {
            if (owners.get(n)[0] >= 0 && FIRST_READING.matcher(joined(words.get(n))).matches()) {
                figures.add(n);
            }
        }
        if (figures.isEmpty()) {
            return;
        }
        List<List<Tesseract.Word>> again = tesseract.recognize(figures.stream().map(images::get).toList(), "eng", 6,
                dpi, PAGE_TIMEOUT);
        for (int k = 0; k < figures.size(); k++) {
            int n = figures.get(k);
            String first = joined(words.get(n));
            String second = joined(again.get(k));
            if (!FIGURE.matcher(second).matches()) {
                continue;
            }
            boolean firstHasChinese = first.codePoints().anyMatch(OcrLoader::isHan);
            if (!firstHasChinese || (second.endsWith("%")
                    && second.substring(0, second.length() - 1).equals(first.substring(0, first.length() - 1)))) {
                words.set(n, again.get(k));
            }
        }
    }

    /** A first reading that may be a figure: digits and figure punctuation, perhaps one Chinese character last. */
    private static final Pattern FIRST_READING =
            Pattern.compile("[-+]?\\d[\\d.,]*(%|\\p{IsHan})?");
    /** A well-formed figure: an amount, a count or a rate. */
    private static final Pattern FIGURE =
            Pattern.compile("[-+]?\\d{1,3}(,\\d{3})*(\\.\\d+)?%?|[-+]?\\d+(\\.\\d+)?%?");

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static String joined(List<Tesseract.Word> words) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.text()));
        return sb.toString();
    }

    private static Path write(BufferedImage image, Path dir, int n) throws IOException {
        Path p = dir.resolve("img-" + n + ".png");
        if (!ImageIO.write(image, "png", p.toFile())) {
            throw new IOException("no PNG writer");
        }
        return p;
    }

    /** The region {@code [x0, x1) × [y0, y1)} on a white margin of {@code pad} pixels, or null when it is blank. */
    private static BufferedImage crop(BufferedImage page, int x0, int y0, int x1, int y1, int pad, int inkBelow) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.getWidth(), x1);
        y1 = Math.min(page.getHeight(), y1);
        if (x1 - x0 < 4 || y1 - y0 < 4 || !inked(page, x0, y0, x1, y1, inkBelow)) {
            return null;
        }
        BufferedImage out = new BufferedImage(x1 - x0 + 2 * pad, y1 - y0 + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Arrays.fill(dst, (byte) 0xff);
        byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int w = page.getWidth();
        for (int y = y0; y < y1; y++) {
            System.arraycopy(src, y * w + x0, dst, (y - y0 + pad) * out.getWidth() + pad, x1 - x0);
        }
        return out;
    }

    /** Whether the region holds enough dark pixels to be worth reading (specks left by erased rules are not). */
    private static boolean inked(BufferedImage page, int x0, int y0, int x1, int y1, int inkBelow) {
        byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int w = page.getWidth();
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((px[y * w + x] & 0xff) < inkBelow && ++dark >= 24) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void whiten(BufferedImage page, int x0, int y0, int x1, int y1) {
        byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int w = page.getWidth();
        for (int y = Math.max(0, y0); y <= Math.min(page.getHeight() - 1, y1); y++) {
            Arrays.fill(px, y * w + Math.max(0, x0), y * w + Math.min(w - 1, x1) + 1, (byte) 0xff);
        }
    }

    /** {@link #DPI}, lowered for pages so large that the image would exceed {@link #MAX_PIXELS}. */
    static int dpiFor(PDRectangle box) {
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        double pixels = inches * DPI * DPI;
        if (pixels <= MAX_PIXELS) {
            return DPI;
        }
        return Math.max(72, (int) Math.floor(DPI * Math.sqrt(MAX_PIXELS / pixels)));
    }
}
