package org.jixiao.spark;

import org.jixiao.extractors.json.ReportJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code records/} output, one JSON object per line and file ({@code jixiao.spark-record/1}):
 * {@code {"schema", "ordinal", "record": jixiao.report/1, "text": the normalized document text or null}}.
 * {@code jixiao ingest --records} reads these (the pipeline has its own reader: it does not depend on Spark).
 */
final class RecordLines {

    static final String SCHEMA = "jixiao.spark-record/1";

    private RecordLines() {
    }

    static String line(Extracted e) throws JsonProcessingException {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        o.put("schema", SCHEMA);
        o.put("ordinal", e.ordinal());
        o.set("record", ReportJson.parse(e.json()));
        o.put("text", e.text());
        return ReportJson.mapper().writeValueAsString(o);
    }
}
