package org.jixiao.pipeline.export;

import java.util.function.Function;

/**
 * One column of an export table: its stable name, type, description (the data dictionary's text) and how its value
 * is read from a row. Every writer and the data dictionary are driven by these definitions, so they cannot drift.
 *
 * @param <R> the row type
 */
public record Column<R>(String name, Type type, String description, Function<R, Object> value) {

    /**
     * Decimals in typed formats (Parquet, Spark): {@code DECIMAL(18,4)}, stored in INT64. Scale 4 holds every amount
     * as reports print them (元 to the fen, 万元 to four places) and rates to 0.0001%; a value printed with more
     * places is rounded half-even to 4 ({@link #typedDecimal}).
     */
    public static final int DECIMAL_PRECISION = 18;
    public static final int DECIMAL_SCALE = 4;

    /** A decimal as the typed formats store it: rounded half-even to {@link #DECIMAL_SCALE}. */
    public static java.math.BigDecimal typedDecimal(java.math.BigDecimal printed) {
        return printed == null ? null : printed.setScale(DECIMAL_SCALE, java.math.RoundingMode.HALF_EVEN);
    }

    public Column {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("column " + name + " has no description");
        }
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are snake_case: " + name);
        }
    }

    /** Value types; {@code DECIMAL} values are {@link java.math.BigDecimal}s exactly as printed. */
    public enum Type {
        STRING("string", "text"), INT("integer", "integer"), DECIMAL("decimal", "exact decimal"),
        BOOLEAN("boolean", "true/false");

        private final String label;
        private final String words;

        Type(String label, String words) {
            this.label = label;
            this.words = words;
        }

        public String label() {
            return label;
        }

        public String words() {
            return words;
        }
    }
}
