package org.jixiao.pipeline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.jixiao.testsupport.TestPaths;

/**
 * The index the web tests run against, built once per test run: the bundled generated corpus (one department in
 * two years with a planted cross-year mismatch), the real samples, and a report written for the test whose text
 * carries a {@code <script>} element.
 */
final class TestIndexes {

    /** A word only the hostile report contains. */
    static final String HOSTILE_WORD = "攻击测试专用词";

    private static Path dir;

    private TestIndexes() {
    }

    static synchronized ReportIndex open() {
        try {
            if (dir == null) {
                dir = build();
            }
            return ReportIndex.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() throws IOException {
        Path tmp = Files.createTempDirectory("jixiao-web-test");
        Path hostile = tmp.resolve("hostile-2023.txt");
        Files.writeString(hostile, """
                某某区某某街道办事处2023年度部门整体支出绩效自评报告
                一、基本情况
                本单位<script>window.pwned=1</script>年度预算安排资金100.00万元，%s。
                二、自评结论
                本单位自评得分为92分，评价等级为优。
                """.formatted(HOSTILE_WORD), StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(DocumentReader.expand(List.of(TestPaths.bundledCorpus())));
        // the real samples when ../shared is there; the web tests ask only for the bundled and hostile reports
        TestPaths.sharedIfPresent().ifPresent(shared -> {
            for (String name : List.of("yanfeng-2021.docx", "qingyuan-2020.docx", "gexin-2025.docx")) {
                files.add(shared.resolve("samples").resolve(name));
            }
        });
        files.add(hostile);
        Path index = tmp.resolve("index");
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = new ReportExtractor();
        try (IndexUpdater updater = IndexUpdater.open(index, CrossReportChecks.standard(), 100)) {
            for (Path f : files) {
                if (reader.read(f) instanceof ReadResult.Loaded l) {
                    updater.add(extractor.extract(l.document()));
                }
            }
            updater.commit();
            updater.crossReportPass();
            updater.commit();
        }
        return index;
    }
}
