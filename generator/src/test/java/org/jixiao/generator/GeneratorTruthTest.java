package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Amount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's promises about its models: deterministic from the seed, every planted problem a real
 * inconsistency beyond rounding, every figure not planted consistent under interval arithmetic, and the
 * recorded rounding-only differences really only rounding.
 */
class GeneratorTruthTest {

    private static final int N = 400;
    private static List<GeneratedReport> corpus;

    @BeforeAll
    static void generate() {
        corpus = CorpusGenerator.models(20260101L, N);
    }

    private static List<Evaluation> forms(GeneratedReport r) {
        List<Evaluation> all = new ArrayList<>();
        all.add(r.whole());
        all.addAll(r.projects());
        return all;
    }

    private static Set<String> rules(GeneratedReport r) {
        Set<String> s = new HashSet<>();
        r.planted().forEach(p -> s.add(p.rule()));
        return s;
    }

    private static String truth(GeneratedReport r) {
        return TruthWriter.toJson(r, "t", r.stem() + ".txt", OutputFormat.TXT, 1, 0);
    }

    @Test
    void theSameSeedGivesTheSameTruthAndAnotherSeedAnotherCorpus() {
        List<GeneratedReport> again = CorpusGenerator.models(20260101L, 30);
        for (int i = 0; i < 30; i++) {
            assertEquals(truth(corpus.get(i)), truth(again.get(i)), "report " + i);
            assertEquals(ReportWriter.write(corpus.get(i)), ReportWriter.write(again.get(i)), "layout " + i);
        }
        List<GeneratedReport> other = CorpusGenerator.models(20260102L, 30);
        assertNotEquals(truth(corpus.get(0)), truth(other.get(0)));
    }

    @Test
    void eachReportHasZeroToThreePlantedProblemsAndEveryRuleOccurs() {
        Map<String, Integer> byRule = new TreeMap<>();
        Map<Integer, Integer> byCount = new TreeMap<>();
        for (GeneratedReport r : corpus) {
            assertTrue(r.planted().size() <= 3, r.stem());
            byCount.merge(r.planted().size(), 1, Integer::sum);
            r.planted().forEach(p -> byRule.merge(p.rule(), 1, Integer::sum));
        }
        assertEquals(Set.of(0, 1, 2, 3), byCount.keySet(), byCount.toString());
        assertEquals(new HashSet<>(Planter.RULES), byRule.keySet(), byRule.toString());
    }

