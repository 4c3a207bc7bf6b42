package org.jixiao.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a module's tests, prints which tests were skipped and why, one line per reason, so that a run
 * without {@code ../shared}, Tesseract, Chromium or a Chinese font says what it did not test. Registered with
 * the JUnit launcher through {@code META-INF/services}, so every module that has test-support on its test class
 * path prints it; surefire shows the lines in the build's output.
 */
public final class SkipSummary implements TestExecutionListener {

    /** What was skipped for each reason (a class or a test), and how many tests that was. */
    private final Map<String, List<String>> skipped = new TreeMap<>();
    private final Map<String, Integer> tests = new TreeMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(id, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private synchronized void record(TestIdentifier id, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.lines().findFirst().orElse("");
        skipped.computeIfAbsent(why, k -> new ArrayList<>()).add(label(id));
        tests.merge(why, testsUnder(id), Integer::sum);
    }

    /** The tests a skipped class stands for (known before it runs, except those of parameterized tests). */
    private int testsUnder(TestIdentifier id) {
        if (id.isTest() || plan == null) {
            return 1;
        }
        return (int) Math.max(1, plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    private static String label(TestIdentifier id) {
        TestSource s = id.getSource().orElse(null);
        if (s instanceof MethodSource m) {
            String cls = m.getClassName();
            return cls.substring(cls.lastIndexOf('.') + 1) + "." + m.getMethodName();
        }
        if (s instanceof ClassSource c) {
            String cls = c.getClassName();
            return cls.substring(cls.lastIndexOf('.') + 1) + " (all)";
        }
        return id.getDisplayName();
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        for (String line : lines()) {
            System.out.println(line);
        }
        System.out.flush();
    }

    /** The summary's lines; empty when nothing was skipped. */
    synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        if (skipped.isEmpty()) {
            return out;
        }
        String module = Path.of(System.getProperty("user.dir")).getFileName().toString();
        int total = tests.values().stream().mapToInt(Integer::intValue).sum();
        out.add("[skipped] " + module + ": " + total + " test(s) skipped"
                + (Requirements.mandatory() ? "" : " (under CI=true the missing requirements fail instead)"));
        skipped.forEach((why, who) -> out.add("[skipped]   " + tests.get(why) + " x " + why + " -- e.g. "
                + String.join(", ", who.subList(0, Math.min(3, who.size())))
                + (who.size() > 3 ? ", ..." : "")));
        return out;
    }
}
