package org.jixiao.corpus.load.pdf;

/**
 * A horizontal or vertical line segment drawn on the page (a stroked line, a rectangle edge, or a thin filled
 * rectangle), in top-down page coordinates. For a horizontal ruling {@code at} is its y and
 * {@code from..to} its x extent; for a vertical one {@code at} is its x and {@code from..to} its y extent.
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    Ruling {
        if (to < from) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    /** How much of {@code [a, b]} this ruling covers. */
    float overlap(float a, float b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }
}
