package org.jixiao.pipeline.export;

import java.util.function.Function;

/**
 * One column of an export table: its stable name, type, description (the data dictionary's text) and how its value
 * is read from a row. Every writer and the data dictionary are driven by these definitions, so they cannot drift.
 *
 * @param <R> the row type
 */
public record Column<R>(String name, Type type, String description, Function<R, Object> value) {

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
