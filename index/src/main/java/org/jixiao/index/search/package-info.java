/**
 * The read side of the index: {@link org.jixiao.index.search.LuceneReportIndex}, the Lucene implementation of
 * {@link org.jixiao.index.ReportIndex} — Chinese full text with highlighted snippets, filters, facets over all
 * matches, department timelines. It delegates to one class per job: query building with department resolution
 * ({@code IndexQueries}), retrieval of stored entries ({@code StoredReports}), {@code Snippets} and
 * {@code Timelines}.
 */
package org.jixiao.index.search;
