package org.jixiao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.junit.jupiter.api.Test;

/** A large result's count and facets are estimates: the page says 约, an exact one says nothing of the kind. */
class EstimatedCountsTest {

    private static final Map<String, List<SearchResult.FacetCount>> FACETS =
            Map.of("year", List.of(new SearchResult.FacetCount("2023", 4_250_000)));

    @Test
    void anEstimatedTotalIsMarkedInThePagingAndUnderTheFacets() {
        SearchResult r = new SearchResult(4_250_000, List.of(), FACETS, 9_150, true);
        Params p = Params.parse("q=满意度");
        String paging = SearchControls.paging(p, SearchQuery.text("满意度"), r, "/");
        assertTrue(paging.contains("约 212500 页"), paging);
        String facets = SearchControls.facets(p, r, "/");
        assertTrue(facets.contains("以上为约数") && facets.contains("约 4250000"), facets);
    }

    @Test
    void anExactTotalIsNot() {
        SearchResult r = new SearchResult(45, List.of(), FACETS);
        Params p = Params.parse("q=满意度");
        String paging = SearchControls.paging(p, SearchQuery.text("满意度"), r, "/");
        assertTrue(paging.contains("/ 3 页"), paging);
        assertFalse(paging.contains("约") || SearchControls.facets(p, r, "/").contains("约"));
    }
}
