package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result's facets keep the order they were counted in, so `search --json` prints the same bytes every run. */
class SearchResultTest {

    @Test
    void facetsKeepTheirOrderAndCannotBeChanged() {
        Map<String, List<SearchResult.FacetCount>> counted = new LinkedHashMap<>();
        for (String dim : List.of("year", "region", "department", "grade", "kind", "rule", "severity")) {
            counted.put(dim, List.of(new SearchResult.FacetCount("某值", 1)));
        }
        SearchResult r = new SearchResult(1, List.of(), counted);
        assertEquals(List.copyOf(counted.keySet()), List.copyOf(r.facets().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> r.facets().remove("year"));
        counted.remove("year");
        assertEquals(7, r.facets().size(), "a copy, not a view of the counter's map");
    }

    @Test
    void facetsCountedOverFewerMatchesThanTheTotalAreEstimates() {
        Map<String, List<SearchResult.FacetCount>> counted = Map.of("year", List.of(new SearchResult.FacetCount("2023", 8)));
        assertEquals(false, new SearchResult(8, List.of(), counted).facetsEstimated());
        assertEquals(true, new SearchResult(8, List.of(), counted, 3).facetsEstimated());
    }

    @Test
    void anEstimatedTotalMakesTheFacetsEstimatesToo() {
        Map<String, List<SearchResult.FacetCount>> counted = Map.of("year", List.of(new SearchResult.FacetCount("2023", 64)));
        // a sample of 8 matches each weighing 8: the total and the counts are both estimates
        SearchResult r = new SearchResult(64, List.of(), counted, 8, true);
        assertEquals(true, r.totalEstimated());
        assertEquals(true, r.facetsEstimated());
        assertEquals(false, new SearchResult(64, List.of(), counted, 64).totalEstimated());
    }
}
