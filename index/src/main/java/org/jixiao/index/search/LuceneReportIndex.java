package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.TEXT;
import static org.jixiao.index.write.IndexFields.checkAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
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
 * {@link ReportIndex} on a Lucene index written by {@link org.jixiao.index.write.IndexUpdater}. Near-real-time: every
 * call first asks a {@link SearcherManager} whether a newer commit exists (a look at the folder's latest
 * {@code segments_N}, well under a millisecond) and, when an ingest has committed since, opens the new point in time
 * (only the new segments are read); a call in progress keeps the point in time it started with, which is released
 * when the last call using it ends. So {@code jixiao serve} keeps answering while an ingest writes to the same folder,
 * and shows new reports after each of the ingest's commits. Thread-safe (Lucene searchers are).
 * The work is done by {@link IndexQueries} (query building, department resolution), {@link StoredReports}
 * (retrieval), {@link Snippets} (highlighting) and {@link Timelines}, made once per point in time ({@link View}).
 */
public final class LuceneReportIndex implements ReportIndex {

    /** Matches the ranked page counts before it may skip: beyond, the count comes from {@link FacetCounter}. */
    private static final int PAGE_COUNT_LIMIT = 1_000;

    /** Counts and facets run here, beside the ranked page. */
    private static final Executor COUNTING = pool("jixiao-facets");
    /** The ranked page's segments are searched here, several at once. */
    private static final Executor SEARCHING = pool("jixiao-search");

    /** Daemon threads, one per core. */
    private static Executor pool(String name) {
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private final SearcherManager manager;
    private final Analyzer analyzer = new HanLpAnalyzer();
    private final Map<IndexReader, View> views = new ConcurrentHashMap<>();

    /** One point in time of the index, with the helpers that read it. */
    private record View(IndexReader reader, IndexSearcher searcher, IndexQueries queries, StoredReports stored,
                        Snippets snippets, Timelines timelines) {

        static View of(IndexSearcher searcher, Analyzer analyzer) {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            IndexQueries queries = new IndexQueries(searcher, analyzer);
            StoredReports stored = new StoredReports(reader, searcher);
            return new View(reader, searcher, queries, stored, new Snippets(searcher, analyzer),
                    new Timelines(reader, searcher, queries, stored));
        }
    }

    private interface Read<T> {
        T apply(View v) throws IOException;
    }

    private LuceneReportIndex(SearcherManager manager) {
        this.manager = manager;
        // a point in time no call uses any more is closed by the manager; forget its helpers with it
        manager.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    views.keySet().removeIf(r -> r.getRefCount() <= 0);
                }
            }
        });
    }

    /** Opens the index in {@code dir}; a folder without an index is an {@link IOException} with a plain reason. */
    public static LuceneReportIndex open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no index at " + dir + " (run jixiao ingest first)");
        }
        try {
            FSDirectory directory = FSDirectory.open(dir);
            try (DirectoryReader made = DirectoryReader.open(directory)) {
                checkAnalyzer(made.getIndexCommit().getUserData(), made.numDocs(), dir);
            } catch (IOException e) {
                directory.close();
                throw e;
            }
            return new LuceneReportIndex(new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, SEARCHING);
                }
            }));
        } catch (IndexNotFoundException e) {
            throw new IOException("no index at " + dir + " (run jixiao ingest first)");
        }
    }

    /** Runs {@code read} on the latest committed point in time. */
    private <T> T read(Read<T> read) throws IOException {
        manager.maybeRefresh(); // returns at once when another thread is refreshing: that call sees the new one
        IndexSearcher searcher = manager.acquire();
        try {
            View v = views.computeIfAbsent(searcher.getIndexReader(), r -> View.of(searcher, analyzer));
            return read.apply(v);
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        return read(v -> search(v, q));
    }

    private static SearchResult search(View v, SearchQuery q) throws IOException {
        IndexSearcher searcher = v.searcher();
        IndexQueries queries = v.queries();
        Query textQuery = queries.textQuery(q.text());
        Query query = queries.filtered(textQuery, q);
        int wanted = q.offset() + q.limit();
        // the count and the facets: their own bounded walk, on another core meanwhile
        CompletableFuture<FacetCounter.Facets> counting = CompletableFuture.supplyAsync(() -> {
            try {
                return new FacetCounter().count(searcher, query, IndexQueries.pinned(q));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, COUNTING);
        List<SearchHit> hits;
        try {
            hits = page(v, textQuery, query, q.offset(), wanted);
        } finally {
            // the walk reads this point in time, which is released when this call returns: wait for it either way
            counting.handle((f, e) -> null).join();
        }
        FacetCounter.Facets facets = facets(counting);
        return new SearchResult(facets.matches(), hits, facets.counts(), facets.counted(), facets.estimated());
    }

    /**
     * The ranked page with snippets. It stops counting at a thousand matches, so the scorer may skip blocks that
     * cannot enter it (block-max WAND; constant-score filters end once the page is full).
     */
    private static List<SearchHit> page(View v, Query textQuery, Query query, int offset, int wanted)
            throws IOException {
        TopDocs top = v.searcher().search(query,
                new TopScoreDocCollectorManager(Math.max(1, wanted), PAGE_COUNT_LIMIT));
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(wanted, top.scoreDocs.length));
        Object[] highlighted = new Object[page.length];
        if (textQuery != null && page.length > 0) {
            int[] ids = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                ids[i] = page[i].doc;
            }
            highlighted = v.snippets().highlight(textQuery, ids);
        }
        StoredFields fields = v.reader().storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = fields.document(page[i].doc);
            SearchHit.Snippet snippet =
                    highlighted[i] instanceof SearchHit.Snippet s ? s : Snippets.lead(d.get(TEXT));
            hits.add(v.stored().hit(d, snippet, page[i].score));
        }
        return hits;
    }

    private static FacetCounter.Facets facets(CompletableFuture<FacetCounter.Facets> counting) throws IOException {
        try {
            return counting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    @Override
    public long count(SearchQuery q) throws IOException {
        return read(v -> (long) v.searcher().count(v.queries().filtered(v.queries().textQuery(q.text()), q)));
    }

    @Override
    public Optional<ReportRecord> report(String id) throws IOException {
        return read(v -> v.stored().report(id));
    }

    @Override
    public Optional<String> text(String id) throws IOException {
        return read(v -> v.stored().text(id));
    }

    @Override
    public Optional<Path> sourceFile(String id) throws IOException {
        return read(v -> v.stored().sourceFile(id));
    }

    @Override
    public Optional<Timeline> timeline(String department) throws IOException {
        return read(v -> v.timelines().timeline(department));
    }

    @Override
    public void forEachReport(SearchQuery query, Consumer<ReportRecord> sink) throws IOException {
        read(v -> {
            v.stored().forEachReport(v.queries().filtered(v.queries().textQuery(query.text()),
                    query.withKinds(Set.of(EntryKind.REPORT))), sink);
            return null;
        });
    }

    @Override
    public List<Department> departments() throws IOException {
        return read(v -> v.stored().departments());
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
