package org.jixiao.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-report pass of a later run checks what the run changed, not the index: the new reports, the pairs of
 * years with a new side, and the earlier reports a new one can change; everything else keeps its findings.
 */
class IncrementalCrossReportTest {

    @TempDir
    Path tmp;

    /** A passage of invented text, long and particular enough to be a copy wherever two reports share it. */
    private static final String PASSAGE = "本局围绕某某河道清淤疏浚工程建立周例会和月通报制度，由分管领导牵头逐段核对施工台账与监理日志，"
            + "对滞后标段实行挂图作战并约谈施工单位负责人，确保汛期前完成全部清淤任务并通过竣工验收。";

    private Path report(String name, String department, int year, String extra) throws IOException {
        Path f = tmp.resolve("files").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, department + year + "年度部门整体支出绩效自评报告\n"
                + "一、部门基本情况\n" + department + "主要负责辖区公共服务。" + extra + "\n"
                + "二、预算执行情况\n" + year + "年度全年预算数120.50万元，全年执行数110.20万元，预算执行率91.45%。\n"
                + "三、自评结论\n自评得分92分，评价等级为优。\n", StandardCharsets.UTF_8);
        return f;
    }

    private static IndexUpdater.Stats ingest(Path idx, CrossReportChecks checks, Path... files) throws IOException {
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = new ReportExtractor();
        try (IndexUpdater u = IndexUpdater.open(idx, checks, 10)) {
            for (Path f : files) {
                if (reader.read(f) instanceof ReadResult.Loaded l) {
                    u.add(extractor.extract(l.document()));
                }
            }
            u.crossReportPass();
            return u.stats();
        }
    }

    private static List<SearchHit> findings(Path idx, String rule) throws IOException {
        try (ReportIndex i = ReportIndex.open(idx)) {
            return i.search(SearchQuery.all().withRule(rule).withPage(0, 100)).hits();
        }
    }

    /** Each finding as "file of the report → file named in its message", sorted. */
    private static Set<String> pairs(Path idx, String rule) throws IOException {
        Set<String> out = new TreeSet<>();
        for (SearchHit h : findings(idx, rule)) {
            String msg = h.record().get("message").asText();
            String named = msg.replaceAll(".*（\\d+年，([^）]+)）.*", "$1");
            out.add(Path.of(h.path()).getFileName() + "→" + named);
        }
        return out;
    }

    private static Finding fake(String rule, String message) {
        return new Finding(rule, rule + ".fake", Finding.Severity.INFO, message, null, null, null, List.of(),
                List.of());
    }

    @Test
    void aLaterRunChecksOnlyItsReportsAndThePairsTheyJoin() throws IOException {
        Path idx = tmp.resolve("index");
        AtomicInteger run = new AtomicInteger(1);
        List<String> boilerplate = new ArrayList<>();
        List<String> crossYear = new ArrayList<>();
        CrossReportChecks tracing = new CrossReportChecks((prev, cur) -> {
            crossYear.add(prev.year() + "->" + cur.year());
            return List.of(fake("cross-year", "第" + run.get() + "次：" + prev.year() + "->" + cur.year()));
        }, t -> List.of(), (self, t, f, h, n) -> {
            boilerplate.add(Path.of(self.path()).getFileName().toString());
            return List.of(fake("boilerplate", "第" + run.get() + "次"));
        });
        Path a21 = report("a-2021.txt", "北岭街道", 2021, "");
        Path a23 = report("a-2023.txt", "北岭街道", 2023, "");
        Path b22 = report("b-2022.txt", "南湖县水利局", 2022, "");
        ingest(idx, tracing, a21, a23, b22);
        assertEquals(Set.of("a-2021.txt", "a-2023.txt", "b-2022.txt"), Set.copyOf(boilerplate));
        assertEquals(List.of(), crossYear, "2021 and 2023 are not consecutive");

        boilerplate.clear();
        run.set(2);
        Path a22 = report("a-2022.txt", "北岭街道", 2022, "");
        IndexUpdater.Stats stats = ingest(idx, tracing, a22);
        assertEquals(List.of("a-2022.txt"), boilerplate, "only the new report is checked for boilerplate");
        assertEquals(1, stats.crossReportChecked);
        assertEquals(List.of("2021->2022", "2022->2023"), crossYear,
                "the new year pairs with the one before and becomes the predecessor of the one after");

        Set<String> messages = new TreeSet<>();
        for (SearchHit h : findings(idx, "boilerplate")) {
            messages.add(Path.of(h.path()).getFileName() + " " + h.record().get("message").asText());
        }
        assertEquals(Set.of("a-2021.txt 第1次", "a-2023.txt 第1次", "b-2022.txt 第1次", "a-2022.txt 第2次"), messages,
                "the reports of the first run keep their findings, stored once");
        Set<String> years = new TreeSet<>();
        for (SearchHit h : findings(idx, "cross-year")) {
            years.add(h.year() + " " + h.record().get("message").asText());
        }
        assertEquals(Set.of("2022 第2次：2021->2022", "2023 第2次：2022->2023"), years,
                "the cross-year findings sit on the later year of each pair");
    }

    @Test
    void aReportOfTheSameYearArrivingLaterTakesOverThePairAsInOneRun() throws IOException {
        // a department's reports sorted by (year, id) pair with their predecessor: a second 2023 report arriving
        // later sits before or after the first (ids are content hashes), and the pairs must end as one run makes them
        CrossReportChecks named = new CrossReportChecks((prev, cur) -> List.of(fake("cross-year",
                Path.of(prev.path()).getFileName() + "->" + Path.of(cur.path()).getFileName())),
                t -> List.of(), (self, t, f, h, n) -> List.of());
        Path x = report("x-2022.txt", "北岭街道", 2022, "");
        Path y = report("y-2023.txt", "北岭街道", 2023, "");
        Path z = report("z-2023.txt", "北岭街道", 2023, "另有说明。");
        Files.writeString(z, Files.readString(z).replace("自评得分92分", "自评得分85分")); // another report, not a copy
        Path once = tmp.resolve("once");
        ingest(once, named, x, y, z);
        Path twice = tmp.resolve("twice");
        ingest(twice, named, x, y);
        ingest(twice, named, z);
        List<String> expected = findings(once, "cross-year").stream()
                .map(h -> h.record().get("message").asText()).toList();
        assertEquals(1, expected.size(), "one pair of consecutive years: " + expected);
        assertEquals(expected, findings(twice, "cross-year").stream().map(h -> h.record().get("message").asText())
                .toList(), "the report no longer next to 2022 loses its finding");
    }

    @Test
    void aChangedReportHasItsFindingsAndItsSuccessorsReplaced() throws IOException {
        Path idx = tmp.resolve("index");
        CrossReportChecks byText = new CrossReportChecks(
                (prev, cur) -> List.of(fake("cross-year", "上年" + prev.score())),
                t -> List.of(), (self, t, f, h, n) -> List.of(fake("boilerplate", t.contains("补充") ? "新" : "旧")));
        Path a = report("a-2022.txt", "青园街道", 2022, "");
        Path b = report("b-2023.txt", "青园街道", 2023, "");
        ingest(idx, byText, a, b);
        Files.writeString(a, Files.readString(a).replace("自评得分92分", "自评得分88分").replace("公共服务。", "公共服务。补充说明。"));
        ingest(idx, byText, a);
        List<String> bp = findings(idx, "boilerplate").stream()
                .map(h -> Path.of(h.path()).getFileName() + " " + h.record().get("message").asText()).sorted().toList();
        assertEquals(List.of("a-2022.txt 新", "b-2023.txt 旧"), bp, "the changed report's finding replaced, once");
        List<String> cy = findings(idx, "cross-year").stream().map(h -> h.record().get("message").asText()).toList();
        assertEquals(List.of("上年88"), cy, "the next year's cross-year finding compares with the changed report");
    }

    @Test
    void aLaterCopyOfAnotherDepartmentsReportIsNamedOnBothAsInOneRun() throws IOException {
        Path a = report("a-2023.txt", "甲县农业农村局", 2023, PASSAGE);
        // three more departments, so the layout all these reports share is held by five: template
        Path c = report("c-2023.txt", "丙县民政局", 2023, "今年新建日间照料中心两处。");
        Path d = report("d-2023.txt", "丁县水利局", 2023, "今年完成小型水库除险加固三座。");
        Path e = report("e-2023.txt", "戊县林业局", 2023, "今年完成植树造林八百亩。");
        Path b = report("b-2023.txt", "乙县交通运输局", 2023, "今年以来，" + PASSAGE);
        Path once = tmp.resolve("once");
        ingest(once, CrossReportChecks.standard(), a, c, d, e, b);
        Set<String> expected = Set.of("a-2023.txt→b-2023.txt", "b-2023.txt→a-2023.txt");
        assertEquals(expected, pairs(once, "boilerplate"), "one run: each names the other");

        Path twice = tmp.resolve("twice");
        ingest(twice, CrossReportChecks.standard(), a, c, d, e);
        assertEquals(Set.of(), pairs(twice, "boilerplate"));
        IndexUpdater.Stats second = ingest(twice, CrossReportChecks.standard(), b);
        assertEquals(expected, pairs(twice, "boilerplate"),
                "the earlier report gains the finding naming its later copy, as if both came in one run");
        assertEquals(2, second.crossReportChecked, "the new report and the one it copies; not the others");
        for (SearchHit h : findings(twice, "boilerplate")) {
            String text;
            try (ReportIndex i = ReportIndex.open(twice)) {
                text = i.text(h.reportId()).orElseThrow();
            }
            assertEquals(h.at().text(), text.substring(h.at().start(), h.at().end()), "the evidence quotes the text");
        }
    }

    @Test
    void aLaterYearCopyingItsOwnDepartmentIsNamedOnTheLaterYearOnly() throws IOException {
        Path a = report("a-2023.txt", "甲县农业农村局", 2023, PASSAGE);
        Path later = report("a-2024.txt", "甲县农业农村局", 2024, PASSAGE);
        Path idx = tmp.resolve("index");
        ingest(idx, CrossReportChecks.standard(), a);
        IndexUpdater.Stats second = ingest(idx, CrossReportChecks.standard(), later);
        assertEquals(Set.of("a-2024.txt→a-2023.txt"), pairs(idx, "boilerplate"));
        assertEquals(1, second.crossReportChecked, "the earlier year counts nothing from a later one: not re-checked");
    }

    @Test
    void textThatALaterRunMakesTemplateNoLongerCountsAsCopiedOnEarlierReports() throws IOException {
        // in an index this small, text held by more than 4 reports is template
        String[] departments = {"甲县农业农村局", "乙县交通运输局", "丙县民政局", "丁县水利局", "戊县林业局"};
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < departments.length; k++) {
            files.add(report("r" + k + "-2023.txt", departments[k], 2023, PASSAGE));
        }
        Path idx = tmp.resolve("index");
        ingest(idx, CrossReportChecks.standard(), files.get(0), files.get(1));
        assertEquals(Set.of("r0-2023.txt→r1-2023.txt", "r1-2023.txt→r0-2023.txt"), pairs(idx, "boilerplate"));
        ingest(idx, CrossReportChecks.standard(), files.subList(2, 5).toArray(Path[]::new));
        assertEquals(Set.of(), pairs(idx, "boilerplate"), "five holders: template, as one run would find");
        assertTrue(findings(idx, "boilerplate").isEmpty());
    }
}
