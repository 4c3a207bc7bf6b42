package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/** {@code duplicate.project-score} and {@code missing.project-score}: a name listed twice in one score list. */
class DuplicateInScoreListTest {

    private static final String LIST = "网格化服务管理经费、市容秩序管理经费、森林防火专项经费的自评得分";

    private static List<Finding> codes(Report r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aListOfDistinctProjectsIsFine() {
        Report r = Passages.edited(t -> t);
        assertEquals(List.of(), codes(r, "duplicate.project-score"));
        assertEquals(List.of(), codes(r, "missing.project-score"));
    }

    @Test
    void aProjectListedTwiceWithTwoScoresIsAnErrorAndTheProjectItDisplacedIsNamed() {
        Report r = Passages.streetWith(LIST, "网格化服务管理经费、网格化服务管理经费、森林防火专项经费的自评得分");
        List<Finding> dup = codes(r, "duplicate.project-score");
        assertEquals(1, dup.size(), r.findings().toString());
        assertEquals(Finding.Severity.ERROR, dup.get(0).severity(), "94.6 and 85.4 cannot both be its score");
        assertEquals(List.of("网格化服务管理经费", "94.6", "网格化服务管理经费", "85.4"), Passages.snippets(dup.get(0)));
        Passages.quotes(r, dup.get(0));
        List<Finding> missing = codes(r, "missing.project-score");
        assertEquals(1, missing.size(), r.findings().toString());
        assertEquals(Finding.Severity.WARNING, missing.get(0).severity());
        assertTrue(missing.get(0).message().contains("市容秩序管理经费"), missing.get(0).message());
        Passages.quotes(r, missing.get(0));
    }

    @Test
    void aRepeatedNameWithTheSameScoreIsOnlyAWarning() {
        Report r = Passages.edited(t -> t.replace(LIST, "网格化服务管理经费、网格化服务管理经费、森林防火专项经费的自评得分")
                .replace("94.6、85.4、88.8", "94.6、94.6、88.8"));
        List<Finding> dup = codes(r, "duplicate.project-score");
        assertEquals(1, dup.size(), r.findings().toString());
        assertEquals(Finding.Severity.WARNING, dup.get(0).severity());
    }
}
