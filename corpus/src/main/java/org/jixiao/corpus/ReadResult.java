package org.jixiao.corpus;

import java.nio.file.Path;

import org.jixiao.corpus.model.SourceDocument;

/** The outcome of reading one file: a document, or a one-line reason it could not be read. */
public sealed interface ReadResult {

    Path path();

    record Loaded(SourceDocument document) implements ReadResult {
        @Override
        public Path path() {
            return document.path();
        }
    }

    /**
     * @param reason one line a person understands
     * @param cause  the underlying exception, for {@code --verbose}; may be null
     */
    record Failed(Path path, String reason, Throwable cause) implements ReadResult {
    }
}
