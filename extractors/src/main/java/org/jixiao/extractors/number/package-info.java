/**
 * The number layer: reading figures from report text and table cells exactly as printed.
 *
 * <p>Everything the extractors check rests on numbers, and general converters corrupt them silently
 * (6000.00 read as 60000.00). The rule here is: never return a wrong number — when a reading needs a guess,
 * return "not a number" with the reason instead. Values are {@link java.math.BigDecimal} built from the
 * printed digits (never through {@code double}); the printed precision is kept ({@code decimals}) because it
 * sets the rounding tolerance ({@link org.jixiao.extractors.number.Quantity#interval()}).
 *
 * <p>Entry points: {@link org.jixiao.extractors.number.NumberParser#parse} for one whole string (a cell),
 * {@link org.jixiao.extractors.number.NumberScanner#scan} for running text. The scanner is a small chain in
 * the style of a Lucene analyzer — tokenizer, range joiner, shared-unit filter — each stage linear, each
 * mention carrying {@code start}/{@code end} offsets and the exact source {@code text}.
 *
 * <p>Decisions, documented where they live:
 * <ul>
 *   <li>{@code yuan()} is exact with scale {@code max(decimals − exponent, 0)} (1234.56万元 → 12345600);
 *       precision lives in {@code interval()} / {@code yuanInterval()}, half a unit of the last printed
 *       digit, widened to unbounded on the side a qualifier leaves open (约 leaves both open);</li>
 *   <li>{@code 90-100分} is a {@link org.jixiao.extractors.number.QuantityRange}, not two numbers; a unit
 *       written once after a {@code 、}-list or a range is shared ({@code UnitSource.SHARED});</li>
 *   <li>years, dates, document numbers, list markers, ordinals, labels, phones and codes are
 *       {@link org.jixiao.extractors.number.NonFigure}s with a reason; digits broken by a space or line
 *       break, elided Chinese numerals ({@code 一百二}) and estimates ({@code 三四个}) are never read;</li>
 *   <li>in a cell, {@code /}, {@code —}, {@code 无} mean "no value" and are not errors; {@code (3.5)} is
 *       refused as ambiguous;</li>
 *   <li>a magnitude composes with any measure word ({@code 万粒}, {@code 亿立方米}); a rate per thing
 *       ({@code 元/只}, {@code 元/人·月}) is a {@code MEASURE} in the numerator's unit, never an amount to add;
 *       a unit alone in brackets ({@code 4.52(万人)}) is the unit; a Latin symbol ({@code km}, {@code m}) is a
 *       unit only when no Latin letter or digit follows it; a bare {@code 万} is money only when the label
 *       names money ({@code money-words.txt}, {@link org.jixiao.extractors.number.Unit#asMoneyFor}).</li>
 * </ul>
 *
 * <p>Vocabulary (units, qualifier words, not-a-numeral words, label words, no-value markers, denominators,
 * money words) lives in
 * resource lists beside these classes, so rules generalize by editing data, never by special cases.
 */
package org.jixiao.extractors.number;
