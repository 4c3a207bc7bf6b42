package org.jixiao.extractors.number;

/**
 * What a figure measures, decided by its unit. Checks only ever compare figures of the same kind: an amount
 * with an amount, a rate with a rate.
 */
public enum Kind {
    /** Money: 元, 万元, 亿元, 千元 … ({@link Quantity#yuan()} converts to 元). */
    AMOUNT,
    /** A ratio: %, ‰, 个百分点. */
    RATE,
    /** A count of things or of time units: 41个, 162户, 3期, 5天. */
    COUNT,
    /** Points of an evaluation score: 99.34分. */
    SCORE,
    /** A physical measure: 米, 平方米, 吨, 公里, 亩. */
    MEASURE,
    /** A number printed without a unit (a bare table cell, or a list whose unit is elsewhere). */
    PLAIN
}
