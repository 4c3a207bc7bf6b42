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
        // in IndexFields.FACETS order, the same on every run (Map.copyOf's order changes from one JVM to the next,
        // and --json output with it)
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    public record FacetCount(String value, long count) {
    }
}
