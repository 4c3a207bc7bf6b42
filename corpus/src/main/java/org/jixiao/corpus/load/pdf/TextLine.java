package org.jixiao.corpus.load.pdf;

/**
 * One line of text outside tables, with the geometry paragraph assembly needs.
 *
 * @param text            PDFBox's text of the line (words separated by a space)
 * @param leadTokenWidth  the width of the line's leading run of Latin letters and digits (0 when it starts
 *                        with a CJK character): a number too wide for the end of the previous line is why
 *                        that line ended short
 */
record TextLine(int page, String text, float x0, float x1, float top, float baseline, float fontSize,
                float leadTokenWidth) {
}
