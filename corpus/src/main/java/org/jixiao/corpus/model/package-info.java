/**
 * The document model: what a report file is once read, independent of its format.
 *
 * <p>A {@link org.jixiao.corpus.model.SourceDocument} is a list of {@link org.jixiao.corpus.model.Block}s
 * (headings, paragraphs, tables with spanning cells) over one normalized text. Every block and cell carries a
 * {@link org.jixiao.corpus.model.Provenance}, offsets into that text plus page/table/row/col, so later stages
 * get evidence for free, in the stand-off style of CoreNLP and DKPro. Everything here is immutable.
 */
package org.jixiao.corpus.model;
