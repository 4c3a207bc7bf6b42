/**
 * Labelled figures: every amount, rate, count and score a report prints, named the way a reader would name
 * it, with the exact span it was printed at.
 *
 * <p>Entry point {@link org.jixiao.extractors.figure.FigureExtractor#extract}. Numbers come from the number
 * layer ({@code org.jixiao.extractors.number}), which already refuses years, dates, document numbers and list
 * markers; this package only decides what each number is called and what unit it is in:
 * <ul>
 *   <li>in prose, the phrase before the number, trimmed at word boundaries (HanLP) of connectives and
 *       linking words; a bare relation word ({@code 减少5.83%}) borrows the subject of the figure before it;</li>
 *   <li>in tables, the row headers and column headers of the cell, found per header block because
 *       self-evaluation forms stack several blocks; the unit from the cell, else the headers, caption or a
 *       {@code 单位：万元} line above.</li>
 * </ul>
 * Forms printed without their grid give their figures through {@code FlatFormFigures} (run-together budget
 * lines, project lists) and {@code CellLines} (one cell per line: a label, its unit, its number).
 * Nothing is guessed: a number with no name or no determinable unit is left out rather than mislabelled.
 * Word lists (linking, relation, score words) are data in {@code label-words.txt}.
 */
package org.jixiao.extractors.figure;
