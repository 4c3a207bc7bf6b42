package org.jixiao.extractors.check.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole seed texts: the bands a report states are found among everything else it says, and prose is not bands. */
@RequiresShared
class SeedBandsTest {

    private static String seed(String name) throws IOException {
        String raw = Files.readString(TestPaths.seeds().resolve(name));
        return TextNormalizer.get().normalizeText(raw, TextNormalizer.Mode.LINES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000_0ada66341c0b1a00.txt|",
            "001_82b8bd550c202cae.txt|优 ≥90; 良 ≥80; 中 ≥60; 差 ≥0",
            "002_2ecae2ce6c959976.txt|",
            "003_fe3f2ab936cbb788.txt|优秀 ≥85; 良好 ≥75; 一般 ≥60; 较差 <",
            "004_b0a50c28cbd1ac66.txt|"})
    void bandsInWholeReports(String file, String expected) throws IOException {
        Optional<GradeBands> bands = GradeBands.parse(seed(file));
        assertEquals(Optional.ofNullable(expected), bands.map(GradeBands::toString));
    }
}
