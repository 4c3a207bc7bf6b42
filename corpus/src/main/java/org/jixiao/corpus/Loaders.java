package org.jixiao.corpus;

import java.util.List;

import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ocr.OcrLoader;
import org.jixiao.corpus.load.pdf.PdfLoader;
import org.jixiao.corpus.load.rtf.RtfLoader;
import org.jixiao.corpus.load.sheet.SpreadsheetLoader;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.corpus.load.tika.TikaLoader;
import org.jixiao.corpus.load.word.DocLoader;
import org.jixiao.corpus.load.word.DocxLoader;

/**
 * The standard set of loaders, most specific first; the Tika loader reads whatever the others do not.
 * A PDF without a text layer goes on to OCR (which says what to install when Tesseract is missing).
 */
final class Loaders {

    private Loaders() {
    }

    static List<DocumentLoader> standard() {
        return List.of(
                new DocxLoader(),
                new DocLoader(),
                new PdfLoader(new OcrLoader()),
                new TextLoader(),
                new RtfLoader(),
                new SpreadsheetLoader(),
                new TikaLoader());
    }
}
