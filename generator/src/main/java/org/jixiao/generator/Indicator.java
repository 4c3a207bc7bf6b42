package org.jixiao.generator;

import java.math.BigDecimal;

/**
 * One third-level indicator row of a self-evaluation form.
 *
 * @param target the 年度指标值 as printed ({@code 120次}, {@code ≥95%}, {@code 是})
 * @param actual the 实际完成值 as printed
 * @param unit   the 度量单位, empty for yes/no and qualitative indicators
 * @param note   the 偏差原因 text, empty when the target was met
 */
public record Indicator(String level1, String level2, String level3, String target, String actual, String unit,
                        BigDecimal weight, BigDecimal score, String note) {

    Indicator withScore(BigDecimal newScore) {
        return new Indicator(level1, level2, level3, target, actual, unit, weight, newScore, note);
    }
}
