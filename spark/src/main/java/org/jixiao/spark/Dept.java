package org.jixiao.spark;

import java.io.Serializable;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.index.boilerplate.OtherReport;
import org.jixiao.index.identity.DepartmentIdentity;
import org.jixiao.index.write.EntryDocuments;

/**
 * A readable report with its department key, as the cross-report operations need it.
 *
 * @param key the department key the index would file it under ({@link DepartmentIdentity}, place adopted)
 */
record Dept(long ordinal, String id, String key, Integer year, String json, String text) implements Serializable {

    ReportRecord record() {
        return ReportRecord.read(json);
    }

    /** The report as the boilerplate rule sees itself ({@code CrossReportPass.Stored.other}). */
    OtherReport self() {
        ReportRecord r = record();
        return new OtherReport(id, key, year, r.title(), r.path());
    }

    /** The report as another report's holder, as the index stores it (label, normalized path). */
    Holder asHolder() {
        ReportRecord r = record();
        return new Holder(id, key, year, EntryDocuments.label(r), EntryDocuments.normalized(r.path()));
    }

    /** {@link OtherReport}'s fields, serializable, to broadcast. */
    record Holder(String reportId, String departmentKey, Integer year, String title, String path)
            implements Serializable {
        OtherReport other() {
            return new OtherReport(reportId, departmentKey, year, title, path);
        }
    }
}
