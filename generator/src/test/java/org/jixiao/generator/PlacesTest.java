package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A large corpus gets more districts, so its departments publish about one report a year; a small one is unchanged. */
class PlacesTest {

    @Test
    void aSmallCorpusDrawsFromTheListedPlacesOnly() {
        List<String> listed = Pools.get().list("places", "");
        assertEquals(listed, Places.forCorpus(8));
        assertEquals(listed, Places.forCorpus(2400), "the bundled corpus, the tests' and the benchmark's stay as they were");
    }

    @Test
    void aLargeCorpusAddsDistinctDistrictsInListedProvinces() {
        List<String> places = Places.forCorpus(100_000);
        assertEquals(100_000 / Places.REPORTS_PER_DISTRICT, places.size());
        Set<String> districts = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        Pools.get().list("places", "").forEach(p -> provinces.add(p.split("\\|")[0]));
        for (String p : places) {
            String[] f = p.split("\\|");
            assertTrue(districts.add(f[2]), "a district named twice: " + f[2]);
            assertTrue(f[2].endsWith("区") || f[2].endsWith("县"), f[2]);
            assertTrue(provinces.contains(f[0]), f[0]);
        }
    }

    @Test
    void reportsPerDepartmentAndYearStayFewAndDoNotGrowWithTheCorpus() {
        double at6k = reportsPerDepartmentYear(6_000);
        double at12k = reportsPerDepartmentYear(12_000);
        assertTrue(at12k < 2, "reports per department and year: " + at12k);
        assertTrue(Math.abs(at12k - at6k) < 0.15 * at6k, at6k + " at 6,000 reports, " + at12k + " at 12,000");
    }

    private static double reportsPerDepartmentYear(int count) {
        Map<String, Integer> perDepartmentYear = new HashMap<>();
        CorpusGenerator.forEachModel(7L, count, r ->
                perDepartmentYear.merge(r.department().name() + r.year(), 1, Integer::sum));
        int max = perDepartmentYear.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(max <= 8, "at most a few of one department in one year: " + max);
        return (double) count / perDepartmentYear.size();
    }
}
