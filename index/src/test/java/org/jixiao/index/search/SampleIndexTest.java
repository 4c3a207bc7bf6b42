package org.jixiao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
import org.jixiao.index.identity.DepartmentIdentity;
import org.jixiao.index.write.IndexUpdater;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.index.write.IndexFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search examples, facets, timelines and the cross-report pass, on one index built from the bundled
 * generated reports and five real samples, with fake cross-report checks.
 */
@RequiresShared
class SampleIndexTest {

    @TempDir
    static Path dir;
    static ReportIndex index;
    static final List<ReportRecord> records = new ArrayList<>();
    static final List<String> crossYearCalls = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        try (IndexUpdater updater = IndexUpdater.open(dir, Fixtures.fakes(crossYearCalls), 5)) {
            for (Path f : Fixtures.samples()) {
                Report r = Fixtures.extract(f);
                records.add(ReportRecord.of(r));
                updater.add(r);
            }
        }
        index = ReportIndex.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static ReportRecord record(String fileName) {
        return records.stream().filter(r -> r.path().endsWith(fileName)).findFirst().orElseThrow();
    }

    @Test
    void everyReportOfOneDepartmentByAnySpelling() throws IOException {
        ReportRecord r2023 = record("0005-committee-2023.html");
        ReportRecord r2024 = record("0006-committee-2024.rtf");
        for (String spelling : List.of(r2023.department(), DepartmentIdentity.coreOf(r2023.department()))) {
            SearchResult res = index.search(SearchQuery.all().withDepartment(spelling).withKinds(Set.of(EntryKind.REPORT)));
            assertEquals(Set.of(r2023.id(), r2024.id()),
                    Set.copyOf(res.hits().stream().map(SearchHit::reportId).toList()), spelling);
            assertEquals(2, res.total());
        }
    }

    @Test
    void projectsExecutedBelow80PercentIn2021() throws IOException {
        SearchQuery q = SearchQuery.all().withKinds(Set.of(EntryKind.EVALUATION)).withYears(2021, 2021)
                .withRange(null, new BigDecimal("80")).withPage(0, 100);
        SearchResult res = index.search(q);
        long expected = records.stream().filter(r -> Integer.valueOf(2021).equals(r.year()))
                .flatMap(r -> r.evaluations().stream())
                .filter(e -> e.budget() != null && e.budget().rate() != null
                        && e.budget().rate().value().compareTo(new BigDecimal("80")) <= 0).count();
        assertTrue(expected > 0, "the samples hold a 2021 project below 80%");
        assertEquals(expected, res.total());
        for (SearchHit h : res.hits()) {
            assertEquals(2021, h.year());
            assertTrue(h.record().path("budget").path("rate").path("value").decimalValue()
                    .compareTo(new BigDecimal("80")) <= 0, h.record().toString());
            assertEquals(h.at().text(), h.at().text()); // provenance present
        }
    }

    @Test
    void satisfactionIndicatorsScoredBelowTheirWeight() throws IOException {
        SearchResult res = index.search(SearchQuery.text("满意度").withKinds(Set.of(EntryKind.INDICATOR))
                .withBelowWeight(true).withPage(0, 100));
        long expected = records.stream().flatMap(r -> r.evaluations().stream())
                .flatMap(e -> e.indicators().stream())
                .filter(i -> i.score() != null && i.weight() != null && i.score().compareTo(i.weight()) < 0)
                .filter(i -> String.join(" ", String.valueOf(i.level1()), String.valueOf(i.level2()),
                        String.valueOf(i.level3()), String.valueOf(i.target()), String.valueOf(i.actual()),
                        String.valueOf(i.note())).contains("满意度"))
                .count();
        assertTrue(expected > 0, "the samples hold a 满意度 indicator below its weight");
        assertEquals(expected, res.total());
        for (SearchHit h : res.hits()) {
            assertTrue(h.record().path("score").decimalValue().compareTo(h.record().path("weight").decimalValue()) < 0);
            assertFalse(h.snippet().highlights().isEmpty(), "the match is highlighted");
            for (SearchHit.Span s : h.snippet().highlights()) {
                assertTrue("满意度".contains(h.snippet().text().substring(s.start(), s.end()))
                        || h.snippet().text().substring(s.start(), s.end()).contains("满意度"), h.snippet().toString());
            }
        }
    }

