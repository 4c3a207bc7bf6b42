package org.jixiao.extractors.gold;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.testsupport.TestPaths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gold files themselves: that each parses, holds what was determined by reading the report, names files
 * that exist, and — the guard against typing mistakes — that every name, indicator text and number it records
 * is printed in the report's text ({@code shared/seeds}).
 */
class GoldFilesTest {

    /** Which seed text holds which sample report. */
    private static final Map<String, String> SEEDS = Map.of(
            "qingyuan-2020", "000_0ada66341c0b1a00.txt",
            "shangjie-2021", "001_82b8bd550c202cae.txt",
            "gexin-2025", "002_2ecae2ce6c959976.txt",
            "donghua-2024", "003_fe3f2ab936cbb788.txt",
            "yanfeng-2021", "004_b0a50c28cbd1ac66.txt");

    static List<String> samples() {
        return GoldReports.SAMPLES;
    }

    private static Path shared() {
        return TestPaths.shared();
    }

    @Test
    void thereIsExactlyOneGoldFilePerRealSample() throws IOException {
        List<String> names = GoldReports.goldFiles().stream()
                .map(p -> p.getFileName().toString().replace(".gold.json", "")).toList();
        assertEquals(GoldReports.SAMPLES.stream().sorted().toList(), names);
    }

    @Test
    void theGoldHoldsWhatReadingTheReportsFound() {
        Gold qingyuan = GoldReports.gold("qingyuan-2020");
        assertEquals(5, projects(qingyuan).size());
        assertTrue(qingyuan.evaluations().stream().noneMatch(Gold.Evaluation::isDepartment));
        assertEquals(List.of("94", "93", "98", "98", "98"),
                projects(qingyuan).stream().map(e -> e.score().toPlainString()).toList());

        Gold shangjie = GoldReports.gold("shangjie-2021");
        Gold.Evaluation shangjieDepartment = department(shangjie);
        assertEquals(0, new BigDecimal("99.34").compareTo(shangjie.score()));
        assertEquals(24, shangjieDepartment.indicators().size());
        assertEquals(4, shangjieDepartment.sections().size());
        assertEquals("94.50", shangjieDepartment.budget().rate().value().toPlainString());
        assertEquals(3, projects(shangjie).size());

        Gold gexin = GoldReports.gold("gexin-2025");
        assertEquals("优秀", department(gexin).grade());
        assertEquals(0, projects(gexin).size());
        assertNull(gexin.region());

        Gold donghua = GoldReports.gold("donghua-2024");
        assertEquals(16, projects(donghua).size());
        assertEquals(15, projects(donghua).stream().filter(e -> e.sections().size() == 4).count());
        assertTrue(projects(donghua).stream().allMatch(e -> "优秀".equals(e.grade()) && e.budget().planned() != null));

        Gold yanfeng = GoldReports.gold("yanfeng-2021");
        assertEquals(16, department(yanfeng).indicators().size());
        assertEquals(1, projects(yanfeng).size());
        assertEquals(15, projects(yanfeng).getFirst().indicators().size());
        assertEquals("2021.29", department(yanfeng).budget().initial().value().toPlainString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyGoldFileParsesAndExplainsItsChoices(String sample) {
        Gold gold = GoldReports.gold(sample);

        assertEquals(sample, gold.sample());
        assertNotNull(gold.year());
        assertNotNull(gold.department());
        assertTrue(!gold.notes().isEmpty(), "a gold file says how ambiguities were resolved");
        assertTrue(!gold.evaluations().isEmpty());
        for (String file : gold.files()) {
            assertTrue(Files.isRegularFile(shared().resolve("samples").resolve(file)), file);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aPerfectExtractionOfEachGoldScoresOneAndOne(String sample) {
        Gold gold = GoldReports.gold(sample);

        Score score = GoldScorer.score(gold, GoldReports.perfect(gold));

        assertEquals(1.0, score.precision(), score::toString);
        assertEquals(1.0, score.recall(), score::toString);
        assertTrue(score.total().gold() >= 5, score::toString);
        System.out.println(score);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyRecordedNameTextAndNumberIsPrintedInTheReport(String sample) throws IOException {
        String seed = squeeze(Files.readString(shared().resolve("seeds").resolve(SEEDS.get(sample))));
        Gold gold = GoldReports.gold(sample);
        List<String> absent = new ArrayList<>();

        check(seed, gold.title(), absent);
        check(seed, gold.department(), absent);
        check(seed, gold.grade(), absent);
        number(seed, gold.score(), absent);
        for (Gold.Evaluation e : gold.evaluations()) {
            if (e.names().stream().noneMatch(n -> seed.contains(squeeze(n)))) {
                absent.add(e.name());
            }
            check(seed, e.grade(), absent);
            number(seed, e.score(), absent);
            number(seed, e.maxScore(), absent);
            Gold.Budget b = e.budget();
            if (b != null) {
                for (Gold.Amount a : new Gold.Amount[] {b.initial(), b.fullYear(), b.planned(), b.executed(),
                        b.rate()}) {
                    if (a != null) {
                        number(seed, a.value(), absent);
                        check(seed, a.unit(), absent);
                    }
                }
            }
            for (Gold.Section s : e.sections()) {
                check(seed, s.name(), absent);
                number(seed, s.weight(), absent);
                number(seed, s.score(), absent);
            }
            for (Gold.Indicator i : e.indicators()) {
                for (String text : new String[] {i.level1(), i.level2(), i.level3(), i.target(), i.actual()}) {
                    check(seed, text, absent);
                }
                number(seed, i.weight(), absent);
                number(seed, i.score(), absent);
            }
        }
        assertEquals(List.of(), absent, "recorded in the gold but not printed in the report");
    }

    private static void check(String seed, String text, List<String> absent) {
        if (text != null && !seed.contains(squeeze(text))) {
            absent.add(text);
        }
    }

    /** The number as printed, scale kept: "94.50" must appear as 94.50. */
    private static void number(String seed, BigDecimal value, List<String> absent) {
        if (value != null && !seed.contains(value.toPlainString())) {
            absent.add(value.toPlainString());
        }
    }

    /** NFKC without whitespace, so line wraps and spacing in the seed do not matter. */
    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
    }

    private static List<Gold.Evaluation> projects(Gold gold) {
        return gold.evaluations().stream().filter(e -> !e.isDepartment()).toList();
    }

    private static Gold.Evaluation department(Gold gold) {
        return gold.evaluations().stream().filter(Gold.Evaluation::isDepartment).findFirst().orElseThrow();
    }
}
