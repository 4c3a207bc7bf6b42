/**
 * The PDF loader: text with glyph positions from PDFBox, and tables recovered from the PDF's own ruling
 * lines — general tools return empty CJK cells or no table structure at all for these reports.
 *
 * <p>Per page: {@link org.jixiao.corpus.load.pdf.GlyphStripper} captures words with their glyph boxes,
 * {@link org.jixiao.corpus.load.pdf.RulingCollector} the horizontal and vertical strokes,
 * {@link org.jixiao.corpus.load.pdf.TableFinder} builds grids with spans from them,
 * {@link org.jixiao.corpus.load.pdf.PageLayout} assigns glyphs to cells and
 * {@link org.jixiao.corpus.load.pdf.LineAccumulator} orders each cell's glyphs into lines (by baseline, then x).
 * Across pages: {@link org.jixiao.corpus.load.pdf.PageFurniture} drops repeated headers, footers and page
 * numbers, {@link org.jixiao.corpus.load.pdf.TableStitcher} joins a table continued on the next page into one,
 * and {@link org.jixiao.corpus.load.pdf.ParagraphAssembler} joins layout-wrapped lines into paragraphs.
 */
package org.jixiao.corpus.load.pdf;
