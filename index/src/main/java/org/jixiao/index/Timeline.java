package org.jixiao.index;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Rate;

/**
 * One department across years: its identity (a normalized key, the names it was reported under) and a row per year.
 */
public record Timeline(String key, String name, List<String> aliases, List<Year> years) {

    public Timeline {
        aliases = List.copyOf(aliases);
        years = List.copyOf(years);
    }

    /**
     * One year's report of the department: the department-level budget, execution, rate, score and grade as
     * printed, and that report's findings (cross-year findings included).
     */
    public record Year(int year, String reportId, String title, String path, Amount budget, Amount executed,
                       Rate rate, BigDecimal score, String grade, List<Finding> findings) {
        public Year {
            findings = List.copyOf(findings);
        }
    }
}
