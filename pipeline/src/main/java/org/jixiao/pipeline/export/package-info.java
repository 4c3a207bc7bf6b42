/**
 * Exports for researchers: reports as five tidy tables (reports, evaluations, indicators, figures, findings) in CSV,
 * JSON Lines, XLSX and Parquet, with the same columns in every format and a data dictionary generated from the one
 * list of column definitions ({@link org.jixiao.pipeline.export.Tables}).
 */
package org.jixiao.pipeline.export;
