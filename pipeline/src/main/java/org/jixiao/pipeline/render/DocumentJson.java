package org.jixiao.pipeline.render;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The document model as JSON ({@code jixiao.document/1}), written explicitly rather than by reflection so
 * that the shape is a stable interface: renaming a Java field must not rename a JSON field.
 */
public final class DocumentJson {

    public static final String SCHEMA = "jixiao.document/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {
    }

    public static String toJson(SourceDocument doc) {
        try {
            return MAPPER.writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toTree(SourceDocument doc) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("id", doc.id());
        ObjectNode source = o.putObject("source");
        source.put("path", doc.path().toString());
        source.put("format", doc.format().label());
        if (doc.pageCount() > 0) {
            source.put("pages", doc.pageCount());
        } else {
            source.putNull("pages"); // the format has no pages, or did not say
        }
        source.put("ocr", doc.ocr());
        ObjectNode md = o.putObject("metadata");
        doc.metadata().forEach(md::put);
        ArrayNode warnings = o.putArray("warnings");
        doc.warnings().forEach(warnings::add);
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : doc.blocks()) {
            blocks.add(block(b));
        }
        o.put("text", doc.text().text());
        return o;
    }

    static ObjectNode block(Block b) {
        ObjectNode n = MAPPER.createObjectNode();
        switch (b) {
            case Heading h -> {
                n.put("type", "heading");
                n.put("level", h.level());
                n.put("text", h.text());
            }
            case Paragraph p -> {
                n.put("type", "paragraph");
                n.put("text", p.text());
            }
            case Table t -> {
                n.put("type", "table");
                n.put("index", t.index());
                n.put("rows", t.rowCount());
                n.put("cols", t.colCount());
                n.put("caption", t.caption());
                ArrayNode cells = n.putArray("cells");
                for (Cell c : t.cells()) {
                    ObjectNode cn = cells.addObject();
                    cn.put("row", c.row());
                    cn.put("col", c.col());
                    cn.put("rowSpan", c.rowSpan());
                    cn.put("colSpan", c.colSpan());
                    cn.put("text", c.text());
                    cn.set("at", at(c.at()));
                }
            }
        }
        n.set("at", at(b.at()));
        return n;
    }

    public static ObjectNode at(Provenance p) {
        ObjectNode n = ReportJson.at(p);
        if (p.table() != null && p.row() == null) {
            n.remove("text"); // a whole table's text is not repeated here: its cells carry it
        }
        return n;
    }
}
