package org.jixiao.extractors.number;

import java.util.Objects;
import org.jixiao.corpus.model.Provenance;

/**
 * A mention placed in the document: its offsets moved from the scanned snippet (a paragraph, a cell) into
 * the document's normalized text, with page, table, row and column carried over — the evidence an auditor
 * follows back to the file.
 */
public record Located(Mention mention, Provenance at) {

    public Located {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(at, "at");
        if (!at.text().equals(mention.text())) {
            throw new IllegalArgumentException("provenance does not quote the mention: " + at.text());
        }
    }

    /** Places {@code m}, found in {@code container.text()}, in the document. */
    public static Located within(Provenance container, Mention m) {
        return new Located(m, container.sub(m.start(), m.end()));
    }
}
