/**
 * The dataset contract's JSON ({@code jixiao.report/1}): {@link org.jixiao.extractors.json.ReportJson} writes a
 * report field by field with exact decimals, {@link org.jixiao.extractors.json.ReportRecord} reads a stored record
 * back into the model's records. The index stores this JSON; exports and the web page read it.
 */
package org.jixiao.extractors.json;
