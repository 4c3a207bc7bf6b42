package org.jixiao.testsupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

/**
 * The one policy for what a test needs from the machine beyond a JDK ({@code ../shared}, Tesseract, Chromium,
 * a Chinese font): when it is missing the test is skipped with a one-line reason on a developer's machine, and
 * fails loudly under CI (environment variable {@code CI} set to anything but {@code false}), so that CI still
 * runs every test.
 *
 * <p>To try the skips on a machine that has everything, list the requirements to pretend missing in the system
 * property {@code jixiao.pretendMissing} or the environment variable {@code JIXIAO_PRETEND_MISSING}, e.g.
 * {@code ./mvnw -B verify -Djixiao.pretendMissing=shared,tesseract,cjk-font,chromium}.
 */
public final class Requirements {

    /** What a requirement's message starts with, so that the skip summary can group the reasons. */
    static final String PREFIX = "needs ";

    private Requirements() {
    }

    /** True under CI: a missing requirement fails instead of skipping (system property {@code jixiao.ci} overrides). */
    public static boolean mandatory() {
        String ci = System.getProperty("jixiao.ci", System.getenv("CI"));
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** The requirements listed in {@code jixiao.pretendMissing} / {@code JIXIAO_PRETEND_MISSING}. */
    static Set<String> pretendedMissing() {
        String list = System.getProperty("jixiao.pretendMissing", System.getenv("JIXIAO_PRETEND_MISSING"));
        if (list == null) {
            return Set.of();
        }
        return Arrays.stream(list.split("[,\\s]+")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Null when requirement {@code key} is met, else the one-line reason: {@code missing} (null when the caller
     * found it present), or the pretence.
     */
    static String reason(String key, String missing) {
        if (pretendedMissing().contains(key)) {
            return PREFIX + key + ": pretended missing (jixiao.pretendMissing)";
        }
        return missing == null ? null : PREFIX + key + ": " + missing;
    }

    /**
     * Non-null when {@code key} is pretended missing: for a test that must decide before any test runs (e.g. in
     * {@code @BeforeAll}) whether to prepare what needs the requirement.
     */
    public static String reasonIfPretended(String key) {
        return pretendedMissing().contains(key) ? reason(key, null) : null;
    }

    /**
     * Skips the calling test (fails it under CI) unless requirement {@code key} is met; {@code missing} is null
     * when it is, else the one-line reason naming what to install.
     */
    public static void require(String key, String missing) {
        String why = reason(key, missing);
        if (why == null) {
            return;
        }
        if (mandatory()) {
            throw new IllegalStateException(why + " (required under CI)");
        }
        Assumptions.abort(why);
    }
}
