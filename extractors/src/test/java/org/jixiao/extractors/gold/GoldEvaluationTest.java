package org.jixiao.extractors.gold;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance bar: extraction from the five real sample reports, scored field by field against
 * their hand-written gold, reaches precision and recall of at least 0.95 over all five; each report alone
 * stays above a regression floor.
 * Each report is read from its preferred file (the first the gold lists: .docx where there is one, else .pdf or
 * .txt), and the score table is printed so the figures can be copied into the README.
 */
@RequiresShared
class GoldEvaluationTest {

    /** The bar, over the five samples together. */
    private static final double BAR = 0.95;

    /**
     * A floor per sample, against regressions. Lower than the bar because some gold choices are readings the
     * extractor deliberately does not share: an unnamed or repeated score paragraph is kept as its own
     * evaluation (the checks report it as missing/duplicate) where the gold leaves it out, and budget-only
     * tasks of a department form are gold projects the extractor does not invent.
     */
    private static final double SAMPLE_FLOOR = 0.85;

    static List<String> samples() {
        return GoldReports.SAMPLES;
    }

    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static Score scoreOf(String sample) {
        Gold gold = GoldReports.gold(sample);
        Path file = preferredFile(gold);
        ReadResult read = new DocumentReader().read(file);
        if (!(read instanceof ReadResult.Loaded loaded)) {
            throw new AssertionError(file + ": " + ((ReadResult.Failed) read).reason());
        }
        SourceDocument document = loaded.document();
        Report report = EXTRACTOR.extract(document);
        return GoldScorer.score(gold, report);
    }

    private static Path preferredFile(Gold gold) {
        Path samples = TestPaths.shared().resolve("samples");
        for (String name : gold.files()) {
            Path file = samples.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("none of " + gold.files() + " is in " + samples);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleReachesTheBar(String sample) {
        Score score = scoreOf(sample);
        System.out.println(score);

        assertTrue(score.precision() >= SAMPLE_FLOOR, () -> "precision below " + SAMPLE_FLOOR + "\n" + score);
        assertTrue(score.recall() >= SAMPLE_FLOOR, () -> "recall below " + SAMPLE_FLOOR + "\n" + score);
    }

    @Test
    void allFiveTogetherReachTheBar() {
        List<Score> scores = new ArrayList<>();
        for (String sample : GoldReports.SAMPLES) {
            scores.add(scoreOf(sample));
        }
        Score all = Score.sum("all five samples", scores);
        System.out.println(all);

        assertTrue(all.precision() >= BAR, all::toString);
        assertTrue(all.recall() >= BAR, all::toString);
    }
}
