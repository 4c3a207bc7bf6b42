package org.jixiao.extractors.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;

/** The rules run independently: one rule failing on an odd report does not cost the others' findings. */
class ChecksTest {

    private static CheckRule rule(String name, Finding finding) {
        return new CheckRule() {
            @Override
            public String rule() {
                return name;
            }

            @Override
            public List<Finding> check(Report report, ProseFacts prose) {
                if (finding == null) {
                    throw new IllegalStateException("an odd table\nwith a second line");
                }
                return List.of(finding);
            }
        };
    }

    private static Finding finding(String rule) {
        return new Finding(rule, rule + ".x", Finding.Severity.WARNING, "m", "1", "2", "0", List.of());
    }

    @Test
    void aFailingRuleCostsOnlyItsOwnFindings() {
        Checks checks = new Checks(List.of(rule("sum", finding("sum")), rule("rate", null),
                rule("unit", finding("unit"))));
        List<String> errors = new ArrayList<>();
        List<Finding> found = checks.run(null, null, errors);
        assertEquals(List.of("sum", "unit"), found.stream().map(Finding::rule).toList());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).equals("the rate check failed on this report (IllegalStateException: an odd table with a second line)"),
                errors.get(0));
    }
}
