package org.jixiao.generator;

import java.util.List;

/**
 * A problem planted in a report: what a checker should find.
 *
 * @param rule        the finding rule of the dataset contract ({@code sum}, {@code rate}, …)
 * @param code        a more specific, stable identifier ({@code sum.budget-sources})
 * @param evaluation  the form it is in (department or project name); null when it is in the prose only
 * @param expected    what the figure should have been, given the others
 * @param actual      what the report prints
 * @param figures     the printed figures involved, exactly as they appear
 */
public record Planted(String rule, String code, String description, String evaluation, String expected,
                      String actual, List<String> figures) {

    public Planted {
        figures = List.copyOf(figures);
    }
}
