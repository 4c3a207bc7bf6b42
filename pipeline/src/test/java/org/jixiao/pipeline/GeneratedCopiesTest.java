package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.model.Finding;
import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.OutputFormat;
import org.jixiao.index.boilerplate.BoilerplateDetector;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.boilerplate.Fingerprinter;
import org.jixiao.index.boilerplate.OtherReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boilerplate rule on a generated corpus of a few hundred reports: every passage the generator copied from one
 * report into another is found (on both reports, naming the other), and the template text the generator draws from
 * shared phrase pools is not taken for copying — at most one unplanted finding per 100 reports. The documents are
 * read as ingest reads them (normalized text); the fingerprint index is kept in memory, as the rule's contract
 * allows, so the test stays fast.
 */
class GeneratedCopiesTest {

    private static final int REPORTS = 320;

    @TempDir
    Path dir;

    @Test
    void everyPlantedCopyIsFoundAndTemplateTextIsNot() throws IOException {
        List<CorpusGenerator.Item> items = CorpusGenerator.generate(dir, REPORTS, 20261202L,
                List.of(OutputFormat.TXT), 2, n -> { });
        DocumentReader reader = new DocumentReader();
        Map<String, String> texts = new HashMap<>();
        Map<String, OtherReport> reports = new HashMap<>();
        Map<Long, List<OtherReport>> holders = new HashMap<>();
        for (CorpusGenerator.Item item : items) {
            ReadResult.Loaded loaded = (ReadResult.Loaded) reader.read(dir.resolve(item.fileName()));
            String text = loaded.document().text().text();
            OtherReport r = new OtherReport(item.stem(), item.department().name(), item.year(), item.title(),
                    item.fileName());
            texts.put(item.stem(), text);
            reports.put(item.stem(), r);
            Set<Long> own = new HashSet<>();
            for (Fingerprint fp : Fingerprinter.of(text)) {
                if (own.add(fp.hash())) {
                    holders.computeIfAbsent(fp.hash(), h -> new ArrayList<>()).add(r);
                }
            }
        }
        // the pairs of reports the generator made share a passage: the copy and its source, either way round
        Set<String> planted = new LinkedHashSet<>();
        for (CorpusGenerator.Item item : items) {
            if (item.copiedFrom() != null) {
                planted.add(item.stem() + " ~ " + item.copiedFrom().stem());
                planted.add(item.copiedFrom().stem() + " ~ " + item.stem());
            }
        }
        assertTrue(planted.size() >= 2 * 7, "the generator plants copies: " + planted);

        Set<String> found = new HashSet<>();
        List<String> unplanted = new ArrayList<>();
        for (CorpusGenerator.Item item : items) {
            String text = texts.get(item.stem());
            List<Finding> findings = BoilerplateDetector.find(reports.get(item.stem()), text,
                    Fingerprinter.of(text), h -> holders.getOrDefault(h, List.of()), REPORTS);
            assertTrue(findings.size() <= BoilerplateDetector.MAX_FINDINGS, findings.toString());
            for (Finding f : findings) {
                String pair = item.stem() + " ~ " + f.related().getFirst();
                for (var at : f.at()) {
                    assertEquals(text.substring(at.start(), at.end()), at.text(), "the evidence quotes the report");
                }
                if (planted.contains(pair)) {
                    found.add(pair);
                    int[] copied = copiedParagraph(text);
                    // winnowing places a passage to within a k-gram at either end (only letters count, so the
                    // last k-gram may reach into the next heading)
                    int slack = 2 * Fingerprinter.K;
                    assertTrue(f.at().stream().allMatch(at -> at.start() >= copied[0] - slack
                                    && at.end() <= copied[1] + slack && at.end() - at.start() >= copied[1] - copied[0]
                                    - 2 * slack), "the passage found is the copied paragraph: " + f.at());
                } else {
                    unplanted.add(pair + ": " + f.message());
                }
            }
        }
        assertEquals(planted, found, "every planted copy is found on both reports");
        assertTrue(unplanted.size() <= REPORTS / 100, "at most one unplanted finding per 100 reports: " + unplanted);
    }

    /** The span of the paragraph under （三）主要做法和成效. */
    private static int[] copiedParagraph(String text) {
        int heading = text.indexOf("主要做法和成效");
        assertTrue(heading >= 0, "the generated report has the section");
        int start = text.indexOf('\n', heading) + 1;
        int end = text.indexOf('\n', start);
        return new int[] {start, end < 0 ? text.length() : end};
    }
}
