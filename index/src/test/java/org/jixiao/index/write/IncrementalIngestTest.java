package org.jixiao.index.write;

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
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingesting: unchanged files skipped, changed files replaced, vanished files pruned, interruptions survived. */
class IncrementalIngestTest {

    @TempDir
    Path tmp;

    private static final Path BUNDLED = TestPaths.bundledCorpus();

    /** Two small reports of one department, two consecutive years, written for the test. */
    private Path report(String name, String department, int year, String extra) throws IOException {
        Path f = tmp.resolve("files").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, department + year + "年度部门整体支出绩效自评报告\n"
                + "一、部门基本情况\n" + department + "主要负责辖区公共服务。" + extra + "\n"
                + "二、预算执行情况\n" + year + "年度全年预算数120.50万元，全年执行数110.20万元，预算执行率91.45%。\n"
                + "三、自评结论\n自评得分92分，评价等级为优。\n", StandardCharsets.UTF_8);
        return f;
    }

    private static int ingest(IndexUpdater u, List<Path> files) throws IOException {
        int skipped = 0;
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = new ReportExtractor();
        for (Path f : files) {
            if (u.unchanged(f, SourceFile.of(f).sha256())) {
                skipped++;
                continue;
            }
            if (reader.read(f) instanceof ReadResult.Loaded l) {
                u.add(extractor.extract(l.document()));
            }
        }
        return skipped;
    }

    private long count(Path index, SearchQuery q) throws IOException {
        try (ReportIndex i = ReportIndex.open(index)) {
            return i.search(q).total();
        }
    }

    @Test
    void unchangedFilesAreSkippedAndChangedOnesReplaced() throws IOException {
        Path idx = tmp.resolve("index");
        Path a = report("a-2022.txt", "雁峰区雁峰街道办事处", 2022, "辖区内有甲乙社区。");
        Path b = report("b-2023.txt", "雁峰街道", 2023, "新建文化广场一处。");
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            assertEquals(0, ingest(u, List.of(a, b)));
            assertEquals(2, u.stats().added);
        }
        long documents = count(idx, SearchQuery.all());
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            assertEquals(2, ingest(u, List.of(a, b)), "both unchanged");
            assertEquals(0, u.stats().added + u.stats().replaced);
        }
        assertEquals(documents, count(idx, SearchQuery.all()), "nothing doubled");

        Files.writeString(b, Files.readString(b).replace("文化广场", "体育公园"));
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            assertEquals(1, ingest(u, List.of(a, b)));
            assertEquals(1, u.stats().replaced);
        }
        assertEquals(0, count(idx, SearchQuery.text("文化广场")), "the old text is gone");
        assertEquals(1, count(idx, SearchQuery.text("体育公园").withKinds(Set.of(EntryKind.REPORT))));
        assertEquals(2, count(idx, SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))));
        try (ReportIndex i = ReportIndex.open(idx)) {
            assertEquals(2, i.timeline("雁峰街道").orElseThrow().years().size(), "two spellings, one department");
        }
    }

    @Test
    void aCopyOfAReportIndexedInAnEarlierRunBecomesItsOtherFile() throws IOException {
        // the other file's document once lacked the report id's doc values, which Lucene refuses in an index whose
        // committed segments have them: the whole second ingest failed
        Path idx = tmp.resolve("index");
        Path a = report("a-2022.txt", "北岭街道", 2022, "辖区内有丙丁社区。");
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            ingest(u, List.of(a));
        }
        Path copy = tmp.resolve("files").resolve("copy").resolve("a-2022-copy.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(a, copy);
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            ingest(u, List.of(copy));
            assertEquals(1, u.stats().otherFiles);
            assertEquals(0, u.stats().added);
        }
        try (ReportIndex i = ReportIndex.open(idx)) {
            assertEquals(1, i.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))).total(), "counted once");
            var hit = i.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))).hits().getFirst();
            assertEquals(List.of(EntryDocuments.normalized(copy.toString())),
                    i.report(hit.reportId()).orElseThrow().otherSources().stream()
                            .map(org.jixiao.extractors.json.ReportRecord.Source::path).toList(),
                    "the copy is listed as the report's other file");
        }
    }

    @Test
    void pruneRemovesTheDocumentsOfVanishedFiles() throws IOException {
        Path idx = tmp.resolve("index");
        Path a = report("a-2022.txt", "青园街道", 2022, "");
        Path b = report("b-2023.txt", "青园街道", 2023, "");
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            ingest(u, List.of(a, b));
        }
        Files.delete(a);
        try (IndexUpdater u = IndexUpdater.open(idx, CrossReportChecks.none(), 10)) {
            assertEquals(1, u.prune());
            assertEquals(0, u.prune(), "pruning twice removes nothing more");
        }
        try (ReportIndex i = ReportIndex.open(idx)) {
            assertEquals(0, i.search(SearchQuery.all().withYears(2022, 2022)).total());
            assertEquals(1, i.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))).total());
        }
    }

    @Test
    void anInterruptedIngestLeavesAUsableIndexAndTheNextRunCompletesIt() throws IOException {
        Path idx = tmp.resolve("index");
        List<Path> files = new ArrayList<>();
        for (String f : List.of("0005-committee-2023.html", "0006-committee-2024.rtf", "0003-street-2023.txt")) {
            Path copy = tmp.resolve("files").resolve(f);
            Files.createDirectories(copy.getParent());
            files.add(Files.copy(BUNDLED.resolve(f), copy));
        }
        List<String> calls = new ArrayList<>();
        CrossReportChecks tracing = new CrossReportChecks((prev, cur) -> {
            calls.add(prev.year() + "->" + cur.year());
            return List.of(new Finding("cross-year", "cross-year.fake", Finding.Severity.WARNING, "测试", null, null,
                    null, List.of(), List.of(prev.id())));
        }, t -> List.of(), (s, t, f, h, n) -> List.of());

        // commit after every 2 files, then the process "dies" before the third is committed and before the pass
        IndexUpdater first = IndexUpdater.open(idx, tracing, 2);
        ingest(first, files);
        first.abandon();
        assertTrue(calls.isEmpty(), "the pass never ran");
        try (ReportIndex i = ReportIndex.open(idx)) {
            assertEquals(2, i.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))).total(),
                    "the committed block is readable");
        }

        try (IndexUpdater second = IndexUpdater.open(idx, tracing, 2)) {
            assertEquals(2, ingest(second, files), "the committed files are unchanged");
            assertEquals(1, second.stats().added, "the lost one is added");
        }
        assertEquals(List.of("2023->2024"), calls, "the pending department got its cross-year pass");
        try (ReportIndex i = ReportIndex.open(idx)) {
            assertEquals(3, i.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))).total());
            assertEquals(1, i.search(SearchQuery.all().withRule("cross-year")).total());
        }
        // a run with nothing new does not repeat the pass nor duplicate its findings
        try (IndexUpdater third = IndexUpdater.open(idx, tracing, 2)) {
            assertEquals(3, ingest(third, files));
        }
        assertEquals(1, calls.size());
        assertEquals(1, count(idx, SearchQuery.all().withRule("cross-year")));
    }

    @Test
    void aChangedReportGetsItsCrossReportFindingsReplacedNotDuplicated() throws IOException {
        Path idx = tmp.resolve("index");
        Path a = report("a-2022.txt", "青园街道", 2022, "");
        Path b = report("b-2023.txt", "青园街道", 2023, "");
        CrossReportChecks always = new CrossReportChecks((prev, cur) -> List.of(new Finding("cross-year",
                "cross-year.fake", Finding.Severity.WARNING, "测试", null, null, null, List.of(), List.of(prev.id()))),
                t -> List.of(), (s, t, f, h, n) -> List.of());
        try (IndexUpdater u = IndexUpdater.open(idx, always, 10)) {
            ingest(u, List.of(a, b));
        }
        Files.writeString(a, Files.readString(a) + "补充说明。\n");
        try (IndexUpdater u = IndexUpdater.open(idx, always, 10)) {
            ingest(u, List.of(a, b));
        }
        assertEquals(1, count(idx, SearchQuery.all().withRule("cross-year")));
        try (ReportIndex i = ReportIndex.open(idx)) {
            var y = i.timeline("青园街道").orElseThrow().years();
            assertEquals(2, y.size());
            assertFalse(y.get(1).findings().isEmpty());
        }
    }

    @Test
    void openingAFolderWithoutAnIndexSaysSo() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ReportIndex.open(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("jixiao ingest"), e.getMessage());
    }

    @Test
    void anIndexWhoseWordsWereMadeOtherwiseIsRefusedWithItsReason() throws IOException {
        // an index of an older version, whose commits do not name the analyzer: its words differ from the words
        // queries are split into now, so searching it would miss silently and adding to it would mix the two
        Path idx = tmp.resolve("older");
        try (var w = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(idx),
                new org.apache.lucene.index.IndexWriterConfig())) {
            var d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField(IndexFields.KIND, "report",
                    org.apache.lucene.document.Field.Store.YES));
            w.addDocument(d);
            w.commit();
        }
        for (int attempt = 0; attempt < 2; attempt++) { // the refusal leaves no lock behind
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> IndexUpdater.open(idx, CrossReportChecks.none(), 10).close());
            assertTrue(e.getMessage().contains("older jixiao") && e.getMessage().contains(idx.toString()),
                    e.getMessage());
        }
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ReportIndex.open(idx).close());
        assertTrue(e.getMessage().contains("new --data folder"), e.getMessage());

        Path fresh = tmp.resolve("fresh");
        try (IndexUpdater u = IndexUpdater.open(fresh, CrossReportChecks.none(), 10)) {
            ingest(u, List.of(report("a-2022.txt", "雁峰区雁峰街道办事处", 2022, "")));
        }
        try (IndexUpdater u = IndexUpdater.open(fresh, CrossReportChecks.none(), 10)) {
            assertEquals(1, ingest(u, List.of(tmp.resolve("files/a-2022.txt"))), "its own index opens again");
        }
        assertEquals(1, count(fresh, SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))));
    }
}
