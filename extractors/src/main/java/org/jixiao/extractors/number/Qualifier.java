package org.jixiao.extractors.number;

/**
 * How a figure relates to the true value, from the words or signs printed around it.
 *
 * <p>Chinese usage differs from the symbols: by legal convention 以上/以下/以内 include the number itself,
 * while 余/多/超过 exclude it. Because {@link Quantity#interval()} is conservative (it always contains every
 * value the text allows, and may contain more), inclusive and exclusive bounds are both closed there.
 */
public enum Qualifier {
    /** Nothing printed: the value as rounded. */
    EXACT,
    /** 约, 大约, 左右, 近, 接近, 将近: no bound at all can be proven from the text. */
    APPROX,
    /** 余, 多, 以上, 超过, 逾: the value is the printed one or more. */
    MORE_THAN,
    /** ≥, 不低于, 不少于, 至少. */
    AT_LEAST,
    /** ≤, 不高于, 不超过, 最多, 以下, 以内. */
    AT_MOST,
    /** &lt;, 低于, 少于, 不足, 不到. */
    LESS_THAN,
    /** &gt;, 高于, 大于, 多于. */
    GREATER_THAN,
    /** =: printed explicitly, same meaning as {@link #EXACT}. */
    EQUAL;

    /** Whether the value is bounded from below by the printed number (its rounding interval's lower end). */
    boolean boundedBelow() {
        return this == EXACT || this == EQUAL || this == MORE_THAN || this == AT_LEAST || this == GREATER_THAN;
    }

    /** Whether the value is bounded from above by the printed number (its rounding interval's upper end). */
    boolean boundedAbove() {
        return this == EXACT || this == EQUAL || this == AT_MOST || this == LESS_THAN;
    }
}
