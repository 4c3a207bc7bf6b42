package org.jixiao.generator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a Chinese TrueType font on this machine for PDF output. PDFs must embed their fonts to be readable
 * elsewhere, and PDFBox can only embed (and subset) fonts with TrueType outlines, so CFF-based OpenType fonts
 * such as Noto Sans CJK do not qualify. {@code -Djixiao.cjkFont=FILE} overrides the search.
 */
final class CjkFont {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc");

    private CjkFont() {
    }

    /** The font file to use, or an IOException whose message is the one-line fix. */
    static Path locate() throws IOException {
        return locate(System.getProperty("jixiao.cjkFont"), CANDIDATES);
    }

    static Path locate(String override, List<String> candidates) throws IOException {
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) {
                throw new IOException("the CJK font given by -Djixiao.cjkFont does not exist: " + override);
            }
            return p;
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IOException("PDF output needs a Chinese TrueType font and none was found; install the Debian"
                + " package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or pass -Djixiao.cjkFont=FILE.ttf");
    }

    /**
     * Opens the font (the first face of a collection). The caller keeps the returned handle open while any
     * document using it is being saved, since subsetting reads glyphs lazily.
     */
    static Handle open() throws IOException {
        Path p = locate();
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                ttc.close();
                throw new IOException("the font collection " + p + " holds no font");
            }
            return new Handle(first[0], ttc);
        }
        File f = p.toFile();
        if (name.endsWith(".otf")) {
            OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBufferedFile(f));
            if (otf.isPostScript()) {
                otf.close();
                throw new IOException(p + " has PostScript (CFF) outlines, which PDFBox cannot embed; install"
                        + " the Debian package fonts-wqy-zenhei");
            }
            return new Handle(otf, otf);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f));
        return new Handle(ttf, ttf);
    }

    /** A font and whatever must be closed when it is no longer needed. */
    record Handle(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
