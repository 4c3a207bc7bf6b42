package org.jixiao.extractors.gold;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.metadata.MetadataExtractor;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The part of the gold the extractors can already be scored on before the orchestrator exists: the metadata
 * (title, department, region, year) that {@link MetadataExtractor} finds in each sample's preferred file.
 */
@RequiresShared
class MetadataGoldTest {

    @Test
    void metadataOfTheFiveSamplesMatchesTheGold() {
        MetadataExtractor extractor = new MetadataExtractor();
        List<Score> scores = new ArrayList<>();
        for (String sample : GoldReports.SAMPLES) {
            Gold gold = GoldReports.gold(sample);
            Path file = TestPaths.sample(gold.files().getFirst());
            ReadResult read = new DocumentReader().read(file);
            ReportMetadata metadata = extractor.extract(((ReadResult.Loaded) read).document());
            System.out.println(sample + ": " + metadata.title() + " / " + metadata.department() + " / " + metadata.region() + " / " + metadata.year());
            Report report = new Report(null, metadata, null, null, List.of(), List.of(), List.of(), List.of());
            scores.add(GoldScorer.score(gold, report));
        }
        Score all = Score.sum("metadata of all five samples", scores);
        System.out.println(all);

        Score.Tally metadata = all.of(FieldType.METADATA);
        assertEquals(19, metadata.gold(), "title, department and year for five reports, region for four");
        assertTrue(metadata.precision() >= 0.95, all::toString);
        assertTrue(metadata.recall() >= 0.95, all::toString);
    }
}
