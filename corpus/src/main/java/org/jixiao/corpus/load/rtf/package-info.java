/**
 * RTF reports: a small reader of the RTF token stream that keeps paragraphs in order and rebuilds tables
 * from their row definitions ({@code \trowd}, {@code \cellx}, merge flags), which Tika's RTF parser flattens
 * into paragraphs.
 */
package org.jixiao.corpus.load.rtf;
