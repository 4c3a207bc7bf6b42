package org.jixiao.extractors.model;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/** A percentage as printed ({@code unit} is {@code %} or {@code ‰}). */
public record Rate(BigDecimal value, String unit, Provenance at) {
}
