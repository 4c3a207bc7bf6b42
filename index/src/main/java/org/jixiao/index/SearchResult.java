package org.jixiao.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total count, and facet counts over ALL matching entries (not only this page), by dimension:
 * {@code year}, {@code region}, {@code department}, {@code grade}, {@code kind}, {@code rule}, {@code severity}.
 *
 * @param facetsCounted how many of the {@code total} matches the facets counted: all of them (exact counts) up to
 *                      100,000 matches; beyond, a sample, and the counts are estimates ({@link #facetsEstimated})
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           long facetsCounted) {

    public SearchResult {
        hits = List.copyOf(hits);
        // in IndexFields.FACETS order, the same on every run (Map.copyOf's order changes from one JVM to the next,
        // and --json output with it)
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** Facets counted over every match. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, total);
    }

    /** Whether the facet counts are estimated from a sample of the matches rather than counted over all. */
    public boolean facetsEstimated() {
        return facetsCounted < total;
    }

    public record FacetCount(String value, long count) {
    }
}
