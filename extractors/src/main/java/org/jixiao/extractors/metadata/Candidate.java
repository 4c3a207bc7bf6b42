package org.jixiao.extractors.metadata;

import org.jixiao.corpus.model.Provenance;

/**
 * A value one rule proposes, how much that rule is trusted, and where the value was read.
 *
 * @param weight larger for positions where a report names itself (title, the form's name cell) than for
 *               positions that merely mention something
 * @param rule   which rule proposed it, for explanations and tests
 */
record Candidate<T>(T value, int weight, String rule, Provenance at) {
}
