package org.jixiao.extractors.model;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/** A declared first-level section (一级指标) of an evaluation with its weight and score. */
public record Section(String name, BigDecimal weight, BigDecimal score, Provenance at) {
}
