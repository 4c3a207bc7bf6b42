/**
 * Scoring extraction against hand-written gold files ({@code src/test/resources/gold/*.gold.json}).
 *
 * <p>A gold file records, for one real sample report, every value the report itself states: metadata, the
 * headline score and grade, and each evaluation's budget, score, grade, sections and indicator rows, values as
 * printed (a report's own errors stay in the gold; {@code _notes} explain each judgement call). {@link
 * org.jixiao.extractors.gold.GoldScorer} turns gold and an extracted {@link org.jixiao.extractors.model.Report}
 * into (path, value) facts and counts them field by field, so a drop in precision or recall points at the fields
 * that caused it.
 */
package org.jixiao.extractors.gold;
