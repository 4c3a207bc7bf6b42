package org.jixiao.pipeline.export;

import java.util.List;

import org.jixiao.extractors.json.ReportJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data dictionary of the exports, generated from the column definitions ({@link Tables}): Markdown for people
 * ({@code DATA_DICTIONARY.md}) and JSON for programs ({@code data-dictionary.json}). Written beside every export
 * and kept in the repository's {@code docs/}; a test fails when the committed copy is not what the code generates.
 */
public final class DataDictionary {

    public static final String SCHEMA = "jixiao.export/1";

    private DataDictionary() {
    }

    public static String markdown(List<ExportTable<?>> tables) {
        StringBuilder b = new StringBuilder("# jixiao export: data dictionary (" + SCHEMA + ")\n\n");
        b.append("Generated from the column definitions (`org.jixiao.pipeline.export.Tables`) by `jixiao export`,\n")
                .append("which writes it beside every export. Every table's rows carry the report's `report_id`,\n")
                .append("`department`, `region` and `year`, so each table can be used alone; `report_id` joins them.\n")
                .append("Empty cells (null) mean unknown, never a guess. Decimals are exact as printed in CSV and JSON\n")
                .append("Lines, `DECIMAL(" + Column.DECIMAL_PRECISION + "," + Column.DECIMAL_SCALE + ")` in Parquet, and numbers\n")
                .append("formatted to their printed places in XLSX.\n");
        for (ExportTable<?> t : tables) {
            b.append("\n## `").append(t.name()).append("`: ").append(t.description()).append("\n\n")
                    .append("| column | type | description |\n| --- | --- | --- |\n");
            for (Column<?> c : t.columns()) {
                b.append("| `").append(c.name()).append("` | ").append(c.type().label()).append(" | ")
                        .append(c.description().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }

    public static String json(List<ExportTable<?>> tables) {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        o.put("schema", SCHEMA);
        ArrayNode ts = o.putArray("tables");
        for (ExportTable<?> t : tables) {
            ObjectNode tn = ts.addObject();
            tn.put("name", t.name());
            tn.put("description", t.description());
            ArrayNode cols = tn.putArray("columns");
            for (Column<?> c : t.columns()) {
                cols.addObject().put("name", c.name()).put("type", c.type().label()).put("description", c.description());
            }
        }
        try {
            return ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
