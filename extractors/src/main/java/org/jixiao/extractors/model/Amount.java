package org.jixiao.extractors.model;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/**
 * A sum of money as printed: {@code value} keeps the printed digits and scale, {@code unit} the report's own
 * unit (元, 万元, 亿元 …), {@code yuan} the same amount in 元, exact.
 */
public record Amount(BigDecimal value, String unit, BigDecimal yuan, Provenance at) {
}
