package org.jixiao.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the count of all matching entries, and facet counts over ALL of them (not only this page), by
 * dimension: {@code year}, {@code region}, {@code department}, {@code grade}, {@code kind}, {@code rule},
 * {@code severity}.
 *
 * @param total          how many entries match: exact up to 5,000 matches; beyond, estimated from a sample
 *                       ({@code totalEstimated})
 * @param facetsCounted  how many matches the facets counted: all of them (exact counts) up to 5,000 matches;
 *                       beyond, a sample, and the counts are estimates ({@link #facetsEstimated})
 * @param totalEstimated whether {@code total} is an estimate (from the same sample as the facets)
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           long facetsCounted, boolean totalEstimated) {

    public SearchResult {
        hits = List.copyOf(hits);
        // in IndexFields.FACETS order, the same on every run (Map.copyOf's order changes from one JVM to the next,
        // and --json output with it)
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** An exact total; the facets counted over {@code facetsCounted} of the matches. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, long facetsCounted) {
        this(total, hits, facets, facetsCounted, false);
    }

    /** Facets counted over every match. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, total);
    }

    /** Whether the facet counts are estimated from a sample of the matches rather than counted over all. */
    public boolean facetsEstimated() {
        return totalEstimated || facetsCounted < total;
    }

    public record FacetCount(String value, long count) {
    }
}
