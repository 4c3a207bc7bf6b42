package org.jixiao.index.crossyear;

import java.util.List;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;

/**
 * The {@code cross-year} rule: what a report says about last year (上年/去年 figures, year-on-year changes) against
 * the same department's own report for that year.
 */
public final class CrossYearChecks {

    private CrossYearChecks() {
    }

    /**
     * Findings on {@code current}, comparing it with {@code previous}, the same department's report for the year
     * before. Every finding's {@code at} points into {@code current}; {@code related} holds {@code previous.id()}.
     */
    public static List<Finding> check(ReportRecord previous, ReportRecord current) {
        return List.of(); // not yet written
    }
}
