package org.jixiao.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.jixiao.testsupport.TestPaths;

/** Reading sample files into an index for the tests, and fake cross-report checks whose calls can be traced. */
final class Fixtures {

    static final Path BUNDLED = TestPaths.bundledCorpus();

    private static final DocumentReader READER = new DocumentReader();
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private Fixtures() {
    }

    static List<Path> samples() {
        List<Path> files = new ArrayList<>(DocumentReader.expand(List.of(BUNDLED)));
        for (String name : List.of("yanfeng-2021.docx", "qingyuan-2020.docx", "shangjie-2021.pdf",
                "donghua-2024.pdf", "gexin-2025.docx")) {
            files.add(TestPaths.sample(name)); // a test using these needs @RequiresShared
        }
        return files;
    }

    static Report extract(Path file) {
        return switch (READER.read(file)) {
            case ReadResult.Loaded l -> EXTRACTOR.extract(l.document());
            case ReadResult.Failed f -> throw new IllegalStateException(file + ": " + f.reason());
        };
    }

    /** Adds every file the index does not hold unchanged; returns how many were skipped as unchanged. */
    static int ingest(IndexUpdater updater, List<Path> files) {
        int skipped = 0;
        for (Path f : files) {
            try {
                if (updater.unchanged(f, SourceFile.of(f).sha256())) {
                    skipped++;
                    continue;
                }
                updater.add(extract(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return skipped;
    }

    /**
     * Fake checks: cross-year reports each consecutive pair it is given; the fingerprints are the text's lines
     * of 20 chars or more, and boilerplate reports every line another department's report also holds.
     */
    static CrossReportChecks fakes(List<String> calls) {
        return new CrossReportChecks(
                (prev, cur) -> {
                    synchronized (calls) {
                        calls.add(prev.year() + "->" + cur.year());
                    }
                    return List.of(new Finding("cross-year", "cross-year.fake", Finding.Severity.WARNING,
                            "上年数与" + prev.year() + "年报告不一致（测试）", "a", "b", null, List.of(),
                            List.of(prev.id())));
                },
                text -> {
                    List<Fingerprint> out = new ArrayList<>();
                    int start = 0;
                    for (String line : text.split("\n", -1)) {
                        if (line.length() >= 20) {
                            out.add(new Fingerprint(line.hashCode(), start, start + line.length()));
                        }
                        start += line.length() + 1;
                    }
                    return out;
                },
                (self, text, fps, holders, reports) -> {
                    List<Finding> out = new ArrayList<>();
                    for (Fingerprint fp : fps) {
                        var others = holders.apply(fp.hash()).stream()
                                .filter(o -> !o.departmentKey().equals(self.departmentKey())).toList();
                        if (!others.isEmpty()) {
                            out.add(new Finding("boilerplate", "boilerplate.fake", Finding.Severity.INFO,
                                    "与其他部门报告相同的段落（测试）", null, null, null,
                                    List.of(org.jixiao.corpus.model.Provenance.ofText(null, fp.start(), fp.end(),
                                            text.substring(fp.start(), fp.end()))),
                                    others.stream().map(o -> o.reportId()).toList()));
                            break;
                        }
                    }
                    return out;
                });
    }
}
