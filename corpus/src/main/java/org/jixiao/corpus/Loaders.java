package org.jixiao.corpus;

import java.util.List;

import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.sheet.SpreadsheetLoader;
import org.jixiao.corpus.load.tika.TikaLoader;

/** The standard set of loaders, most specific first; the Tika loader reads whatever the others do not. */
final class Loaders {

    private Loaders() {
    }

    static List<DocumentLoader> standard() {
        return List.of(
                new SpreadsheetLoader(),
                new TikaLoader());
    }
}
