/**
 * Chinese language processing behind a small interface: word segmentation with offsets and parts of speech,
 * and the named entities the extractors need (organizations and places).
 *
 * <p>Why an interface: the extractors depend on what they ask of the language (where a word starts, whether
 * it is a place), not on HanLP, so a test can run without loading dictionaries and the engine can be swapped.
 * Domain vocabulary is data ({@code domain-words.txt}), not code.
 */
package org.jixiao.extractors.nlp;
