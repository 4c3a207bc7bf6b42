package org.jixiao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code web-*} formats: the same report as a web page's flattened text, each flattening in its own shape,
 * deterministic, with a truth that says which flattening it is.
 */
class WebFormatsTest {

    private static final List<OutputFormat> WEB = List.of(OutputFormat.WEB_PIPE, OutputFormat.WEB_CELLS,
            OutputFormat.WEB_RUN);

    @TempDir
    Path dir;

    private List<CorpusGenerator.Item> generate(Path out) throws Exception {
        return CorpusGenerator.generate(out, 3, 41L, WEB, 1, n -> { });
    }

    private GeneratedReport model(int index) {
        return CorpusGenerator.models(41L, 3).get(index);
    }

    @Test
    void pipeRowsEndInARaggedRunOfPipesAndDropTheLayoutsBlankHeaderCell() throws Exception {
        List<CorpusGenerator.Item> items = generate(dir);
        String text = Files.readString(dir.resolve(items.get(0).fileName()));
        GeneratedReport r = model(0);
        FormTemplate t = r.template();
        String head = t.unitName() + " | " + r.department().name() + " | " + t.score() + " | " + r.score().toPlainString()
                + " |";
        assertTrue(text.lines().anyMatch(l -> l.startsWith(head)), head + " in\n" + text);
        Pattern budget = Pattern.compile("^" + t.line(0) + " \\| \\d+\\.\\d{2} \\| \\d+\\.\\d{2} \\| .*\\|$");
        assertTrue(text.lines().anyMatch(l -> budget.matcher(l).matches()), "the budget total row");
        assertTrue(text.lines().anyMatch(l -> l.matches(".* \\|{2,}$")), "some rows end in a ragged run of pipes");
        assertFalse(text.contains("（万元） |  |"), "the blank header cell beside the budget label is dropped");
        assertFalse(text.contains("\t"), "no tab-cell blocks of the txt format");
    }

    @Test
    void cellsStandOneALineAndRunTogetherRowsKeepTheirKeysAndValues() throws Exception {
        List<CorpusGenerator.Item> items = generate(dir);
        List<String> cells = Files.readAllLines(dir.resolve(items.get(1).fileName()));
        GeneratedReport r1 = model(1);
        assertTrue(cells.contains(r1.department().name()), "the department's name alone on a line");
        assertTrue(cells.contains(r1.score().toPlainString()), "the score alone on a line");
        assertTrue(cells.contains(r1.template().score()));
        assertFalse(cells.stream().anyMatch(l -> l.contains(" | ")), "no pipe rows");

        String run = Files.readString(dir.resolve(items.get(2).fileName()));
        GeneratedReport r2 = model(2);
        FormTemplate t2 = r2.template();
        assertTrue(run.contains(t2.unitName() + r2.department().name() + t2.score() + r2.score().toPlainString()
                + "\n"), "a key–value header row run together");
        Evaluation p = r2.projects().get(0);
        assertTrue(run.contains(t2.supervisor() + p.supervisor() + t2.implementer() + p.implementer() + "\n"), run);
        BudgetLine total = p.totalLine();
        String printed = t2.budget().stream().map(c -> switch (c.field()) {
            case INITIAL -> total.initial().toPlainString();
            case FULL_YEAR, ARRIVED -> total.fullYear().toPlainString();
            case EXECUTED -> total.executed().toPlainString();
            default -> "";
        }).takeWhile(v -> !v.isEmpty()).reduce("", String::concat);
        assertTrue(run.contains(t2.line(0) + printed), "the budget figures run together: " + printed);
    }

    @Test
    void theTruthNamesTheFlatteningAndTheBytesRepeat() throws Exception {
        List<CorpusGenerator.Item> a = generate(dir.resolve("a"));
        generate(dir.resolve("b"));
        for (CorpusGenerator.Item i : a) {
            assertTrue(i.fileName().endsWith(".txt"), i.fileName());
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(i.fileName()), dir.resolve("b").resolve(i.fileName())));
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("a").resolve(i.stem() + ".truth.json").toFile());
            assertEquals("txt", truth.path("source").path("format").asText());
            assertEquals("UTF-8", truth.path("source").path("encoding").asText());
            assertEquals(i.format().label(), truth.path("source").path("flattened").asText());
            String text = new String(Files.readAllBytes(dir.resolve("a").resolve(i.fileName())), StandardCharsets.UTF_8);
            assertTrue(text.contains(truth.path("department").asText()));
        }
        assertEquals(WEB, OutputFormat.parseList("web-pipe, web-cells,WEB-RUN"));
        assertFalse(OutputFormat.ORIGINALS.stream().anyMatch(OutputFormat::web), "web formats are asked for by name");
    }
}
