package org.jixiao.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Refuses a zip container (.docx, .xlsx, .odt …) that would inflate beyond what a report can be — a zip bomb, or a
 * file too large to hold in memory — from the sizes its central directory declares, before any parser inflates a
 * byte. Reading the central directory touches only the end of the file, so the refusal takes milliseconds and no
 * memory whatever the inflated size.
 *
 * <p>Declared sizes can lie; for that case POI's own guard ({@link ZipSecureFile}) is set to the same limits and
 * counts the bytes as they inflate: an entry that inflates more than {@link #MAX_RATIO} times its compressed size,
 * or beyond {@link #MAX_ENTRY}, stops the parse with an exception, which becomes the file's reason.
 *
 * <p>The limits are far above any real report: a 1,000-page report's {@code word/document.xml} is about 20 MB.
 */
public final class ZipGuard {

    /** The most one XML part (the document's body, a sheet) may inflate to: the parsers hold it in memory. */
    public static final long MAX_XML_PART = 100L * 1024 * 1024;
    /** The most any one entry (a picture, an embedded file) may inflate to. */
    public static final long MAX_ENTRY = 512L * 1024 * 1024;
    /** The most the whole container may inflate to. */
    public static final long MAX_TOTAL = 1024L * 1024 * 1024;
    /** Inflated over compressed size beyond which an entry of some size is taken for a bomb (POI's default too). */
    public static final long MAX_RATIO = 100;
    /** Entries smaller than this are not judged by their ratio: small runs of blanks compress very well. */
    static final long RATIO_GRACE = 1024 * 1024;
    public static final int MAX_ENTRIES = 10_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
    }

    private ZipGuard() {
    }

    /** Whether the file starts as a zip archive does ({@code PK\3\4}, or {@code PK\5\6} for an empty one). */
    public static boolean isZip(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        return head.length == 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    /**
     * Checks the declared sizes of {@code file}'s entries.
     *
     * @throws LoadException with the reason when the container would inflate beyond the limits; a zip whose central
     *                       directory cannot be read is left to the parser (it says what is wrong with it)
     */
    public static void check(Path file) throws LoadException {
        long total = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new LoadException("refused: more than " + MAX_ENTRIES + " parts in the archive");
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0) {
                    continue; // unknown: POI's guard counts it while inflating
                }
                total += size;
                String name = entry.getName();
                if (size > RATIO_GRACE && packed > 0 && size / packed > MAX_RATIO) {
                    throw new LoadException("refused as a zip bomb: " + name + " would inflate " + size / packed
                            + " times (" + mb(packed) + " → " + mb(size) + "; the limit is " + MAX_RATIO + " times)");
                }
                long limit = name.toLowerCase(Locale.ROOT).endsWith(".xml") ? MAX_XML_PART : MAX_ENTRY;
                if (size > limit) {
                    throw new LoadException("refused: " + name + " would inflate to " + mb(size) + " (the limit is "
                            + mb(limit) + " for one part)");
                }
                if (total > MAX_TOTAL) {
                    throw new LoadException("refused: the archive would inflate to more than " + mb(MAX_TOTAL));
                }
            }
        } catch (ZipException e) {
            // not a readable central directory (truncated, or not really a zip): the loader reports it
        } catch (IOException e) {
            throw new LoadException("could not be read: " + ErrorReason.of(e), e);
        }
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
