package org.jixiao.extractors.metadata;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;

/** Where the tests find the real reports ({@code ${jixiao.shared}/samples}) and how they read them. */
final class SampleReports {

    private SampleReports() {
    }

    static Path sample(String name) {
        Path shared = Path.of(System.getProperty("jixiao.shared", "../shared")).toAbsolutePath().normalize();
        Path p = shared.resolve("samples").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("sample report missing: " + p
                    + " (clone the project beside its shared/ folder, or set -Djixiao.shared=DIR)");
        }
        return p;
    }

    static SourceDocument read(String name) {
        ReadResult r = new DocumentReader().read(sample(name));
        if (r instanceof ReadResult.Loaded l) {
            return l.document();
        }
        throw new IllegalStateException(name + ": " + ((ReadResult.Failed) r).reason());
    }
}
