package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.TEXT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;
import org.jixiao.index.SearchQuery;
import org.jixiao.index.SearchResult;
import org.jixiao.index.Timeline;
import org.jixiao.index.analysis.HanLpAnalyzer;

/**
 * {@link ReportIndex} on a Lucene index written by {@link org.jixiao.index.write.IndexUpdater}. Opens one
 * point-in-time reader: an ingest running meanwhile is seen after reopening. Thread-safe (Lucene searchers are).
 * The work is done by {@link IndexQueries} (query building, department resolution), {@link StoredReports}
 * (retrieval), {@link Snippets} (highlighting) and {@link Timelines}; this class runs a search and delegates.
 */
public final class LuceneReportIndex implements ReportIndex {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexQueries queries;
    private final StoredReports stored;
    private final Snippets snippets;
    private final Timelines timelines;

    private LuceneReportIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        Analyzer analyzer = new HanLpAnalyzer();
        this.queries = new IndexQueries(searcher, analyzer);
        this.stored = new StoredReports(reader, searcher);
        this.snippets = new Snippets(searcher, analyzer);
        this.timelines = new Timelines(reader, searcher, queries, stored);
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
        Query textQuery = queries.textQuery(q.text());
        Query query = queries.filtered(textQuery, q);
        int wanted = q.offset() + q.limit();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, wanted), Integer.MAX_VALUE));
        Map<String, List<SearchResult.FacetCount>> facets = searcher.search(query, new FacetCounter());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
                Math.min(wanted, top.scoreDocs.length));
        Object[] highlighted = new Object[page.length];
        if (textQuery != null && page.length > 0) {
            int[] ids = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                ids[i] = page[i].doc;
            }
            highlighted = snippets.highlight(textQuery, ids);
        }
        StoredFields fields = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = fields.document(page[i].doc);
            SearchHit.Snippet snippet =
                    highlighted[i] instanceof SearchHit.Snippet s ? s : Snippets.lead(d.get(TEXT));
            hits.add(stored.hit(d, snippet, page[i].score));
        }
        return new SearchResult(top.totalHits.value(), hits, facets);
    }

    @Override
    public Optional<ReportRecord> report(String id) throws IOException {
        return stored.report(id);
    }

    @Override
    public Optional<String> text(String id) throws IOException {
        return stored.text(id);
    }

    @Override
    public Optional<Path> sourceFile(String id) throws IOException {
        return stored.sourceFile(id);
    }

    @Override
    public Optional<Timeline> timeline(String department) throws IOException {
        return timelines.timeline(department);
    }

    @Override
    public void forEachReport(SearchQuery query, Consumer<ReportRecord> sink) throws IOException {
        stored.forEachReport(queries.filtered(queries.textQuery(query.text()),
                query.withKinds(Set.of(EntryKind.REPORT))), sink);
    }

    @Override
    public List<Department> departments() throws IOException {
        return stored.departments();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
