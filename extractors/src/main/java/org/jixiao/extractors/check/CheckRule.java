package org.jixiao.extractors.check;

import java.util.List;

import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * One consistency rule over an extracted report. A rule reports only what the arithmetic proves: a
 * difference that rounding of the printed figures explains is not a finding (see
 * {@link org.jixiao.extractors.check.arith}). Rules are stateless and thread-safe.
 */
public interface CheckRule {

    /** The rule family of the dataset contract ({@code score-range}, {@code grade} …). */
    String rule();

    List<Finding> check(Report report);
}
