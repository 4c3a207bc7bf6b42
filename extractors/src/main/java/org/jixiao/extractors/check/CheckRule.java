package org.jixiao.extractors.check;

import java.util.List;

import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * One consistency rule over an extracted report. A rule reports only what the arithmetic proves: a
 * difference that rounding of the printed figures explains is not a finding (see
 * {@link org.jixiao.extractors.check.arith}). Rules are stateless and thread-safe.
 *
 * <p>A rule that judges statements of the prose (aligned lists, stated counts, declared weights, the prose
 * evaluations) takes them from the report's {@link ProseFacts}, read once for every rule, instead of reading
 * the prose again.
 */
public interface CheckRule {

    /** The rule family of the dataset contract ({@code score-range}, {@code grade} …). */
    String rule();

    /** The rule's findings on {@code report}, whose prose statements are {@code prose}. */
    List<Finding> check(Report report, ProseFacts prose);

    /** The rule's findings on {@code report} alone, its prose read for this rule. */
    default List<Finding> check(Report report) {
        return check(report, ProseFacts.of(report.source(), report.metadata()));
    }
}
