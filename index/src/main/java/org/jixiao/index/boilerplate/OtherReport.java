package org.jixiao.index.boilerplate;

/**
 * A report that shares a fingerprint: who wrote it and when, so the detector can tell another department's or an
 * earlier year's report from the report itself.
 *
 * @param departmentKey the normalized department key (same key = same department across years)
 */
public record OtherReport(String reportId, String departmentKey, Integer year, String title, String path) {
}
