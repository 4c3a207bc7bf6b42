/**
 * The write side of the index: extracted reports become Lucene documents (one per report, evaluation, indicator
 * row, figure and finding), added incrementally, a file's documents as one atomic block, with periodic commits so
 * an interrupted ingest leaves a usable index; then the cross-report pass (cross-year, boilerplate).
 */
package org.jixiao.index.write;
