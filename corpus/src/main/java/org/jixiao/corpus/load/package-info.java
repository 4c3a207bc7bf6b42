/**
 * Loading files into the document model: the {@link org.jixiao.corpus.load.DocumentLoader} interface, format
 * detection from bytes, and {@link org.jixiao.corpus.load.DocumentBuilder}, which every loader uses so that
 * normalization and provenance are the same for every format. One sub-package per format family.
 */
package org.jixiao.corpus.load;
