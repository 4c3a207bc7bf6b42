package org.jixiao.extractors.model;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/**
 * One row of a self-evaluation form's indicator table, with merged 一级/二级指标 cells filled down.
 * Target and actual stay text as printed ({@code 162户}, {@code ≥95%}); weight and score are numbers.
 */
public record Indicator(String level1, String level2, String level3, String target, String actual, String unit,
                        BigDecimal weight, BigDecimal score, String note, Provenance at) {
}
