package org.jixiao.corpus.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jixiao.corpus.load.ocr.OcrLoader;
import org.jixiao.testsupport.RequirementCondition;
import org.jixiao.testsupport.Requirements;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test runs OCR: it needs tesseract with the Chinese model ({@code tesseract-ocr tesseract-ocr-chi-sim}).
 * Skipped with that reason where they are missing, failed under CI ({@link Requirements}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresTesseract.Condition.class)
public @interface RequiresTesseract {

    /** The requirement's name for {@code jixiao.pretendMissing}. */
    String KEY = "tesseract";

    /** Present when the OCR loader itself says it can run here. */
    final class Condition extends RequirementCondition {
        @Override
        protected String key() {
            return KEY;
        }

        @Override
        protected String missing() {
            return missingReason();
        }

        /** Null when OCR can run here, else the one-line reason. */
        public static String missingReason() {
            return new OcrLoader().available() ? null
                    : "tesseract with chi_sim not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)";
        }

        /** For a test that only sometimes runs OCR: skips it (fails it under CI) where OCR cannot run. */
        public static void require() {
            Requirements.require(KEY, missingReason());
        }
    }
}
