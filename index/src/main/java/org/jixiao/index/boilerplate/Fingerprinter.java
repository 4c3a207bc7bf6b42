package org.jixiao.index.boilerplate;

import java.util.List;

/** Fingerprints of a document's text, so copied passages can be found among thousands of reports. */
public final class Fingerprinter {

    private Fingerprinter() {
    }

    /** The fingerprints of {@code text} (a document's normalized text), in text order. */
    public static List<Fingerprint> of(String text) {
        return List.of(); // not yet written
    }
}
