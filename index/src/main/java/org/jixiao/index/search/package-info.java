/**
 * The read side of the index: {@link org.jixiao.index.search.LuceneReportIndex}, the Lucene implementation of
 * {@link org.jixiao.index.ReportIndex} — Chinese full text with highlighted snippets, filters, facets over all
 * matches, department timelines.
 */
package org.jixiao.index.search;
