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
     * printed, that report's findings (cross-year findings included), and the paths of the report's other files
     * (the same report saved in another format), so a year is shown once with every file.
     */
    public record Year(int year, String reportId, String title, String path, Amount budget, Amount executed,
                       Rate rate, BigDecimal score, String grade, List<Finding> findings, List<String> otherPaths) {
        public Year {
            findings = List.copyOf(findings);
            otherPaths = List.copyOf(otherPaths);
        }

        /** A year whose report is one file. */
        public Year(int year, String reportId, String title, String path, Amount budget, Amount executed, Rate rate,
                    BigDecimal score, String grade, List<Finding> findings) {
            this(year, reportId, title, path, budget, executed, rate, score, grade, findings, List.of());
        }
    }
}
