package org.jixiao.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.opentest4j.TestAbortedException;

/** The policy: skip with a one-line reason on a developer's machine, fail under CI; and the pretence. */
class RequirementsTest {

    private final Map<String, String> saved = new java.util.HashMap<>();

    private void set(String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    @Test
    void aMissingRequirementSkipsWithItsReasonOnADevelopersMachine() {
        set("jixiao.ci", "false");
        set("jixiao.pretendMissing", "");
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Requirements.require("tesseract", "tesseract not installed (apt-get install tesseract-ocr)"));
        assertTrue(e.getMessage().contains("needs tesseract: tesseract not installed (apt-get install"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aMissingRequirementFailsUnderCi() {
        set("jixiao.ci", "true");
        set("jixiao.pretendMissing", "");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Requirements.require("cjk-font", "no Chinese TrueType font"));
        assertTrue(e.getMessage().endsWith("no Chinese TrueType font (required under CI)"), e.getMessage());
    }

    @Test
    void aPresentRequirementNeitherSkipsNorFails() {
        set("jixiao.ci", "true");
        set("jixiao.pretendMissing", "chromium");
        Requirements.require("shared", null);
        assertNull(Requirements.reason("shared", null));
    }

    @Test
    void aPretendedRequirementIsMissingEvenWhenPresent() {
        set("jixiao.ci", "false");
        set("jixiao.pretendMissing", "shared, cjk-font");
        assertEquals("needs cjk-font: pretended missing (jixiao.pretendMissing)", Requirements.reason("cjk-font", null));
        assertNull(Requirements.reason("tesseract", null));
        assertThrows(TestAbortedException.class, () -> Requirements.require("shared", null));
    }

    /** A condition whose presence the test decides. */
    private static RequirementCondition condition(String key, Supplier<String> missing) {
        return new RequirementCondition() {
            @Override
            protected String key() {
                return key;
            }

            @Override
            protected String missing() {
                return missing.get();
            }
        };
    }

    @Test
    void theConditionDisablesWithTheReasonOrFailsUnderCi() {
        set("jixiao.pretendMissing", "");
        RequirementCondition absent = condition("test-absent-thing", () -> "absent thing (apt-get install thing)");
        set("jixiao.ci", "false");
        ConditionEvaluationResult r = absent.evaluateExecutionCondition(null);
        assertTrue(r.isDisabled());
        assertEquals("needs test-absent-thing: absent thing (apt-get install thing)", r.getReason().orElseThrow());
        set("jixiao.ci", "true");
        assertThrows(IllegalStateException.class, () -> absent.evaluateExecutionCondition(null));
        assertFalse(condition("test-present-thing", () -> null).evaluateExecutionCondition(null).isDisabled());
    }

    @Test
    void theSummaryGroupsTheSkipsByReason() {
        SkipSummary s = new SkipSummary();
        assertTrue(s.lines().isEmpty(), "nothing skipped, nothing printed");
        s.executionSkipped(org.junit.platform.launcher.TestIdentifier.from(
                new org.junit.platform.engine.support.descriptor.AbstractTestDescriptor(
                        org.junit.platform.engine.UniqueId.forEngine("e"), "realReports") {
                    @Override
                    public Type getType() {
                        return Type.TEST;
                    }
                }), "needs shared: the real reports are not at /x/shared");
        List<String> lines = s.lines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("1 x needs shared: the real reports are not at /x/shared -- e.g. realReports"),
                lines.get(1));
    }
}
