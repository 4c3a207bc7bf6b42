/**
 * The index stage: reports from the extractors stored in a Lucene index in a local folder, searched with Chinese
 * full text, filters and facets, linked across years by department. {@link org.jixiao.index.ReportIndex} is the
 * read side every consumer (command line, exports, web page) uses.
 */
package org.jixiao.index;