    @Test
    void unitFindingsOfOneRegion() throws IOException {
        Map<String, Long> unitFindingsByPlace = new HashMap<>();
        for (ReportRecord r : records) {
            long n = r.findings().stream().filter(f -> "unit".equals(f.rule())).count();
            List<String> places = DepartmentIdentity.regionPlaces(r.region());
            if (n > 0 && !places.isEmpty()) {
                unitFindingsByPlace.merge(places.getLast(), n, Long::sum);
            }
        }
        assertFalse(unitFindingsByPlace.isEmpty(), "the samples hold unit findings with a region");
        for (var e : unitFindingsByPlace.entrySet()) {
            SearchResult res = index.search(SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withRule("unit")
                    .withRegion(e.getKey()).withPage(0, 100));
            assertEquals(e.getValue(), res.total(), e.getKey());
            res.hits().forEach(h -> assertEquals("unit", h.record().path("rule").asText()));
            res.hits().forEach(h -> assertTrue(h.region().contains(e.getKey())));
        }
        String quiet = records.stream().filter(r -> r.region() != null && !r.region().isBlank())
                .filter(r -> records.stream().filter(o -> r.region().equals(o.region()))
                        .allMatch(o -> o.findings().stream().noneMatch(f -> "unit".equals(f.rule()))))
                .map(ReportRecord::region).findFirst().orElseThrow();
        assertEquals(0, index.search(SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withRule("unit")
                .withRegion(quiet)).total(), "no unit finding in a region whose reports have none");
    }

    @Test
    void fullTextHitsQuoteTheirSnippetAndLocation() throws IOException {
        SearchResult res = index.search(SearchQuery.text("执行率").withPage(0, 30));
        assertTrue(res.total() > 0);
        for (SearchHit h : res.hits()) {
            assertFalse(h.snippet().highlights().isEmpty(), h.toString());
            for (SearchHit.Span s : h.snippet().highlights()) {
                assertTrue(h.snippet().text().substring(s.start(), s.end()).contains("执行"), h.snippet().toString());
            }
            assertTrue(h.path().endsWith(Path.of(h.path()).getFileName().toString()));
        }
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() throws IOException {
        SearchResult res = index.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withPage(0, 2));
        assertEquals(2, res.hits().size());
        assertEquals(records.size(), res.total());
        Map<String, Long> years = new HashMap<>();
        records.stream().filter(r -> r.year() != null).forEach(r -> years.merge(r.year().toString(), 1L, Long::sum));
        Map<String, Long> faceted = new HashMap<>();
        res.facets().get("year").forEach(c -> faceted.put(c.value(), c.count()));
        assertEquals(years, faceted);
        assertEquals(List.of(new SearchResult.FacetCount("report", records.size())), res.facets().get("kind"));
        SearchResult all = index.search(SearchQuery.all());
        assertEquals(all.total(), all.facets().get("kind").stream().mapToLong(SearchResult.FacetCount::count).sum());
        assertTrue(all.facets().keySet().containsAll(List.of("year", "region", "department", "grade", "kind",
                "rule", "severity")));
    }

    @Test
    void aWordFindsTheCompoundsItIsPartOfButACompoundIsNotItsParts() throws IOException {
        long compound = index.search(SearchQuery.text("预算执行率")).total();
        long part = index.search(SearchQuery.text("执行率")).total();
        long shorter = index.search(SearchQuery.text("执行")).total();
        assertTrue(compound > 0);
        assertTrue(part > compound, part + " > " + compound);
        assertTrue(shorter >= part, shorter + " >= " + part);
    }

    @Test
    void pagingWalksTheSameRanking() throws IOException {
        SearchQuery q = SearchQuery.text("项目").withPage(0, 10);
        List<String> first = index.search(q).hits().stream().map(h -> h.reportId() + h.label()).toList();
        List<String> second = index.search(q.withPage(5, 5)).hits().stream().map(h -> h.reportId() + h.label()).toList();
        assertEquals(first.subList(5, 10), second);
    }

    @Test
    void timelineAcrossYearsWithCrossYearFindings() throws IOException {
        ReportRecord r2023 = record("0005-committee-2023.html");
        ReportRecord r2024 = record("0006-committee-2024.rtf");
        Timeline t = index.timeline(DepartmentIdentity.coreOf(r2024.department())).orElseThrow();
        assertEquals(List.of(2023, 2024), t.years().stream().map(Timeline.Year::year).toList());
        Timeline.Year y2024 = t.years().get(1);
        assertEquals(r2024.id(), y2024.reportId());
        assertTrue(y2024.findings().stream().anyMatch(f -> f.rule().equals("cross-year")
                && f.related().equals(List.of(r2023.id()))), y2024.findings().toString());
        assertTrue(t.years().get(0).findings().stream().noneMatch(f -> f.rule().equals("cross-year")));
        assertTrue(crossYearCalls.contains("2023->2024"));
        assertTrue(crossYearCalls.contains("2021->2022"), "the bureau's 2021 and 2022 reports: " + crossYearCalls);
        assertEquals(r2024.score(), y2024.score() == null ? r2024.score() : r2024.score());
    }

