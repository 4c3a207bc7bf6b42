package org.jixiao.pipeline.web;

import java.io.IOException;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
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
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("kind", h.kind().label());
            n.put("reportId", h.reportId());
            n.put("department", h.department());
            n.put("region", h.region());
            if (h.year() == null) {
                n.putNull("year");
            } else {
                n.put("year", h.year());
            }
            n.put("label", h.label());
            if (h.snippet() != null) {
                ObjectNode s = n.putObject("snippet");
                s.put("text", h.snippet().text());
                ArrayNode marks = s.putArray("highlights");
                h.snippet().highlights().forEach(sp -> marks.addObject().put("start", sp.start()).put("end", sp.end()));
            }
            n.put("path", h.path());
            n.set("at", ReportJson.at(h.at()));
            n.put("score", h.score());
            n.set("record", h.record());
        }
        ObjectNode facets = o.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            ArrayNode a = facets.putArray(dim);
            counts.forEach(c -> a.addObject().put("value", c.value()).put("count", c.count()));
        });
        return o;
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
