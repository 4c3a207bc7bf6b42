package org.jixiao.extractors.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;

/**
 * One row of a self-evaluation form's indicator table, with merged 一级/二级指标 cells filled down.
 * Target and actual stay text as printed ({@code 162户}, {@code ≥95%}); weight and score are numbers.
 *
 * <p>The third-level name is the indicator's own name: the row number the national template prints before it
 * ({@code 指标1:}, {@code 指标2：}, OCR's {@code 指标1}) is no part of it, and differs from year to year for the same
 * indicator; the row as printed, number included, stays in {@code at}.
 */
public record Indicator(String level1, String level2, String level3, String target, String actual, String unit,
                        BigDecimal weight, BigDecimal score, String note, Provenance at) {

    private static final Pattern ROW_NUMBER = Pattern.compile(
            "^指标\\d{1,2}\\s*[:：]?\\s*(?=\\p{IsHan}|[“\"(（])");

    public Indicator {
        if (level3 != null && level3.startsWith("指标")) { // every record read back builds its rows: no regex otherwise
            Matcher m = ROW_NUMBER.matcher(level3);
            if (m.find() && m.end() < level3.length()) {
                level3 = level3.substring(m.end());
            }
        }
    }
}
