package org.jixiao.pipeline.render;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page of search results as JSON, for {@code search --json} and the web page's API: each hit with its snippet
 * (highlights as {@code [start, end]} pairs into the snippet), location and stored record; facets as
 * {@code {dimension: {value: count}}} in descending count order.
 */
public final class SearchJson {

    private SearchJson() {
    }

    public static ObjectNode toTree(SearchResult r) {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("kind", h.kind().label());
            n.put("reportId", h.reportId());
            n.put("department", h.department());
            n.put("region", h.region());
            n.put("year", h.year());
            n.put("label", h.label());
            ObjectNode snippet = n.putObject("snippet");
            snippet.put("text", h.snippet().text());
            ArrayNode spans = snippet.putArray("highlights");
            h.snippet().highlights().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
            n.put("path", h.path());
            n.set("at", ReportJson.at(h.at()));
            n.put("score", h.score());
            n.set("record", h.record());
        }
        ObjectNode facets = o.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            ObjectNode d = facets.putObject(dim);
            counts.forEach(c -> d.put(c.value(), c.count()));
        });
        if (r.facetsEstimated()) { // only then, so exact results read as before
            o.put("facetsEstimated", true);
            o.put("facetsCounted", r.facetsCounted());
        }
        if (r.totalEstimated()) {
            o.put("totalEstimated", true);
        }
        return o;
    }
}
