package org.jixiao.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip bomb is refused from its declared sizes, fast and without inflating it; a large but honest .docx is read.
 * Every file is built here, in a temporary folder, from invented text.
 */
class ZipGuardTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Default Extension="png" ContentType="image/png"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    static final String DOC_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
            </Relationships>""";
    static final String BODY_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    static final String PARAGRAPH = "<w:p><w:r><w:t>某某县农业农村局2023年度部门整体支出绩效自评报告，全年预算数123.45万元。</w:t></w:r></w:p>";
    static final String BODY_END = "</w:body></w:document>";

    /** The skeleton of a .docx, then {@code word/document.xml} written by {@code body}. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void docx(Path file, Body body, byte[] picture) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            if (picture != null) {
                put(zip, "word/_rels/document.xml.rels", DOC_RELS.getBytes(StandardCharsets.UTF_8));
                // a picture does not compress: stored as it is, like the JPEGs of a scanned page
                ZipEntry e = new ZipEntry("word/media/image1.png");
                e.setMethod(ZipEntry.STORED);
                e.setSize(picture.length);
                CRC32 crc = new CRC32();
                crc.update(picture);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(picture);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            body.write(zip);
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aZipBombIsRefusedFromItsDeclaredSizesFastAndInLittleMemory() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        long built = System.nanoTime();
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) ' '); // 1 MB of blanks between two paragraphs, 1,100 times: 1.1 GB inflated
        docx(bomb, out -> {
            out.write((BODY_START + PARAGRAPH).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1100; i++) {
                out.write(block);
            }
            out.write((PARAGRAPH + BODY_END).getBytes(StandardCharsets.UTF_8));
        }, null);
        System.out.printf("bomb: %.1f MB on disk, built in %.1f s%n", Files.size(bomb) / 1048576.0,
                (System.nanoTime() - built) / 1e9);
        assertTrue(Files.size(bomb) < 5L * 1024 * 1024, "a bomb is small on disk: " + Files.size(bomb));

        long allocated = allocatedByThisThread();
        long started = System.nanoTime();
        ReadResult r = reader.read(bomb);
        double seconds = (System.nanoTime() - started) / 1e9;
        long megabytes = (allocatedByThisThread() - allocated) / (1024 * 1024);
        System.out.printf("bomb refused in %.3f s, %d MB allocated: %s%n", seconds, megabytes,
                r instanceof ReadResult.Failed f ? f.reason() : r);

        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, r);
        assertTrue(f.reason().startsWith("refused as a zip bomb: word/document.xml would inflate"), f.reason());
        assertTrue(f.reason().contains("→ 1100.0 MB"), f.reason());
        assertTrue(seconds < 2, "refused in " + seconds + " s");
        assertTrue(megabytes < 300, megabytes + " MB allocated while refusing");
    }

    @Test
    void anXmlPartTooLargeToHoldIsRefusedEvenWhenItDoesNotLookLikeABomb() throws IOException {
        Path big = dir.resolve("big.docx");
        byte[] body = (BODY_START + PARAGRAPH.repeat(1000) + BODY_END).getBytes(StandardCharsets.UTF_8);
        // stored, not deflated: a ratio of one, and 120 MB to inflate
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            long size = 0;
            CRC32 crc = new CRC32();
            byte[] filler = new byte[1 << 20];
            Arrays.fill(filler, (byte) ' ');
            for (int i = 0; i < 120; i++) {
                crc.update(filler);
                size += filler.length;
            }
            crc.update(body);
            size += body.length;
            ZipEntry e = new ZipEntry("word/document.xml");
            e.setMethod(ZipEntry.STORED);
            e.setSize(size);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            for (int i = 0; i < 120; i++) {
                zip.write(filler);
            }
            zip.write(body);
            zip.closeEntry();
        }
        long started = System.nanoTime();
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, reader.read(big));
        assertTrue(f.reason().startsWith("refused: word/document.xml would inflate to 120."), f.reason());
        assertTrue(f.reason().contains("the limit is 100.0 MB for one part"), f.reason());
        assertTrue((System.nanoTime() - started) / 1e9 < 2);
    }

    @Test
    void aFiftyMegabyteDocxOfPicturesIsRead() throws IOException {
        Path large = dir.resolve("large.docx");
        byte[] picture = new byte[50 * 1024 * 1024];
        new Random(7).nextBytes(picture);
        docx(large, out -> out.write((BODY_START + PARAGRAPH + BODY_END).getBytes(StandardCharsets.UTF_8)), picture);
        assertTrue(Files.size(large) > 50L * 1024 * 1024);
        long started = System.nanoTime();
        ReadResult r = reader.read(large);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("50 MB docx read in %.2f s%n", seconds);
        var loaded = assertInstanceOf(ReadResult.Loaded.class, r, r::toString);
        assertTrue(loaded.document().text().text().contains("全年预算数123.45万元"), loaded.document().text().text());
        assertEquals(1, loaded.document().text().text().split("某某县农业农村局").length - 1);
    }
}
