package org.jixiao.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtendWith;

/** The test drives a headless Chromium through chromedriver (Debian's {@code chromium}, {@code chromium-driver}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    /** Where Debian installs them. */
    Path CHROMIUM = Path.of("/usr/bin/chromium");
    Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Present when both programs are executable. */
    final class Condition extends RequirementCondition {
        @Override
        protected String key() {
            return "chromium";
        }

        @Override
        protected String missing() {
            return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
                    : "chromium/chromedriver not installed (apt-get install chromium chromium-driver)";
        }
    }
}
