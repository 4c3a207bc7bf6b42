/**
 * The corpus stage: files to {@link org.jixiao.corpus.model.SourceDocument}s.
 *
 * <p>{@link org.jixiao.corpus.DocumentReader} is the facade; the model lives in {@code model}, the loaders in
 * {@code load} and its sub-packages, text normalization in {@code text}.
 */
package org.jixiao.corpus;
