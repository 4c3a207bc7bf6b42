package org.jixiao.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A requirement of the machine as a JUnit condition, for an annotation such as {@link RequiresShared}: the
 * annotated class or method is disabled with a one-line reason when it is missing, and fails under CI
 * ({@link Requirements}). A module adds its own requirement by extending this class (e.g. Tesseract, which only
 * the corpus module knows how to detect). Each requirement is probed once per test run.
 */
public abstract class RequirementCondition implements ExecutionCondition {

    private static final Map<String, String> PROBED = new ConcurrentHashMap<>();
    private static final String PRESENT = "";

    /** The requirement's short name, as listed in {@code jixiao.pretendMissing}. */
    protected abstract String key();

    /** Null when the requirement is met on this machine, else a one-line reason naming what to install. */
    protected abstract String missing();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = PROBED.computeIfAbsent(key(), k -> {
            String m = missing();
            return m == null ? PRESENT : m;
        });
        String why = Requirements.reason(key(), missing.isEmpty() ? null : missing);
        if (why == null) {
            return ConditionEvaluationResult.enabled(key() + " present");
        }
        if (Requirements.mandatory()) {
            throw new IllegalStateException(why + " (required under CI)");
        }
        return ConditionEvaluationResult.disabled(why);
    }
}
