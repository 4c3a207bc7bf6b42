package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/**
 * A first-level section weight declared in prose as a scoring rule
 * ({@code 产出指标40分…、预算执行率指标10分…}), for the {@code weights} and {@code scoring-rule} checks.
 *
 * @param at the phrase from the section name to the weight
 */
public record DeclaredWeight(String section, BigDecimal weight, Provenance at) {
}
