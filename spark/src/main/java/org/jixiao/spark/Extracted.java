package org.jixiao.spark;

import java.io.Serializable;

import org.jixiao.extractors.json.ReportRecord;

/**
 * One input file after the executors' stage: the report's record as the contract's JSON (what the index stores and
 * {@code jixiao export} reads back, so both paths round-trip the same way) and its normalized text (for the
 * boilerplate fingerprints and {@code ingest --records}); or, for a file that could not be read, the reason.
 *
 * @param ordinal the file's position in the sorted input list: the order {@code jixiao ingest} would add it in
 * @param path    the file as recorded: a local path, or the Hadoop URI for other file systems
 * @param json    {@code jixiao.report/1} JSON; for an unreadable file, the record {@code jixiao extract} writes for it
 * @param text    the document's normalized text; null when unreadable
 * @param reason  why the file could not be read; null when it was
 */
public record Extracted(long ordinal, String path, String json, String text, String reason) implements Serializable {

    public boolean readable() {
        return reason == null;
    }

    public ReportRecord record() {
        return ReportRecord.read(json);
    }
}
