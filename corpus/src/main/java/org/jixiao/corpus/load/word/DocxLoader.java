package org.jixiao.corpus.load.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;

/**
 * Reads {@code .docx} (Word 2007+) with POI XWPF, keeping every merged cell of every table.
 *
 * <p>The body is walked in order by {@link DocxBody}: paragraphs and tables interleaved, content controls
 * opened, tables placed on their {@code w:tblGrid} with {@code w:gridBefore}, {@code w:gridSpan} and
 * {@code w:vMerge} honoured. Headings come from paragraph styles and outline levels; other paragraphs go
 * through the builder, which recognizes numbered headings ({@code 一、…}) by their text. Word has no pages
 * until it lays a document out, so blocks carry no page; the page count is the one Word saved in the
 * extended properties, when it did.
 *
 * <p>Before POI sees the file, its container is checked, so that the common failures get a plain reason:
 * an encrypted document (an OLE2 file holding an {@code EncryptedPackage}), an old binary Office file named
 * {@code .docx}, something that is not a ZIP at all, and a truncated download (a ZIP without its central
 * directory).
 */
public final class DocxLoader implements DocumentLoader {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K'};

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.DOCX);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        checkContainer(file.path());
        DocumentBuilder builder = new DocumentBuilder(file, Format.DOCX);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
            XWPFDocument doc = new XWPFDocument(pkg);
            DocxBody body = new DocxBody(builder, doc.getStyles(), doc.getNumbering());
            body.blocks(doc.getDocument().getBody().getDomNode());
            body.warnAboutUnreadContent();
            properties(doc.getProperties(), builder);
        } catch (IOException | RuntimeException e) {
            throw new LoadException("damaged Word (.docx) file: " + ErrorReason.of(e), e);
        } catch (Exception e) { // InvalidFormatException, XmlException
            throw new LoadException("not a readable Word (.docx) file: " + ErrorReason.of(e), e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened read-only: close without writing anything back
            }
        }
        return builder.build();
    }

    /** Gives a plain reason for containers POI would only fail on with a technical one. */
    private static void checkContainer(Path path) throws LoadException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new LoadException("could not be read: " + ErrorReason.of(e), e);
        }
        if (n == 0) {
            throw new LoadException("empty file (0 bytes)");
        }
        if (n == OLE2_MAGIC.length && Arrays.equals(head, OLE2_MAGIC)) {
            if (isEncryptedPackage(path)) {
                throw new LoadException("the Word file is encrypted (password protected)");
            }
            throw new LoadException("not a .docx: the bytes are an older binary Office file (save it as .docx, or name it .doc)");
        }
        if (n < 2 || !Arrays.equals(Arrays.copyOf(head, 2), ZIP_MAGIC)) {
            throw new LoadException("not a .docx: the bytes are not a Word (ZIP) package");
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new LoadException("not a .docx: a ZIP archive without the parts of a Word document");
            }
        } catch (ZipException e) {
            throw new LoadException("damaged Word (.docx) file: the ZIP package is truncated or corrupt", e);
        } catch (IOException e) {
            throw new LoadException("could not be read: " + ErrorReason.of(e), e);
        }
    }

    private static boolean isEncryptedPackage(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void properties(POIXMLProperties props, DocumentBuilder builder) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        if (core != null) {
            builder.metadata(MetadataKeys.TITLE, core.getTitle());
            builder.metadata(MetadataKeys.AUTHOR, core.getCreator());
            builder.metadata(MetadataKeys.CREATED, iso(core.getCreated()));
            builder.metadata(MetadataKeys.MODIFIED, iso(core.getModified()));
        }
        POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
        if (ext != null && ext.getUnderlyingProperties().isSetPages()) {
            builder.pageCount(Math.max(0, ext.getUnderlyingProperties().getPages()));
        }
    }

    static String iso(Date d) {
        return d == null ? null : DateTimeFormatter.ISO_INSTANT.format(d.toInstant());
    }
}
