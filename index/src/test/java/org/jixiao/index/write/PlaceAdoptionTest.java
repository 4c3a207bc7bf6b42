package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.index.EntryKind;
import org.jixiao.index.internal.Matches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that names no place for its department joins the one placed department of that name, and only while
 * there is exactly one: the index keeps track as files come, change and go.
 */
class PlaceAdoptionTest {

    @TempDir
    Path tmp;

    private ReportRecord report(String file, String department, String region, int year) throws IOException {
        Path f = tmp.resolve(file);
        String text = department + year + "年度部门整体支出绩效自评报告（" + file + "）";
        Files.writeString(f, text);
        return new ReportRecord("id-" + file, f.toString(), "txt", null, false, null, department, List.of(), region,
                year, "department", null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private void add(IndexUpdater u, ReportRecord r) throws IOException {
        u.add(r, Files.readString(Path.of(r.path())));
    }

    /** Each file's department key, by file name. */
    private Map<String, String> keys(Path index) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            for (int doc : Matches.of(new IndexSearcher(reader), IndexUpdater.kind(EntryKind.REPORT))) {
                Document d = stored.document(doc, Set.of(PATH, DEPARTMENT_KEY));
                out.put(Path.of(d.get(PATH)).getFileName().toString(), d.get(DEPARTMENT_KEY));
            }
        }
        return out;
    }

    @Test
    void aPlacelessReportJoinsTheOnlyPlacedDepartmentOfItsName() throws IOException {
        Path index = tmp.resolve("index");
        try (IndexUpdater u = IndexUpdater.open(index, CrossReportChecks.standard(), 100)) {
            add(u, report("a.txt", "临澜市文化旅游局", "临澜市", 2022));
            add(u, report("b.txt", "文化旅游局", null, 2023)); // one placed 文化旅游局: joins it
            add(u, report("c.txt", "望川县文化旅游局", "望川县", 2022));
            add(u, report("d.txt", "文化旅游局", null, 2024)); // two placed: which one is unknown, stays placeless
        }
        Map<String, String> keys = keys(index);
        String lin = keys.get("a.txt");
        assertEquals("临澜市/文化旅游局", lin);
        assertEquals(lin, keys.get("b.txt"));
        assertEquals("文化旅游局", keys.get("d.txt"));

        Files.delete(tmp.resolve("c.txt"));
        try (IndexUpdater u = IndexUpdater.open(index, CrossReportChecks.standard(), 100)) {
            assertEquals(1, u.prune());
            add(u, report("e.txt", "文化旅游局", null, 2025)); // 望川县's file is gone: one placed again
        }
        assertEquals(lin, keys(index).get("e.txt"));
    }
}
