/**
 * Plain text reports: encoding detection (BOM, UTF-8 validity, UTF-16 without a mark, ICU's statistical
 * detector for GB18030/Big5), tables written as text (TAB blocks, TAB rows, space columns, pipe rows with
 * the padding and wraps of flattened web tables (rows that left out their merged cells moved back under an
 * indicator header only where its column kinds prove the one fit, and marked guessed), one cell per line under a header of known column words)
 * and paragraphs with lines broken inside a sentence joined.
 */
package org.jixiao.corpus.load.text;
