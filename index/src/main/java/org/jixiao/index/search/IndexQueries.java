package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jixiao.index.EntryKind;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words of its text, its filters, and the department a user's
 * spelling means. Department resolution counts reports in the index, so it needs the searcher.
 */
final class IndexQueries {

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    IndexQueries(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /**
     * The query's words, all required, analyzed by the same analyzer as the indexed text. Only each position's
     * word itself is required, not the shorter words the analyzer also gives inside a compound: those are indexed
     * so that {@code 执行率} finds {@code 预算执行率}, but a query for {@code 预算执行率} must not match every text
     * with {@code 执行}. Null for no query; a query with no words matches nothing.
     */
    Query textQuery(String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int words = 0;
        try (var ts = analyzer.tokenStream(TEXT, text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    b.add(new TermQuery(new Term(TEXT, term.toString())), Occur.MUST);
                    words++;
                }
            }
            ts.end();
        }
        return words == 0 ? new MatchNoDocsQuery("no words in query") : b.build();
    }

    /** The text query (or all entries when null) restricted by every filter of {@code q}. */
    Query filtered(Query text, SearchQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        // another file of a report is listed with the report, never a hit of its own
        b.add(new TermQuery(new Term(KIND, SOURCE_KIND)), Occur.MUST_NOT);
        if (q.yearFrom() != null || q.yearTo() != null) {
            int from = q.yearFrom() == null ? Integer.MIN_VALUE : q.yearFrom();
            int to = q.yearTo() == null ? Integer.MAX_VALUE : q.yearTo();
            b.add(pointOrDocValues(IntPoint.newRangeQuery(YEAR, from, to), YEAR, from, to), Occur.FILTER);
        }
        if (q.department() != null && !q.department().isBlank()) {
            b.add(departmentQuery(q.department()), Occur.FILTER);
        }
        if (q.region() != null && !q.region().isBlank()) {
            b.add(new TermQuery(new Term(REGION_PART, DepartmentIdentity.clean(q.region()))), Occur.FILTER);
        }
        EntryKind implied = impliedKind(q);
        if (implied != null && !q.kinds().isEmpty() && !q.kinds().contains(implied)) {
            return new MatchNoDocsQuery("the filters hold only for " + implied.label() + " entries");
        }
        if (!q.kinds().isEmpty() && implied == null) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            q.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k.label())), Occur.SHOULD));
            b.add(kinds.build(), Occur.FILTER);
        }
        keyword(b, RULE, q.rule());
        keyword(b, SEVERITY, q.severity());
        keyword(b, GRADE, gradeKey(q.grade()));
        if (q.min() != null || q.max() != null) {
            long min = q.min() == null ? Long.MIN_VALUE : scaledCeiling(q.min());
            long max = q.max() == null ? Long.MAX_VALUE : scaled(q.max());
            b.add(pointOrDocValues(LongPoint.newRangeQuery(VALUE, min, max), VALUE, min, max), Occur.FILTER);
        }
        if (q.belowWeight()) {
            b.add(new TermQuery(new Term(BELOW_WEIGHT, "true")), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The one kind of entry that can pass the query's other filters, or null: only indicators are below their
     * weight, only findings have a rule or a severity. Then a filter on kinds that includes it adds nothing but a
     * check per match (a fifth of the ranked page of 满意度 among indicators below their weight), and is left out.
     */
    private static EntryKind impliedKind(SearchQuery q) {
        if (q.belowWeight()) {
            return EntryKind.INDICATOR;
        }
        boolean rule = q.rule() != null && !q.rule().isBlank();
        boolean severity = q.severity() != null && !q.severity().isBlank();
        return rule || severity ? EntryKind.FINDING : null;
    }

    /**
     * A range filter Lucene may run either way: from the points (every document in the range, gathered up front —
     * millions for a span of years) when the range leads, or by checking the doc value of each document the rest
     * of the query proposes when that is cheaper.
     */
    private static Query pointOrDocValues(Query points, String field, long from, long to) {
        return new IndexOrDocValuesQuery(points, NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    /**
     * The facet dimensions in which {@link #filtered} gives every match one value, and that value: one kind (asked
     * for, or implied by the other filters), one
     * rule, one severity, one grade, one year. (Not region or department: their filters match by place or by
     * several keys, so the matches can hold several values.)
     */
    static Map<String, String> pinned(SearchQuery q) {
        Map<String, String> out = new HashMap<>();
        EntryKind implied = impliedKind(q);
        if (implied != null) {
            out.put("kind", implied.label());
        } else if (q.kinds().size() == 1) {
            out.put("kind", q.kinds().iterator().next().label());
        }
        if (q.rule() != null && !q.rule().isBlank()) {
            out.put("rule", q.rule().strip());
        }
        if (q.severity() != null && !q.severity().isBlank()) {
            out.put("severity", q.severity().strip());
        }
        String grade = gradeKey(q.grade());
        if (grade != null && !grade.isBlank()) {
            out.put("grade", grade.strip());
        }
        if (q.yearFrom() != null && q.yearFrom().equals(q.yearTo())) {
            out.put("year", Integer.toString(q.yearFrom()));
        }
        return out;
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    /** Entries of one kind that match {@code q}. */
    static Query ofKind(Query q, EntryKind kind) {
        return new BooleanQuery.Builder().add(q, Occur.FILTER)
                .add(new TermQuery(new Term(KIND, kind.label())), Occur.FILTER).build();
    }

    /** Every entry of the department a spelling names (see {@link #resolve}); nothing when none matches. */
    Query departmentQuery(String spelling) throws IOException {
        List<String> keys = keys(spelling);
        if (keys.isEmpty()) {
            return new MatchNoDocsQuery("unknown department " + spelling);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        keys.forEach(k -> b.add(new TermQuery(new Term(DEPARTMENT_KEY, k)), Occur.SHOULD));
        return b.build();
    }

    /**
     * The keys of the department a spelling means: its resolved key, plus the place-less key of the same core name
     * when that core has only one place in the index (a report that never named its district is then the same
     * department as the one that did).
     */
    List<String> keys(String spelling) throws IOException {
        Optional<String> key = resolve(spelling);
        if (key.isEmpty()) {
            return List.of();
        }
        String k = key.get();
        String core = k.contains("/") ? k.substring(k.indexOf('/') + 1) : k;
        if (searcher.count(reports(new TermQuery(new Term(DEPARTMENT_KEY, core)))) == 0) {
            return List.of(k); // no report without a place under this core
        }
        // the place-less reports join a placed department only when it is the core's one place: at a national
        // scale a core such as 教育局 has thousands of reports, so the walk stops at the second place it sees
        Set<String> placed = placedKeys(reports(new TermQuery(new Term(DEPARTMENT_CORE, core))), 2);
        if (placed.size() > 1) {
            return List.of(k);
        }
        Set<String> same = new TreeSet<>(placed);
        same.add(core);
        return List.copyOf(same);
    }

    /**
     * The department key a user's spelling means: an exact key, a spelling some report used, or the same core
     * name (and the same place, when the spelling names one). Of several departments, the one with most reports.
     */
    Optional<String> resolve(String spelling) throws IOException {
        String cleaned = DepartmentIdentity.clean(spelling);
        String core = DepartmentIdentity.coreOf(spelling);
        String place = DepartmentIdentity.placeOf(spelling);
        Query named = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DEPARTMENT_KEY, spelling.strip())), Occur.SHOULD)
                .add(new TermQuery(new Term(DEPARTMENT_ALIAS, cleaned)), Occur.SHOULD)
                .build();
        Map<String, Long> pick = reportsByDepartment(named);
        if (pick.isEmpty()) {
            pick = new HashMap<>();
            for (var e : reportsByDepartment(new TermQuery(new Term(DEPARTMENT_CORE, core))).entrySet()) {
                if (place == null || e.getKey().startsWith(place + "/") || e.getKey().equals(core)) {
                    pick.put(e.getKey(), e.getValue());
                }
            }
        }
        return pick.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    private static Query reports(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermQuery(new Term(KIND, EntryKind.REPORT.label())), Occur.FILTER).build();
    }

    /** Up to {@code limit} department keys with a place ({@code place/core}) among the documents matching {@code q}. */
    private Set<String> placedKeys(Query q, int limit) throws IOException {
        Set<String> out = new TreeSet<>();
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            SortedDocValues keys = DocValues.getSorted(leaf.reader(), facetField("department"));
            Bits live = leaf.reader().getLiveDocs();
            Set<Integer> seen = new HashSet<>();
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if ((live == null || live.get(d)) && keys.advanceExact(d) && seen.add(keys.ordValue())) {
                    String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
                    if (key.contains("/") && out.add(key) && out.size() >= limit) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** Report counts by department key for the reports matching {@code q}, from doc values (no stored fields). */
    private Map<String, Long> reportsByDepartment(Query q) throws IOException {
        Query reports = reports(q);
        Map<String, Long> out = new HashMap<>();
        // exact, whatever the count: one match per report, and the department picked must not depend on a sample
        FacetCounter.everyMatch("department").count(searcher, reports).counts().getOrDefault("department", List.of())
                .forEach(c -> out.put(c.value(), c.count()));
        return out;
    }
}
