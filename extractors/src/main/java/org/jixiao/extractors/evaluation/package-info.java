/**
 * Evaluations read from a report: from self-evaluation forms ({@code evaluation.form}) and from prose
 * ({@code evaluation.prose}), and the one rule both sides, the merger and the checks use to tell whether two
 * names are the same project ({@link org.jixiao.extractors.evaluation.SameProject}).
 */
package org.jixiao.extractors.evaluation;
