package org.jixiao.extractors.model;

import java.util.List;

import org.jixiao.corpus.model.Provenance;

/**
 * Who reported, where, for which year, and what kind of report it is.
 *
 * @param department the reporting unit's full official name as the report gives it, or null
 * @param aliases    shorter forms of the department's name the report also uses
 * @param region     province/city/district where known ({@code 江北省临澜市望川区}), else null
 * @param year       the fiscal year evaluated (not the year of writing), or null
 * @param scope      department-wide, project-level or both
 * @param evidence   where each value was found, keyed by field name ({@code department}, {@code year} …)
 */
public record ReportMetadata(String title, String department, List<String> aliases, String region, Integer year,
                             ReportScope scope, java.util.Map<String, Provenance> evidence) {

    public ReportMetadata {
        aliases = List.copyOf(aliases);
        evidence = java.util.Map.copyOf(evidence);
    }

    /** Whether a report evaluates the department as a whole, projects, or both. */
    public enum ReportScope {
        DEPARTMENT("department"), PROJECT("project"), BOTH("both"), UNKNOWN("unknown");

        private final String label;

        ReportScope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
