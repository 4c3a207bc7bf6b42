package org.jixiao.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jixiao.testsupport.TestPaths;

import org.junit.jupiter.api.Test;

/** The dictionary describes every column, and the copy kept in the repository is the one the code generates. */
class DataDictionaryTest {

    private static final Path DOCS = TestPaths.root().resolve("docs");

    @Test
    void aColumnWithoutADescriptionCannotBeDefined() {
        assertThrows(IllegalArgumentException.class, () -> new Column<String>("x", Column.Type.STRING, " ", s -> s));
        assertThrows(IllegalArgumentException.class, () -> new Column<String>("BadName", Column.Type.STRING, "d", s -> s));
    }

    @Test
    void everyTableStartsWithTheReportColumnsAndNamesAreUnique() {
        for (ExportTable<?> t : Tables.ALL) {
            assertEquals(java.util.List.of("report_id", "department", "region", "year"),
                    t.columns().subList(0, 4).stream().map(Column::name).toList(), t.name());
            Set<String> names = new HashSet<>();
            t.columns().forEach(c -> assertTrue(names.add(c.name()), t.name() + ": " + c.name() + " twice"));
            t.columns().forEach(c -> assertFalse(c.description().isBlank()));
        }
    }

    @Test
    void theCommittedDictionaryIsTheGeneratedOne() throws IOException {
        String md = DataDictionary.markdown(Tables.ALL);
        String json = DataDictionary.json(Tables.ALL);
        for (ExportTable<?> t : Tables.ALL) {
            for (Column<?> c : t.columns()) {
                assertTrue(md.contains("| `" + c.name() + "` |"), c.name());
            }
        }
        assertEquals(md, Files.readString(DOCS.resolve("DATA_DICTIONARY.md"), StandardCharsets.UTF_8),
                "docs/DATA_DICTIONARY.md is stale: run `jixiao export` and copy DATA_DICTIONARY.md into docs/");
        assertEquals(json, Files.readString(DOCS.resolve("data-dictionary.json"), StandardCharsets.UTF_8),
                "docs/data-dictionary.json is stale");
    }
}
