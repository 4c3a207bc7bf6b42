package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jixiao.extractors.json.ReportRecord;

/**
 * Reading an index of reports: what the {@code search}, {@code timeline}, {@code export} commands and the web page
 * use. Read-only; every method is safe to call from several threads.
 */
public interface ReportIndex extends Closeable {

    /** Opens the index in {@code dir} (made by {@code jixiao ingest}) for reading. */
    static ReportIndex open(Path dir) throws IOException {
        return org.jixiao.index.search.LuceneReportIndex.open(dir);
    }

    /** Ranked hits with snippets, and facet counts over every matching entry. */
    SearchResult search(SearchQuery query) throws IOException;

    /**
     * How many entries match, counted exactly (the query's text, filters and kinds; no ranking, no facets). A large
     * {@link #search} estimates its total; this visits every match, so it costs time linear in the matches.
     */
    long count(SearchQuery query) throws IOException;

    /** The stored record of one report, by id (sha256 of the file). */
    Optional<ReportRecord> report(String id) throws IOException;

    /** The report's normalized document text (the text every {@code at} offset points into), for quoting in context. */
    default Optional<String> text(String id) throws IOException {
        return Optional.empty();
    }

    /** The indexed file of a report, for download: only ever a file that was indexed, looked up by id. */
    Optional<Path> sourceFile(String id) throws IOException;

    /** One department across years, found by any of its spellings; empty when no report matches. */
    Optional<Timeline> timeline(String department) throws IOException;

    /** Every report matching the filters of {@code query} (text, years, department, region …), streamed in id order. */
    void forEachReport(SearchQuery query, Consumer<ReportRecord> sink) throws IOException;

    /** Departments known to the index: normalized key and display name, with their report count. */
    List<Department> departments() throws IOException;

    record Department(String key, String name, List<String> aliases, int reports) {
        public Department {
            aliases = List.copyOf(aliases);
        }
    }
}
