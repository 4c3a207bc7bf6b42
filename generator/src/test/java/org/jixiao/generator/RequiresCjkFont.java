package org.jixiao.generator;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jixiao.testsupport.RequirementCondition;
import org.jixiao.testsupport.Requirements;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test writes PDFs, which need a Chinese TrueType font ({@code fonts-wqy-zenhei}, or
 * {@code -Djixiao.cjkFont=FILE}). Skipped with the generator's own one-line reason where there is none, failed
 * under CI ({@link Requirements}). The font is looked for exactly as the generator does ({@link CjkFont}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresCjkFont.Condition.class)
public @interface RequiresCjkFont {

    /** The requirement's name for {@code jixiao.pretendMissing}. */
    String KEY = "cjk-font";

    /** Present when the generator finds a font. */
    final class Condition extends RequirementCondition {
        @Override
        protected String key() {
            return KEY;
        }

        @Override
        protected String missing() {
            return missingReason();
        }

        /** Null when PDFs can be written here (and the font is not pretended missing), else why not. */
        public static String missingReason() {
            String pretended = Requirements.reasonIfPretended(KEY);
            if (pretended != null) {
                return pretended;
            }
            try {
                CjkFont.locate();
                return null;
            } catch (IOException e) {
                return e.getMessage();
            }
        }
    }
}
