package org.jixiao.pipeline.web;

import java.io.IOException;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
import org.jixiao.pipeline.render.SearchJson;
import org.jixiao.pipeline.render.TimelineJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON API behind the pages, for other tools. Records are in the dataset contract's shape
 * ({@code jixiao.report/1}), decimals exact.
 */
final class JsonApi {

    static final ObjectMapper MAPPER = ReportJson.mapper();

    private final ReportIndex index;

    JsonApi(ReportIndex index) {
        this.index = index;
    }

    static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode search(Params p) throws IOException {
        return result(index.search(p.query(null)));
    }

    JsonNode findings(Params p) throws IOException {
        return result(index.search(p.query(EntryKind.FINDING)));
    }

    private static JsonNode result(SearchResult r) {
        return SearchJson.toTree(r);
    }

    JsonNode report(String id) throws IOException {
        return ReportJson.toTree(index.report(id).orElseThrow(() -> BadRequest.notFound("索引中没有这份报告：" + id)));
    }

    JsonNode departments() throws IOException {
        ArrayNode a = MAPPER.createArrayNode();
        for (ReportIndex.Department d : index.departments()) {
            ObjectNode n = a.addObject();
            n.put("key", d.key());
            n.put("name", d.name());
            ArrayNode aliases = n.putArray("aliases");
            d.aliases().forEach(aliases::add);
            n.put("reports", d.reports());
        }
        return a;
    }

    JsonNode timeline(String department) throws IOException {
        if (department == null) {
            throw BadRequest.badRequest("请给出单位名称（参数 department）。");
        }
        Timeline t = index.timeline(department)
                .orElseThrow(() -> BadRequest.notFound("索引中没有名为“" + department + "”的单位。"));
        return TimelineJson.toTree(t);
    }
}
