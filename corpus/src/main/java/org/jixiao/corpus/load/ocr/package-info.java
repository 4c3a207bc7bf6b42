/**
 * Scanned PDFs without a text layer: pages rendered with PDFBox, ruled tables found in the image, text
 * recognized by the {@code tesseract} command line (Chinese and English), words placed into table cells
 * and paragraphs.
 */
package org.jixiao.corpus.load.ocr;
