package org.jixiao.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jixiao.corpus.model.Format;

/**
 * A file handed to a loader: where it is, its identity (sha256 of the bytes), its size and the format its
 * bytes were detected as. The sha256 is computed by streaming, never by loading the file.
 *
 * @param format the detected format; may differ from what the extension claims
 */
public record SourceFile(Path path, String sha256, long size, Format format) {

    /** Reads {@code path} once to hash it; the format is taken from the name (see {@link FormatDetector}). */
    public static SourceFile of(Path path) throws IOException {
        return new SourceFile(path, sha256(path), Files.size(path), Format.fromFileName(path.getFileName().toString()));
    }

    public SourceFile withFormat(Format f) {
        return new SourceFile(path, sha256, size, f);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
