package org.jixiao.extractors.model;

import java.math.BigDecimal;

import org.jixiao.corpus.model.Provenance;

/**
 * A labelled number found in prose or a table: {@code label} is the phrase that names it
 * ({@code 本年收入较上年收入减少}) or its cell's row and column headers.
 *
 * @param yuan the amount in 元 for money, else null
 */
public record Figure(String label, BigDecimal value, String unit, BigDecimal yuan, Kind kind, Provenance at) {

    /** What a figure measures. */
    public enum Kind {
        AMOUNT("amount"), RATE("rate"), COUNT("count"), SCORE("score");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
