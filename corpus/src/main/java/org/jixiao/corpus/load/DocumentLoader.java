package org.jixiao.corpus.load;

import java.util.Set;

import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.SourceDocument;

/**
 * Reads one file format into the document model. One small interface, one class per format, dispatched by
 * detected format (in the manner of Tika's {@code Parser}).
 *
 * <p>Implementations are stateless and thread-safe: ingest calls them from many threads. They build their
 * result through {@link DocumentBuilder}, which owns normalization and provenance, so every format
 * produces offsets the same way.
 */
public interface DocumentLoader {

    /** The formats this loader reads. */
    Set<Format> formats();

    /**
     * Reads {@code file}.
     *
     * @throws LoadException with a one-line reason when the file cannot be read (corrupt, encrypted, empty,
     *                       not what its name says)
     */
    SourceDocument load(SourceFile file) throws LoadException;
}
