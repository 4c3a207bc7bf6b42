package org.jixiao.extractors.gold;

/** The families of facts the scorer counts separately, so a regression shows where it happened. */
public enum FieldType {
    /** Title, department, region, year. */
    METADATA("metadata"),
    /** That an evaluation (department or project) exists at all. */
    EVALUATION("evaluation"),
    /** Budget amounts, their units, and the execution rate. */
    BUDGET("budget"),
    /** Headline and evaluation scores and maximum scores. */
    SCORE("score"),
    /** Headline and evaluation grades. */
    GRADE("grade"),
    /** Declared first-level sections: weight and score. */
    SECTION("section"),
    /** Indicator rows: their existence and level1/level2/target/actual/weight/score. */
    INDICATOR("indicator");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
