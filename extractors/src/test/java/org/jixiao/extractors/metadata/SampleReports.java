package org.jixiao.extractors.metadata;

import java.nio.file.Path;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.testing.Documents;
import org.jixiao.testsupport.TestPaths;

/** The real reports of ../shared ({@link TestPaths}) and how the tests read them. */
final class SampleReports {

    private SampleReports() {
    }

    /** A real report of ../shared; skips the test where it is missing. */
    static Path sample(String name) {
        return TestPaths.sample(name);
    }

    static SourceDocument read(String name) {
        return Documents.read(sample(name));
    }
}
