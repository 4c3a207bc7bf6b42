package org.jixiao.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.FormatDetector;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.ZipGuard;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;

/**
 * The corpus stage's front door: a path in, a {@link SourceDocument} or a one-line reason out.
 *
 * <p>Detects the format from the bytes, dispatches to the loader for it, and turns every failure — empty,
 * corrupt, encrypted, mislabeled, too large, or a bug of ours — into a {@link ReadResult.Failed} so a batch
 * goes on with the rest. Thread-safe: loaders are stateless.
 */
public final class DocumentReader {

    /** Files above this size are refused rather than risk exhausting memory. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    /** Extensions picked up when walking a folder; a file named explicitly is read whatever its name. */
    public static final Set<String> REPORT_EXTENSIONS =
            Set.of("doc", "docx", "wps", "pdf", "txt", "rtf", "html", "htm", "odt", "xlsx", "xls", "et");

    private final Map<Format, DocumentLoader> loaders = new EnumMap<>(Format.class);
    private final long maxBytes;

    public DocumentReader() {
        this(Loaders.standard(), DEFAULT_MAX_BYTES);
    }

    public DocumentReader(List<DocumentLoader> loaderList, long maxBytes) {
        for (DocumentLoader l : loaderList) {
            for (Format f : l.formats()) {
                loaders.putIfAbsent(f, l);
            }
        }
        this.maxBytes = maxBytes;
    }

    public ReadResult read(Path path) {
        try {
            if (!Files.exists(path)) {
                return new ReadResult.Failed(path, "no such file", null);
            }
            if (Files.isDirectory(path)) {
                return new ReadResult.Failed(path, "is a folder, not a file", null);
            }
            long size = Files.size(path);
            if (size == 0) {
                return new ReadResult.Failed(path, "empty file (0 bytes)", null);
            }
            if (size > maxBytes) {
                return new ReadResult.Failed(path, "too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + maxBytes / (1024 * 1024) + " MB)", null);
            }
            if (ZipGuard.isZip(path)) {
                ZipGuard.check(path); // a zip bomb is refused from its declared sizes, before anything inflates it
            }
            SourceFile file = SourceFile.of(path);
            FormatDetector.Detection d = FormatDetector.detect(file);
            file = file.withFormat(d.format());
            DocumentLoader loader = loaders.getOrDefault(d.format(), loaders.get(Format.OTHER));
            if (loader == null) {
                return new ReadResult.Failed(path, "unsupported format (" + d.mediaType() + ")", null);
            }
            SourceDocument doc = loader.load(file);
            if (d.mislabeled()) {
                List<String> w = new ArrayList<>(doc.warnings());
                w.add(0, "the name says ." + d.claimed().label() + " but the content is " + d.format().label()
                        + "; read as " + d.format().label());
                doc = new SourceDocument(doc.id(), doc.path(), doc.format(), doc.pageCount(), doc.ocr(),
                        doc.blocks(), doc.text(), doc.metadata(), w);
            }
            return new ReadResult.Loaded(doc);
        } catch (LoadException e) {
            return new ReadResult.Failed(path, e.getMessage(), e.getCause());
        } catch (NoSuchFileException e) {
            return new ReadResult.Failed(path, "no such file", e);
        } catch (IOException | UncheckedIOException e) {
            return new ReadResult.Failed(path, "could not be read: " + ErrorReason.of(e), e);
        } catch (OutOfMemoryError e) {
            return new ReadResult.Failed(path, "too large to read in the memory available", e);
        } catch (StackOverflowError e) {
            return new ReadResult.Failed(path, "structure too deeply nested to read", e);
        } catch (RuntimeException e) {
            // a bug of ours or of a parser on an odd file: say so plainly, keep the batch going
            return new ReadResult.Failed(path, "could not be read (" + ErrorReason.withType(e) + ")", e);
        }
    }

    /**
     * The files under {@code inputs}: files as given, folders walked recursively for report extensions,
     * in a stable order. Hidden files and Office lock files ({@code ~$x.docx}) are skipped.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(DocumentReader::looksLikeReport).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    static boolean looksLikeReport(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
