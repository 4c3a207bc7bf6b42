/**
 * The structured report: the Java form of the dataset contract ({@code jixiao.report/1}). Records only;
 * every value carries the {@link org.jixiao.corpus.model.Provenance} of the text it came from.
 */
package org.jixiao.extractors.model;
