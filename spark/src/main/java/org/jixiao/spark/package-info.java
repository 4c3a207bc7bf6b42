/**
 * The pipeline as an Apache Spark job ({@link org.jixiao.spark.SparkMain}): files from any Hadoop file system are
 * read, extracted and checked in the executors by the very classes {@code jixiao extract} uses
 * ({@code DocumentReader}, {@code ReportExtractor}); the cross-report checks run as Spark joins and groupings around
 * the index module's rules; the five export tables are written as Parquet with the columns of
 * {@code org.jixiao.pipeline.export.Tables}, partitioned by year, and the records for {@code jixiao ingest --records}.
 */
package org.jixiao.spark;
