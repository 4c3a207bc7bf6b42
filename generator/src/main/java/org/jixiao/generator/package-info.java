/**
 * jixiao's own report generator: realistic, entirely invented budget performance self-evaluation reports
 * (预算绩效自评报告) in every format jixiao reads, each with a ground-truth file listing the inconsistencies
 * planted in it.
 *
 * <p>Why: the real reports jixiao is developed against are not ours to ship, yet the README's main command
 * and the benchmarks need a corpus. Reports are deterministic from a seed, so a benchmark of thousands of
 * reports can be regenerated bit for bit, and every checker's findings can be scored against the truth.
 *
 * <p>Flow: {@link org.jixiao.generator.ReportFactory} draws a consistent report (figures computed from
 * exact 元 amounts and only then rounded, as a finance office does), {@link org.jixiao.generator.Planter}
 * plants 0–3 problems and records them, {@link org.jixiao.generator.ReportWriter} turns the model into
 * a format-neutral layout (headings, paragraphs, tables with merged cells) using the phrase pools in the
 * resources, and one {@link org.jixiao.generator.Renderer} per format writes the file.
 *
 * <p>Besides the formats an author saves ({@link org.jixiao.generator.OutputFormat#ORIGINALS}, the default),
 * {@code web-pipe}, {@code web-cells} and {@code web-run} write the same report as the text of a web page
 * that published it, its tables flattened ({@link org.jixiao.generator.WebTextRenderer}). They are asked for
 * by name and draw from their own random sequence, so a seed's default corpus is what it always was.
 */
package org.jixiao.generator;
