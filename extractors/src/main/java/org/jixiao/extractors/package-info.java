/**
 * The extractors stage: document model to structured report ({@code jixiao.report/1}).
 *
 * <p>{@link org.jixiao.extractors.ReportExtractor} is the facade. Sub-packages: {@code model} (the record),
 * {@code number} (exact numbers from printed strings), {@code metadata} (department, region, year, title),
 * {@code nlp} (HanLP behind a small interface), {@code check} (in-document consistency checks).
 */
package org.jixiao.extractors;
