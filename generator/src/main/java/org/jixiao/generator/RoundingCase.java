package org.jixiao.generator;

/**
 * A place where naive arithmetic on the printed figures misses the printed result only because every figure
 * was rounded: a checker must NOT flag it. Recorded so tests and benchmarks can count false alarms.
 *
 * @param naive   the result computed from the printed figures (e.g. 1461.59)
 * @param printed what the report prints (e.g. 1461.60)
 */
public record RoundingCase(String rule, String description, String evaluation, String naive, String printed) {
}
