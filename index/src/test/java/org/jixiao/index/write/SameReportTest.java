package org.jixiao.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The all-at-once form of "one report, several files" assigns files as the index does, first come first. */
class SameReportTest {

    @Test
    void aLaterFileWithAKeyOfAnEarlierReportIsItsOtherFileAndFilesWithoutKeysStayReports() {
        List<SameReport.File> files = List.of(
                new SameReport.File(0, "id-a", "reports/a.docx", List.of("text:1", "scores:9")),
                new SameReport.File(1, "id-b", "reports/a.pdf", List.of("text:2", "scores:9")),
                new SameReport.File(2, "id-c", "reports/c.txt", List.of("text:3")),
                new SameReport.File(3, "id-d", "reports/d.txt", List.of()),
                new SameReport.File(4, "id-e", "reports/a.txt", List.of("text:2")));
        Map<String, String> owners = SameReport.owners(files);
        // b shares a's scores; e shares b's text, but b is not a report, so its keys lead nowhere: e is its own
        assertEquals(Map.of(EntryDocuments.normalized("reports/a.pdf"), "id-a"), owners);
    }

    @Test
    void theSameFileTwiceIsNotItsOwnOtherFile() {
        List<SameReport.File> files = List.of(
                new SameReport.File(0, "id-a", "reports/a.docx", List.of("text:1")),
                new SameReport.File(1, "id-a", "reports/a.docx", List.of("text:1")));
        assertEquals(Map.of(), SameReport.owners(files));
    }
}
