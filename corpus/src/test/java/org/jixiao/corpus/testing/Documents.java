package org.jixiao.corpus.testing;

import java.nio.file.Path;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;

/** Reading a file to a document in a test, where a failure to read is the test's failure. */
public final class Documents {

    private Documents() {
    }

    /** The document of {@code file} as {@link DocumentReader} reads it; throws with the reason when it cannot. */
    public static SourceDocument read(Path file) {
        ReadResult r = new DocumentReader().read(file);
        if (r instanceof ReadResult.Loaded l) {
            return l.document();
        }
        throw new IllegalStateException(file + ": " + ((ReadResult.Failed) r).reason());
    }
}
