package org.jixiao.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** The test reads the real reports of {@code ../shared} ({@link TestPaths#sharedLocation()}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresShared.Condition.class)
public @interface RequiresShared {

    /** Present when {@code ../shared} holds {@code samples/}. */
    final class Condition extends RequirementCondition {
        @Override
        protected String key() {
            return TestPaths.SHARED;
        }

        @Override
        protected String missing() {
            return TestPaths.missingShared();
        }
    }
}
