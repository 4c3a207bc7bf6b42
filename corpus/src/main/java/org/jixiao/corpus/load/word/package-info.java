/**
 * Word loaders: {@code .docx} through POI XWPF and {@code .doc}/{@code .wps} through POI HWPF.
 *
 * <p>They exist because the general converters lose merged cells in Word tables, and a lost merge is the
 * most common cause of a wrong figure in a self-evaluation form: the 一级指标 that covers six rows becomes six
 * cells, or one cell and five holes that shift every column. Both loaders place every cell on the table's
 * true column grid and feed the same {@link org.jixiao.corpus.load.word.WordTableGrid}, so the two formats
 * of one report give the same tables.
 */
package org.jixiao.corpus.load.word;
