/**
 * Text normalization for Chinese reports, with offset maps back to the raw text.
 *
 * <p>Every format yields slightly different text for the same report (full-width digits in Word, spaces
 * between characters and wrapped lines in PDF, bookmark markers from converters, traditional characters and
 * pinyin glosses from mirror sites); normalizing here is what
 * makes the .doc, .docx and .pdf of one report give the same cells, and the offset map is what keeps the
 * evidence exact.
 */
package org.jixiao.corpus.text;
