package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
import org.jixiao.index.analysis.HanLpAnalyzer;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * {@link ReportIndex} on a Lucene index written by {@link org.jixiao.index.write.IndexUpdater}. Opens one
 * point-in-time reader: an ingest running meanwhile is seen after reopening. Thread-safe (Lucene searchers are).
 */
public final class LuceneReportIndex implements ReportIndex {

    /** Longest snippet shown, in chars: a passage is cut to a window around its first match. */
    static final int SNIPPET_CHARS = 160;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new HanLpAnalyzer();
    private final ObjectHighlighter highlighter;

    private LuceneReportIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1));
    }

    /** Opens the index in {@code dir}; a folder without an index is an {@link IOException} with a plain reason. */
    public static LuceneReportIndex open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no index at " + dir + " (run jixiao ingest first)");
        }
        try {
            return new LuceneReportIndex(DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IndexNotFoundException e) {
            throw new IOException("no index at " + dir + " (run jixiao ingest first)");
        }
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        Query textQuery = textQuery(q.text());
        Query query = filtered(textQuery, q);
        int wanted = q.offset() + q.limit();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, wanted), Integer.MAX_VALUE));
        Map<String, List<SearchResult.FacetCount>> facets = searcher.search(query, new FacetCounter());
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
                Math.min(wanted, top.scoreDocs.length));
        Object[] snippets = new Object[page.length];
        if (textQuery != null && page.length > 0) {
            int[] ids = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                ids[i] = page[i].doc;
            }
            snippets = highlighter.snippets(textQuery, ids);
        }
        StoredFields stored = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            SearchHit.Snippet snippet = snippets[i] instanceof SearchHit.Snippet s ? s : lead(d.get(TEXT));
            hits.add(hit(d, snippet, page[i].score));
        }
        return new SearchResult(top.totalHits.value(), hits, facets);
    }

    private SearchHit hit(Document d, SearchHit.Snippet snippet, float score) {
        Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
        String at = d.get(AT);
        JsonNode record = ReportJson.parse(d.get(JSON));
        return new SearchHit(EntryKind.of(d.get(KIND)), d.get(REPORT_ID), d.get(DEPARTMENT_NAME), d.get(REGION),
                year == null ? null : year.intValue(), d.get(LABEL), snippet, d.get(PATH),
                at == null ? null : provenance(ReportJson.parse(at)), score, record);
    }

    private static Provenance provenance(JsonNode n) {
        return new Provenance(integer(n, "page"), integer(n, "table"), integer(n, "row"), integer(n, "col"),
                n.path("start").asInt(), n.path("end").asInt(), n.path("text").isNull() ? null : n.path("text").asText());
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    /** The start of a text, when the query had no words to highlight. */
    private static SearchHit.Snippet lead(String text) {
        String t = text == null ? "" : text;
        return new SearchHit.Snippet(t.length() <= SNIPPET_CHARS ? t : t.substring(0, SNIPPET_CHARS) + "…", List.of());
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
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var increment = ts.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
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

    private Query filtered(Query text, SearchQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (q.yearFrom() != null || q.yearTo() != null) {
            b.add(IntPoint.newRangeQuery(YEAR, q.yearFrom() == null ? Integer.MIN_VALUE : q.yearFrom(),
                    q.yearTo() == null ? Integer.MAX_VALUE : q.yearTo()), Occur.FILTER);
        }
        if (q.department() != null && !q.department().isBlank()) {
            b.add(departmentQuery(q.department()), Occur.FILTER);
        }
        if (q.region() != null && !q.region().isBlank()) {
            b.add(new TermQuery(new Term(REGION_PART, DepartmentIdentity.clean(q.region()))), Occur.FILTER);
        }
        if (!q.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            q.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k.label())), Occur.SHOULD));
            b.add(kinds.build(), Occur.FILTER);
        }
        keyword(b, RULE, q.rule());
        keyword(b, SEVERITY, q.severity());
        keyword(b, GRADE, q.grade());
        if (q.min() != null || q.max() != null) {
            b.add(LongPoint.newRangeQuery(VALUE, q.min() == null ? Long.MIN_VALUE : scaledCeiling(q.min()),
                    q.max() == null ? Long.MAX_VALUE : scaled(q.max())), Occur.FILTER);
        }
        if (q.belowWeight()) {
            b.add(new TermQuery(new Term(BELOW_WEIGHT, "true")), Occur.FILTER);
        }
        return b.build();
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    /** Every entry of the department a spelling names (see {@link #resolve}); nothing when none matches. */
    private Query departmentQuery(String spelling) throws IOException {
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
        Set<String> sameCore = new java.util.TreeSet<>(
                reportsByDepartment(new TermQuery(new Term(DEPARTMENT_CORE, core))).keySet());
        long placed = sameCore.stream().filter(x -> x.contains("/")).count();
        if (placed > 1 || !sameCore.contains(core)) {
            return List.of(k);
        }
        return List.copyOf(sameCore);
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

    /** Report counts by department key for the reports matching {@code q}, from doc values (no stored fields). */
    private Map<String, Long> reportsByDepartment(Query q) throws IOException {
        Query reports = new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermQuery(new Term(KIND, EntryKind.REPORT.label())), Occur.FILTER).build();
        Map<String, Long> out = new HashMap<>();
        searcher.search(reports, new FacetCounter()).getOrDefault("department", List.of())
                .forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    @Override
    public Optional<ReportRecord> report(String id) throws IOException {
        Optional<Document> d = reportDocument(id);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withDerived(ReportRecord.read(d.get().get(JSON))));
    }

    /** The record with the findings of the cross-report pass (cross-year, boilerplate) added to its own. */
    private ReportRecord withDerived(ReportRecord r) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(REPORT_ID, r.id())), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, EntryKind.FINDING.label())), Occur.FILTER)
                .add(new TermQuery(new Term(DERIVED, ANY_DERIVED)), Occur.FILTER)
                .build();
        List<Finding> derived = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        ScoreDoc[] docs = searcher.search(q, Integer.MAX_VALUE, new org.apache.lucene.search.Sort(
                new org.apache.lucene.search.SortField(null, org.apache.lucene.search.SortField.Type.DOC))).scoreDocs;
        for (ScoreDoc sd : docs) {
            derived.add(ReportRecord.finding(ReportJson.parse(stored.document(sd.doc, Set.of(JSON)).get(JSON))));
        }
        if (derived.isEmpty()) {
            return r;
        }
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(derived);
        return new ReportRecord(r.id(), r.path(), r.format(), r.pages(), r.ocr(), r.title(), r.department(),
                r.aliases(), r.region(), r.year(), r.scope(), r.score(), r.grade(), r.evaluations(), r.figures(),
                all, r.errors(), r.warnings());
    }

    private Optional<Document> reportDocument(String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(REPORT_ID, id.strip())), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, EntryKind.REPORT.label())), Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(reader.storedFields().document(top.scoreDocs[0].doc));
    }

    @Override
    public Optional<String> text(String id) throws IOException {
        return reportDocument(id).map(d -> d.get(TEXT));
    }

    @Override
    public Optional<Path> sourceFile(String id) throws IOException {
        Optional<Document> d = reportDocument(id);
        return d.map(doc -> Path.of(doc.get(PATH))).filter(Files::isRegularFile);
    }

    @Override
    public Optional<Timeline> timeline(String department) throws IOException {
        List<String> keys = keys(department);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String key = keys.stream().filter(k -> k.contains("/")).findFirst().orElse(keys.getFirst());
        Query q = new BooleanQuery.Builder()
                .add(departmentQuery(department), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, EntryKind.REPORT.label())), Occur.FILTER).build();
        List<ReportRecord> records = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(JSON, DEPARTMENT_ALIAS));
            records.add(withDerived(ReportRecord.read(d.get(JSON))));
            aliases.addAll(List.of(d.getValues(DEPARTMENT_ALIAS)));
        }
        records.sort(Comparator.comparing((ReportRecord r) -> r.year() == null ? 0 : r.year())
                .thenComparing(ReportRecord::id));
        List<Timeline.Year> years = new ArrayList<>();
        String name = null;
        for (ReportRecord r : records) {
            years.add(year(r));
            if (r.department() != null) {
                name = r.department();
            }
        }
        return Optional.of(new Timeline(key, name == null ? key : name, List.copyOf(aliases), years));
    }

    /** A report's department-level figures: from its department evaluation, else the report's headline. */
    private static Timeline.Year year(ReportRecord r) {
        Evaluation dept = r.evaluations().stream().filter(e -> e.scope() == Evaluation.Scope.DEPARTMENT).findFirst()
                .orElse(r.evaluations().size() == 1 ? r.evaluations().getFirst() : null);
        Budget b = dept == null || dept.budget() == null ? Budget.NONE : dept.budget();
        Amount budget = b.fullYear() != null ? b.fullYear() : b.initial();
        var score = dept != null && dept.score() != null ? dept.score() : r.score();
        String grade = dept != null && dept.grade() != null ? dept.grade() : r.grade();
        return new Timeline.Year(r.year() == null ? 0 : r.year(), r.id(), r.title(), r.path(), budget, b.executed(),
                b.rate(), score, grade, r.findings());
    }

    @Override
    public void forEachReport(SearchQuery query, Consumer<ReportRecord> sink) throws IOException {
        Query q = filtered(textQuery(query.text()), query.withKinds(Set.of(EntryKind.REPORT)));
        StoredFields stored = reader.storedFields();
        Map<String, Integer> byId = new java.util.TreeMap<>();
        for (ScoreDoc sd : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
            byId.putIfAbsent(stored.document(sd.doc, Set.of(REPORT_ID)).get(REPORT_ID), sd.doc);
        }
        for (int doc : byId.values()) {
            sink.accept(withDerived(ReportRecord.read(stored.document(doc, Set.of(JSON)).get(JSON))));
        }
    }

    @Override
    public List<Department> departments() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        StoredFields stored = reader.storedFields();
        Query q = new TermQuery(new Term(KIND, EntryKind.REPORT.label()));
        for (ScoreDoc sd : searcher.search(q, Integer.MAX_VALUE).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(DEPARTMENT_KEY, DEPARTMENT_NAME, DEPARTMENT_ALIAS));
            String key = d.get(DEPARTMENT_KEY);
            names.putIfAbsent(key, d.get(DEPARTMENT_NAME));
            aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(List.of(d.getValues(DEPARTMENT_ALIAS)));
            counts.merge(key, 1, Integer::sum);
        }
        List<Department> out = new ArrayList<>();
        names.forEach((k, n) -> out.add(new Department(k, n, List.copyOf(aliases.get(k)), counts.get(k))));
        out.sort(Comparator.comparing(Department::key));
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** The highlighter with its object-returning method opened up: snippets come back as {@link SearchHit.Snippet}. */
    private static final class ObjectHighlighter extends UnifiedHighlighter {
        ObjectHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {1}).get(TEXT);
        }
    }

    /** Passages as {@link SearchHit.Snippet}s: spans relative to the snippet, cut to a window around the first match. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > SNIPPET_CHARS && p.getNumMatches() > 0) {
                start = Math.max(start, p.getMatchStarts()[0] - SNIPPET_CHARS / 3);
                end = Math.min(end, start + SNIPPET_CHARS);
            }
            String text = content.substring(start, end);
            List<SearchHit.Span> spans = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (s >= start && e <= end) {
                    spans.add(new SearchHit.Span(s - start, e - start));
                }
            }
            return new SearchHit.Snippet(text, spans);
        }
    }
}
