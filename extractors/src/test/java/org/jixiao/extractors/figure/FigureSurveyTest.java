package org.jixiao.extractors.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.nlp.ChineseNlp;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * Every real sample and every generated report: figures are found, every one quotes its snippet, and none
 * is a year. Prints the count per document and the time taken (after HanLP has loaded).
 */
@RequiresShared
class FigureSurveyTest {

    @Test
    void everyDocumentGivesQuotedFiguresQuickly() throws Exception {
        ChineseNlp.hanlp().segment("预热");
        Path shared = TestPaths.shared();
        Path generated = TestPaths.bundledCorpus();
        List<Path> files;
        try (Stream<Path> a = Files.list(shared.resolve("samples"));
             Stream<Path> b = Files.isDirectory(generated) ? Files.list(generated) : Stream.empty()) {
            files = Stream.concat(a, b).filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".json"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 20, "12 real samples and 8 generated reports: " + files.size());
        DocumentReader reader = new DocumentReader();
        boolean dump = Boolean.getBoolean("figures.dump");
        for (Path f : files) {
            if (!(reader.read(f) instanceof ReadResult.Loaded loaded)) {
                continue;
            }
            SourceDocument doc = loaded.document();
            long t0 = System.nanoTime();
            List<Figure> figures = FigureExtractor.extract(doc);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf("FIGURES %-36s %4d figures %8.1f ms%n", f.getFileName(), figures.size(), ms);
            for (Figure fig : figures) {
                assertEquals(fig.at().text(), doc.text().text().substring(fig.at().start(), fig.at().end()));
                assertFalse(fig.label().isBlank(), fig.toString());
                assertFalse(fig.at().text().matches("\\d{4}年度?"), "a year is not a figure: " + fig);
                if (dump) {
                    System.out.printf("  %-7s %-50s %s %s  [%s]%s%n", fig.kind(), fig.label(),
                            fig.value().toPlainString(), fig.unit(), fig.at().text(),
                            fig.at().inTable() ? " t" + fig.at().table() + " r" + fig.at().row() + " c" + fig.at().col() : "");
                }
            }
            assertTrue(ms < 2000, f + " took " + ms + " ms");
        }
    }
}
