package org.jixiao.extractors.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/** A report's JSON written once gives, by slicing, every object inside it as the mapper writes it alone. */
class SlicedJsonTest {

    @Test
    void everyObjectOfEveryBundledReportIsItsOwnJson() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestPaths.bundledCorpus())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int objects = 0;
        for (Path f : files) {
            if (!(new DocumentReader().read(f) instanceof ReadResult.Loaded l)) {
                continue;
            }
            ObjectNode tree = ReportJson.toTree(new ReportExtractor().extract(l.document()));
            SlicedJson sliced = SlicedJson.of(tree);
            assertEquals(ReportJson.mapper().writeValueAsString(tree), sliced.json(), f.toString());
            objects += check(tree, sliced);
        }
        assertTrue(objects > 1000, "objects checked: " + objects);
    }

    @Test
    void decimalsStayPlainAndEscapesAreTheMappersOwn() throws JsonProcessingException {
        JsonNode tree = ReportJson.parse("""
                {"a":{"v":2.0212900E+7,"t":"引号\\"、反斜杠\\\\、换行\\n、制表\\t和\\u0001"},"b":[{"n":null,"x":true},
                 [1,12345678901234,1.5]],"c":{}}
                """);
        SlicedJson sliced = SlicedJson.of(tree);
        assertEquals(ReportJson.mapper().writeValueAsString(tree), sliced.json());
        assertTrue(sliced.json().contains("20212900"), sliced.json());
        assertEquals(4, check(tree, sliced));
        assertNull(sliced.slice(ReportJson.parse("{}")), "a node of another tree has no slice");
    }

    /** Every object node under {@code n} sliced as the mapper writes it; how many there were. */
    private static int check(JsonNode n, SlicedJson sliced) throws JsonProcessingException {
        int objects = 0;
        if (n.isObject()) {
            assertEquals(ReportJson.mapper().writeValueAsString(n), sliced.slice(n));
            objects++;
        }
        for (JsonNode child : n) {
            objects += check(child, sliced);
        }
        return objects;
    }
}
