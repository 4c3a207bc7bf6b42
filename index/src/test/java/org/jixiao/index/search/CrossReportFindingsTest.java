package org.jixiao.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.testsupport.RequiresShared;

/**
 * The real cross-report checks through the index: the bundled corpus's planted cross-year mismatch is found on the
 * later report and links the earlier one; a passage copied between two departments' reports is a boilerplate
 * finding naming the other report; and the findings are searchable like any other.
 */
@RequiresShared
class CrossReportFindingsTest {

    @TempDir
    static Path dir;
    static ReportIndex index;
    static final List<ReportRecord> records = new ArrayList<>();

    private static final String COPIED = "本单位坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，统筹推进基层治理体系和治理能力现代化建设，"
            + "不断完善网格化管理和精细化服务机制，切实提升辖区居民的获得感、幸福感和安全感。";

    @BeforeAll
    static void build() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path a = files.resolve("copy-a-2023.txt");
        Path b = files.resolve("copy-b-2023.txt");
        Files.writeString(a, "甲县民政局2023年度部门整体支出绩效自评报告\n一、基本情况\n" + COPIED
                + "\n二、自评结论\n本单位自评得分为90分。\n", StandardCharsets.UTF_8);
        Files.writeString(b, "乙县农业农村局2023年度部门整体支出绩效自评报告\n一、基本情况\n今年以来，" + COPIED
                + "\n二、自评结论\n本单位自评得分为88分。\n", StandardCharsets.UTF_8);
        List<Path> all = new ArrayList<>(Fixtures.samples());
        all.add(a);
        all.add(b);
        try (IndexUpdater updater = IndexUpdater.open(dir.resolve("index"), CrossReportChecks.standard(), 50)) {
            for (Path f : all) {
                var r = Fixtures.extract(f);
                records.add(ReportRecord.of(r));
                updater.add(r);
            }
            updater.commit();
            updater.crossReportPass();
        }
        index = ReportIndex.open(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static ReportRecord record(String suffix) {
        return records.stream().filter(r -> r.path().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void thePlantedCrossYearMismatchIsFoundOnTheLaterReportAndLinksTheEarlierOne() throws IOException {
        JsonNode truth = ReportJson.parse(Files.readString(Fixtures.BUNDLED.resolve("0006-committee-2024.truth.json")));
        JsonNode planted = truth.get("planted").get(0);
        assertEquals("cross-year", planted.get("rule").asText());
        ReportRecord later = record("0006-committee-2024.rtf");
        ReportRecord earlier = record("0005-committee-2023.html");

        var hits = index.search(SearchQuery.all().withKinds(Set.of(EntryKind.FINDING)).withRule("cross-year")
                .withPage(0, 50));
        assertTrue(hits.total() >= 1, "the planted mismatch is searchable");
        Finding f = index.report(later.id()).orElseThrow().findings().stream()
                .filter(x -> x.rule().equals("cross-year")).findFirst().orElseThrow();
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals(List.of(earlier.id()), f.related());
        assertTrue(f.at().stream().anyMatch(at -> at.text().contains(planted.get("figures").get(0).asText())),
                "the evidence quotes the planted figure: " + f.at());
        assertTrue(index.report(earlier.id()).orElseThrow().findings().stream()
                .noneMatch(x -> x.rule().equals("cross-year")), "the earlier report is not blamed");
        // nothing else in the corpus is a cross-year error
        assertEquals(1, hits.hits().stream().filter(h -> h.record().get("severity").asText().equals("error")).count());
    }

    @Test
    void aPassageCopiedFromAnotherDepartmentIsNamedWithTheOtherReport() throws IOException {
        ReportRecord a = record("copy-a-2023.txt");
        ReportRecord b = record("copy-b-2023.txt");
        Finding onB = index.report(b.id()).orElseThrow().findings().stream()
                .filter(x -> x.rule().equals("boilerplate") && x.related().contains(a.id())).findFirst().orElseThrow();
        assertEquals(Finding.Severity.INFO, onB.severity());
        String text = index.text(b.id()).orElseThrow();
        assertFalse(onB.at().isEmpty());
        for (var at : onB.at()) {
            assertEquals(at.text(), text.substring(at.start(), at.end()));
            // winnowing finds the passage to within a few characters at either end
            assertTrue(at.text().length() >= 60 && COPIED.contains(at.text().substring(0, 40)), at.text());
        }
        // the real samples share no such passage with the test reports
        assertTrue(index.report(record("yanfeng-2021.docx").id()).orElseThrow().findings().stream()
                .noneMatch(x -> x.related().contains(a.id()) || x.related().contains(b.id())));
    }
}
