package org.jixiao.index;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One search: Chinese full text plus filters, all optional (null or empty = no filter).
 *
 * <p>{@code min}/{@code max} bound each hit's principal number, inclusive: for a report its headline score, for an
 * evaluation its execution rate in %, for an indicator its score, for a figure its value in 元 when it is an
 * amount and as printed otherwise. {@code belowWeight} keeps only
 * indicators scored below their weight. Examples the command line must answer:
 * <ul>
 *   <li>every report of one department: {@code department="…", kinds={REPORT}} (any spelling of the name);</li>
 *   <li>every project with 执行率 below 80% in 2021: {@code kinds={EVALUATION}, yearFrom=yearTo=2021, max=80};</li>
 *   <li>every mention of 满意度 with a score below its weight: {@code text="满意度", kinds={INDICATOR}, belowWeight};</li>
 *   <li>all {@code unit} findings in one region: {@code kinds={FINDING}, rule="unit", region="…"}.</li>
 * </ul>
 *
 * @param offset first hit to return (paging), 0-based
 * @param limit  how many hits to return at most
 */
public record SearchQuery(String text, Integer yearFrom, Integer yearTo, String department, String region,
                          Set<EntryKind> kinds, String rule, String severity, String grade, BigDecimal min,
                          BigDecimal max, boolean belowWeight, int offset, int limit) {

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Everything, first page. */
    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, Set.of(), null, null, null, null, null, false, 0, 20);
    }

    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String t) {
        return new SearchQuery(t, yearFrom, yearTo, department, region, kinds, rule, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withYears(Integer from, Integer to) {
        return new SearchQuery(text, from, to, department, region, kinds, rule, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withDepartment(String d) {
        return new SearchQuery(text, yearFrom, yearTo, d, region, kinds, rule, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withRegion(String r) {
        return new SearchQuery(text, yearFrom, yearTo, department, r, kinds, rule, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withKinds(Set<EntryKind> k) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, k, rule, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withRule(String r) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, r, severity, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withSeverity(String s) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, rule, s, grade, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withGrade(String g) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, rule, severity, g, min, max,
                belowWeight, offset, limit);
    }

    public SearchQuery withRange(BigDecimal lo, BigDecimal hi) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, rule, severity, grade, lo, hi,
                belowWeight, offset, limit);
    }

    public SearchQuery withBelowWeight(boolean b) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, rule, severity, grade, min, max,
                b, offset, limit);
    }

    public SearchQuery withPage(int off, int lim) {
        return new SearchQuery(text, yearFrom, yearTo, department, region, kinds, rule, severity, grade, min, max,
                belowWeight, off, lim);
    }
}
