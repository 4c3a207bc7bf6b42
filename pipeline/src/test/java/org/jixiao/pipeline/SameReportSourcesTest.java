package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.GeneratedReport;
import org.jixiao.generator.OutputFormat;
import org.jixiao.generator.RequiresCjkFont;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One report, several files: the generator writes one invented report as .docx, .pdf and .txt (and the next year's
 * report of the same department as .docx); the index holds the first report once with three sources, its department's
 * timeline shows each year once, and a search counts it once.
 */
@RequiresCjkFont // one of the three files is a PDF the generator writes with a Chinese font
class SameReportSourcesTest {

    @TempDir
    Path dir;

    private static void ingest(Path index, List<Path> files) throws IOException {
        Pipeline pipeline = new Pipeline(new DocumentReader(), new ReportExtractor(), 2);
        try (IndexUpdater updater = IndexUpdater.open(index, CrossReportChecks.standard(), 100)) {
            pipeline.run(files, o -> {
                try {
                    updater.add(assertInstanceOf(Pipeline.Outcome.Extracted.class, o).report());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (List<Path> again = updater.takeOrphans(); !again.isEmpty(); again = updater.takeOrphans()) {
                pipeline.run(again, o -> {
                    try {
                        updater.add(((Pipeline.Outcome.Extracted) o).report());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Test
    void theSameReportInThreeFormatsIsIndexedOnceWithThreeSources() throws IOException {
        // models 0 and 1 of a corpus are one department in two consecutive years (the generator's continuation)
        List<GeneratedReport> models = CorpusGenerator.models(5, 2);
        Path files = Files.createDirectories(dir.resolve("reports"));
        List<Path> paths = new ArrayList<>();
        for (OutputFormat f : List.of(OutputFormat.DOCX, OutputFormat.PDF, OutputFormat.TXT)) {
            paths.add(files.resolve(CorpusGenerator.write(files, models.get(0), 0, f, 5).fileName()));
        }
        paths.add(files.resolve(CorpusGenerator.write(files, models.get(1), 1, OutputFormat.DOCX, 5).fileName()));
        Path index = dir.resolve("index");
        ingest(index, paths);

        try (ReportIndex ix = ReportIndex.open(index)) {
            SearchResult reports = ix.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withPage(0, 50));
            assertEquals(2, reports.total(), "two reports, not four files");
            ReportRecord first = ix.report(reports.hits().stream().filter(h -> h.year() == models.get(0).year())
                    .findFirst().orElseThrow().reportId()).orElseThrow();
            assertEquals(paths.get(0).toAbsolutePath().toString(), first.path(), "the first file indexed is the report");
            assertEquals(List.of(paths.get(1).toAbsolutePath().toString(), paths.get(2).toAbsolutePath().toString()),
                    first.otherSources().stream().map(ReportRecord.Source::path).toList());
            assertEquals(List.of("pdf", "txt"), first.otherSources().stream().map(ReportRecord.Source::format).toList());
            assertTrue(ix.report(ix.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withYears(
                    models.get(1).year(), models.get(1).year())).hits().getFirst().reportId()).orElseThrow()
                    .otherSources().isEmpty());

            Timeline t = ix.timeline(models.get(0).department().name()).orElseThrow();
            assertEquals(List.of(models.get(0).year(), models.get(1).year()),
                    t.years().stream().map(Timeline.Year::year).toList(), "each year once");
            assertEquals(first.otherSources().stream().map(ReportRecord.Source::path).toList(),
                    t.years().getFirst().otherPaths(), "with every file of the year's report");
            var hit = reports.hits().stream().filter(h -> h.reportId().equals(first.id())).findFirst().orElseThrow();
            assertEquals(2, hit.record().path("otherSources").size(), "a report hit lists the report's other files");

            // every entry of the report counts once: its department's evaluations are found once, not three times
            SearchResult evaluations = ix.search(SearchQuery.all().withKinds(Set.of(EntryKind.EVALUATION))
                    .withYears(models.get(0).year(), models.get(0).year()).withPage(0, 100));
            assertEquals(Set.of(first.id()), Set.copyOf(evaluations.hits().stream().map(h -> h.reportId()).toList()));
            assertEquals(first.evaluations().size(), evaluations.total());
            List<ReportRecord> exported = new ArrayList<>();
            ix.forEachReport(SearchQuery.all(), exported::add);
            assertEquals(2, exported.size());
        }

        // the report's own file goes: the index is rebuilt around another of its files, still one report
        Files.delete(paths.get(0));
        try (IndexUpdater updater = IndexUpdater.open(index, CrossReportChecks.standard(), 100)) {
            updater.prune();
            List<Path> again = updater.takeOrphans();
            assertEquals(List.of(paths.get(1).toAbsolutePath(), paths.get(2).toAbsolutePath()), again);
        }
        ingest(index, List.of(paths.get(1), paths.get(2)));
        try (ReportIndex ix = ReportIndex.open(index)) {
            SearchResult reports = ix.search(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT))
                    .withYears(models.get(0).year(), models.get(0).year()));
            assertEquals(1, reports.total());
            ReportRecord r = ix.report(reports.hits().getFirst().reportId()).orElseThrow();
            assertEquals(paths.get(1).toAbsolutePath().toString(), r.path());
            assertEquals(List.of(paths.get(2).toAbsolutePath().toString()),
                    r.otherSources().stream().map(ReportRecord.Source::path).toList());
        }
    }
}