    @Test
    void plantedProblemsAreInconsistentBeyondRounding() {
        Map<String, GeneratedReport> previous = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            GeneratedReport r = corpus.get(i);
            for (Planted p : r.planted()) {
                Evaluation e = forms(r).stream().filter(f -> f.name().equals(p.evaluation())).findFirst()
                        .orElse(null);
                ProseFigures t = r.prose();
                String where = r.stem() + " " + p;
                switch (p.rule()) {
                    case "sum" -> assertFalse(Intervals.sumConsistent(e.budget().subList(1, e.budget().size())
                            .stream().map(BudgetLine::executed).toList(), e.totalLine().executed()), where);
                    case "rate" -> assertFalse(Intervals.ratioConsistent(e.totalLine().executed(),
                            e.totalLine().fullYear(), e.totalLine().rate()), where);
                    case "change" -> assertFalse(changeConsistent(t), where);
                    case "score-sum" -> assertFalse(Intervals.sumConsistent(
                            e.sections().stream().map(Section::score).toList(), e.total()), where);
                    case "score-range" -> assertTrue(e.indicators().stream()
                            .anyMatch(x -> x.score().compareTo(x.weight()) > 0), where);
                    case "grade" -> assertNotEquals(r.grades().gradeOf(e.total()), e.grade(), where);
                    case "count" -> assertEquals(t.listed().size() - 1, t.statedCount(), where);
                    case "duplicate" -> {
                        Set<String> listed = new HashSet<>();
                        t.listed().forEach(l -> listed.add(l.name()));
                        assertTrue(listed.size() < t.listed().size(), where);
                        assertTrue(r.projects().stream().anyMatch(x -> !listed.contains(x.name())), where);
                    }
                    case "unit" -> assertTrue(t.budgetUnitInYuan(), where);
                    case "text-table" -> assertFalse(Intervals.sumConsistent(List.of(t.textExecuted()),
                            r.whole().totalLine().executed()), where);
                    case "cross-year" -> {
                        GeneratedReport prev = corpus.get(i - 1);
                        assertEquals(r.department(), prev.department(), where);
                        assertEquals(prev.year() + 1, r.year(), where);
                        assertNotEquals(0, prev.prose().income().compareTo(t.lastIncome()), where);
                    }
                    default -> throw new AssertionError("unknown rule " + p.rule());
                }
                assertFalse(p.expected().equals(p.actual()), where);
            }
        }
    }

    @Test
    void everythingNotPlantedIsConsistentUnderIntervalArithmetic() {
        for (int i = 0; i < corpus.size(); i++) {
            GeneratedReport r = corpus.get(i);
            Set<String> planted = rules(r);
            for (Evaluation e : forms(r)) {
                String where = r.stem() + " / " + e.name();
                List<BudgetLine> sources = e.budget().subList(1, e.budget().size());
                assertTrue(Intervals.sumConsistent(sources.stream().map(BudgetLine::initial).toList(),
                        e.totalLine().initial()), where);
                assertTrue(Intervals.sumConsistent(sources.stream().map(BudgetLine::fullYear).toList(),
                        e.totalLine().fullYear()), where);
                assertTrue(planted.contains("sum") || Intervals.sumConsistent(
                        sources.stream().map(BudgetLine::executed).toList(), e.totalLine().executed()), where);
                for (BudgetLine l : e.budget()) {
                    assertTrue(Intervals.ratioConsistent(l.executed(), l.fullYear(), l.rate())
                            || planted.contains("rate") && l == e.totalLine(), where + " " + l);
                }
                if (!planted.contains("score-sum")) {
                    assertTrue(Intervals.sumConsistent(e.sections().stream().map(Section::score).toList(),
                            e.total()), where);
                }
                if (!planted.contains("score-range")) {
                    e.indicators().forEach(x -> assertTrue(x.score().compareTo(x.weight()) <= 0, where + x));
                }
                if (!planted.contains("grade") && !planted.contains("score-sum")) {
                    assertEquals(r.grades().gradeOf(e.total()), e.grade(), where);
                }
                assertEquals(0, BigDecimal.valueOf(100).compareTo(e.maxScore()), where);
            }
            ProseFigures t = r.prose();
            if (!planted.contains("change")) {
                assertTrue(changeConsistent(t), r.stem());
            }
            if (!planted.contains("text-table")) {
                assertEquals(r.whole().totalLine().executed(), t.textExecuted(), r.stem());
            }
            if (!planted.contains("count")) {
                assertEquals(t.listed().size(), t.statedCount(), r.stem());
            }
            if (!planted.contains("cross-year") && i % 4 == 1) {
                assertEquals(corpus.get(i - 1).prose().income(), t.lastIncome(), r.stem());
            }
            assertTrue(Intervals.sumConsistent(List.of(t.basic(), t.projectExpense()), t.expense()), r.stem());
        }
    }

    @Test
    void roundingOnlyCasesDifferNaivelyButAreConsistentAndTheyDoOccur() {
        Map<String, Integer> byRule = new TreeMap<>();
        for (GeneratedReport r : corpus) {
            for (RoundingCase c : r.rounding()) {
                assertNotEquals(0, new BigDecimal(c.naive()).compareTo(new BigDecimal(c.printed())), c.toString());
                // small: a rate of a small amount can move a few hundredths, never a whole point
                assertTrue(new BigDecimal(c.naive()).subtract(new BigDecimal(c.printed())).abs()
                        .compareTo(BigDecimal.ONE) < 0, c.toString());
                byRule.merge(c.rule(), 1, Integer::sum);
            }
        }
        assertTrue(byRule.getOrDefault("sum", 0) > 20, byRule.toString());
        assertTrue(byRule.getOrDefault("rate", 0) > 5, byRule.toString());
        assertTrue(byRule.getOrDefault("change", 0) > 5, byRule.toString());
    }

    @Test
    void theTruthIsTheContractsRecordAndItsOwnReaderReadsTheFormsBack() {
        for (GeneratedReport r : corpus.subList(0, 40)) {
            String json = truth(r);
            ReportRecord back = ReportRecord.read(json);
            assertEquals(r.department().name(), back.department());
            assertEquals(Integer.valueOf(r.year()), back.year());
            assertEquals(r.score(), back.score());
            assertEquals(TruthWriter.evaluations(r), back.evaluations(), r.stem());
            assertEquals(1 + r.projects().size(), back.evaluations().size());
            var whole = back.evaluations().get(0);
            assertEquals("department", whole.scope().label());
            assertEquals(r.whole().name(), whole.name());
            Amount executed = whole.budget().executed();
            assertEquals(r.whole().totalLine().executed(), executed.value(), "printed digits and scale kept");
            assertEquals("万元", executed.unit());
            assertEquals(0, executed.value().movePointRight(4).compareTo(executed.yuan()));
            assertEquals(r.whole().indicators().size(), whole.indicators().size());
            assertEquals(r.whole().sections().get(0).weight(), whole.sections().get(0).weight());
            assertFalse(json.contains("\"at\""), "the generator has no provenance to give: " + r.stem());
        }
    }

    @Test
    void aContinuedDepartmentReportsTheNextYearWithLastYearsIncome() {
        for (int i = 1; i < corpus.size(); i += 4) {
            GeneratedReport prev = corpus.get(i - 1);
            GeneratedReport r = corpus.get(i);
            assertEquals(prev.department(), r.department());
            assertEquals(prev.year() + 1, r.year());
            assertTrue(r.year() >= 2022 && r.year() <= 2025, r.stem());
        }
    }

    @Test
    void namesAndPlacesComeFromTheResourcesWithAnAdministrativeSuffix() {
        for (GeneratedReport r : corpus) {
            String name = r.department().name();
            assertTrue(name.startsWith(r.department().region().district()), name);
            assertTrue(name.matches(".*(街道办事处|镇人民政府|局|委员会)"), name);
            assertFalse(r.department().alias().isEmpty());
        }
    }

    private static boolean changeConsistent(ProseFigures t) {
        BigDecimal signed = t.increase() ? t.change() : t.change().negate();
        BigDecimal pct = t.increase() ? t.changePercent() : t.changePercent().negate();
        return Intervals.differenceConsistent(t.income(), t.lastIncome(), signed)
                && Intervals.changePercentConsistent(t.income(), t.lastIncome(), pct);
    }
}