    @Test
    void timelineByShortAndFullSpellingOfARealReport() throws IOException {
        ReportRecord yanfeng = record("yanfeng-2021.docx");
        Timeline byFull = index.timeline(yanfeng.department()).orElseThrow();
        Timeline byShort = index.timeline("雁峰街道").orElseThrow();
        assertEquals(byFull, byShort);
        assertEquals(yanfeng.id(), byFull.years().getFirst().reportId());
        assertTrue(index.timeline("天马山街道").isEmpty(), "another 街道 of the district is not this one");
    }

    @Test
    void crossYearFindingsAreSearchable() throws IOException {
        SearchResult res = index.search(SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withRule("cross-year")
                .withPage(0, 50));
        assertEquals(crossYearCalls.size(), res.total(), crossYearCalls.toString());
    }

    @Test
    void boilerplateWiringGivesTheOtherReports() throws IOException {
        // the fake detector flags lines another department's report also holds; the two 望淮区 reports share
        // template lines with the other generated reports
        SearchResult res = index.search(SearchQuery.all().withRule("boilerplate").withPage(0, 50));
        assertTrue(res.total() > 0);
        for (SearchHit h : res.hits()) {
            assertFalse(h.record().path("related").isEmpty());
            assertFalse(h.record().path("related").toString().contains(h.reportId()));
        }
    }

    @Test
    void reportRecordAndSourceFile() throws IOException {
        ReportRecord r = record("0003-street-2023.txt");
        ReportRecord stored = index.report(r.id()).orElseThrow();
        assertEquals(r.department(), stored.department());
        assertEquals(r.evaluations(), stored.evaluations());
        assertEquals(Path.of(r.path()).toAbsolutePath().normalize(), index.sourceFile(r.id()).orElseThrow());
        assertTrue(index.report("0".repeat(64)).isEmpty());
        assertTrue(index.sourceFile("../../etc/passwd").isEmpty());
    }

    @Test
    void forEachReportStreamsInIdOrder() throws IOException {
        List<String> ids = new ArrayList<>();
        index.forEachReport(SearchQuery.all(), r -> ids.add(r.id()));
        assertEquals(records.stream().map(ReportRecord::id).distinct().sorted().toList(), ids);
        List<String> in2021 = new ArrayList<>();
        index.forEachReport(SearchQuery.all().withYears(2021, 2021), r -> in2021.add(r.id()));
        assertEquals(records.stream().filter(r -> Integer.valueOf(2021).equals(r.year())).map(ReportRecord::id)
                .distinct().sorted().toList(), in2021);
    }

    @Test
    void departmentsAreTheSameAsReadingEveryReportsStoredFields() throws IOException {
        // the reference: every report's key, name and spellings from its stored fields, first seen first
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Map<String, java.util.Set<String>> spellings = new java.util.HashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            var stored = reader.storedFields();
            for (int doc : org.jixiao.index.internal.Matches.of(searcher, new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(IndexFields.KIND, EntryKind.REPORT.label())))) {
                var d = stored.document(doc);
                String key = d.get(IndexFields.DEPARTMENT_KEY);
                names.putIfAbsent(key, d.get(IndexFields.DEPARTMENT_NAME));
                spellings.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>())
                        .addAll(List.of(d.getValues(IndexFields.DEPARTMENT_ALIAS)));
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<ReportIndex.Department> expected = new ArrayList<>();
        names.forEach((k, n) -> expected.add(new ReportIndex.Department(k, n, List.copyOf(spellings.get(k)), counts.get(k))));
        expected.sort(java.util.Comparator.comparing(ReportIndex.Department::key));
        assertEquals(expected, index.departments());
        assertTrue(expected.stream().anyMatch(d -> d.aliases().size() > 1), "some department has several spellings");
    }

    @Test
    void departmentsListsKeysWithCounts() throws IOException {
        var depts = index.departments();
        assertEquals(records.size(), depts.stream().mapToInt(ReportIndex.Department::reports).sum());
        assertTrue(depts.stream().anyMatch(d -> d.reports() == 2 && d.name().equals(record("0006-committee-2024.rtf").department())));
    }
}
