package org.jixiao.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total count, and facet counts over ALL matching entries (not only this page), by dimension:
 * {@code year}, {@code region}, {@code department}, {@code grade}, {@code kind}, {@code rule}, {@code severity}.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public record FacetCount(String value, long count) {
    }
}
