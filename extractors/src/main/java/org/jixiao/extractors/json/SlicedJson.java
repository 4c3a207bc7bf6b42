package org.jixiao.extractors.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON tree written once, with where each of its objects is in the text: the JSON of any object inside is then a
 * slice of the whole, exactly what the contract's mapper ({@link ReportJson#mapper}) writes for that object alone.
 *
 * <p>Why: the index stores a report's JSON and, on each of its ~300 entries, the entry's own JSON and provenance,
 * which are parts of it. Writing each part again through the mapper cost as much as a quarter of preparing a
 * report's documents (a generator, buffers and a serializer per small object); slicing costs a substring.
 */
public final class SlicedJson {

    private final String json;
    private final Map<JsonNode, int[]> objects;

    private SlicedJson(String json, Map<JsonNode, int[]> objects) {
        this.json = json;
        this.objects = objects;
    }

    /** {@code tree} written as {@link ReportJson} writes it, every object's place in the text noted. */
    public static SlicedJson of(JsonNode tree) {
        StringWriter out = new StringWriter(4096);
        Map<JsonNode, int[]> objects = new IdentityHashMap<>();
        try (JsonGenerator g = ReportJson.mapper().createGenerator(out)) {
            new Walk(out, g, objects).write(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SlicedJson(out.toString(), objects);
    }

    /** The whole tree's JSON. */
    public String json() {
        return json;
    }

    /** The JSON of {@code object}, a node of the tree (the same instance); null for any other node. */
    public String slice(JsonNode object) {
        int[] span = objects.get(object);
        return span == null ? null : json.substring(span[0], span[1]);
    }

    /** Writes nodes as the mapper would, noting where each object starts and ends. */
    private record Walk(StringWriter out, JsonGenerator g, Map<JsonNode, int[]> objects) {

        /** Chars written so far: those flushed to the writer and those still in the generator's buffer. */
        private int position() {
            return out.getBuffer().length() + g.getOutputBuffered();
        }

        void write(JsonNode n) throws IOException {
            switch (n.getNodeType()) {
                case OBJECT -> {
                    g.writeStartObject();
                    int start = position() - 1; // the '{' just written; any separator before it is not the object's
                    for (Map.Entry<String, JsonNode> e : n.properties()) {
                        g.writeFieldName(e.getKey());
                        write(e.getValue());
                    }
                    g.writeEndObject();
                    objects.put(n, new int[] {start, position()});
                }
                case ARRAY -> {
                    g.writeStartArray();
                    for (JsonNode e : n) {
                        write(e);
                    }
                    g.writeEndArray();
                }
                case STRING -> g.writeString(n.textValue());
                case NULL, MISSING -> g.writeNull();
                case BOOLEAN -> g.writeBoolean(n.booleanValue());
                case NUMBER -> {
                    switch (n.numberType()) {
                        case INT -> g.writeNumber(n.intValue());
                        case LONG -> g.writeNumber(n.longValue());
                        case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                        case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                        case FLOAT -> g.writeNumber(n.floatValue());
                        case DOUBLE -> g.writeNumber(n.doubleValue());
                    }
                }
                default -> ReportJson.mapper().writeTree(g, n); // binary, POJO: not in a report, written as the mapper does
            }
        }
    }
}
