/**
 * Chinese full-text analysis for the index: HanLP segments words (Chinese has no spaces), so a query for
 * {@code 满意度} matches the word and not every text containing 满 or 意. The same analyzer runs at index and at
 * query time, which is what makes query words line up with indexed words.
 */
package org.jixiao.index.analysis;
