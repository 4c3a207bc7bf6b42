package org.jixiao.index.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.jixiao.index.EntryKind;
import org.jixiao.index.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * Filters that imply a kind of entry: only indicators are below their weight, only findings have a rule or a
 * severity. The kind filter is then left out (it could only cost time), or the query matches nothing when the
 * kinds asked for exclude that kind. These tests look at the queries built; the index writes {@code below_weight} on
 * indicator entries only and {@code rule}/{@code severity} on finding entries only ({@code EntryDocuments}).
 */
class IndexQueriesTest {

    private static Query filtered(SearchQuery q) throws IOException {
        return new IndexQueries(null, null).filtered(null, q);
    }

    @Test
    void belowWeightImpliesIndicatorsSoTheKindFilterIsLeftOut() throws IOException {
        Query q = filtered(SearchQuery.all().withKinds(Set.of(EntryKind.INDICATOR)).withBelowWeight(true));
        assertTrue(q.toString().contains("below_weight:true"), q.toString());
        assertFalse(q.toString().contains("kind:indicator"), q.toString());
    }

    @Test
    void aRuleOrSeverityImpliesFindings() throws IOException {
        Query q = filtered(SearchQuery.all().withKinds(Set.of(EntryKind.FINDING, EntryKind.REPORT)).withRule("unit"));
        assertFalse(q.toString().contains("kind:finding"), q.toString());
        assertTrue(q.toString().contains("rule:unit"), q.toString());
    }

    @Test
    void kindsThatExcludeTheImpliedKindMatchNothing() throws IOException {
        assertInstanceOf(MatchNoDocsQuery.class,
                filtered(SearchQuery.all().withKinds(Set.of(EntryKind.REPORT)).withBelowWeight(true)));
        assertInstanceOf(MatchNoDocsQuery.class,
                filtered(SearchQuery.all().withKinds(Set.of(EntryKind.EVALUATION)).withSeverity("error")));
    }

    @Test
    void otherKindFiltersStay() throws IOException {
        Query q = filtered(SearchQuery.all().withKinds(Set.of(EntryKind.EVALUATION)));
        assertTrue(q.toString().contains("kind:evaluation"), q.toString());
    }
}
