package org.jixiao.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes an OOXML file (.docx, .xlsx) byte-for-byte reproducible. POI stamps every zip entry with the clock;
 * rewriting the entries, in the same order, with one fixed time lets a regenerated corpus produce no diff.
 */
final class ReproducibleZip {

    /** 2020-01-01T00:00:00Z: any fixed time will do. */
    static final long FIXED_TIME = 1_577_836_800_000L;

    private ReproducibleZip() {
    }

    /** Writes {@code bytes} (a zip) to {@code file} with every entry's time set to {@link #FIXED_TIME}. */
    static void write(byte[] bytes, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes));
             OutputStream raw = Files.newOutputStream(file);
             ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /** Collects what a POI document writes, for {@link #write}. */
    static byte[] capture(IOConsumer<OutputStream> writer) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        writer.accept(buf);
        return buf.toByteArray();
    }

    @FunctionalInterface
    interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }
}
