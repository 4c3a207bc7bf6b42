package org.jixiao.corpus.model;

/**
 * One unit of a document's reading order: a heading, a paragraph or a table.
 *
 * <p>Every block knows where it is ({@link #at()}); its text is normalized (see
 * {@link org.jixiao.corpus.text.TextNormalizer}) and is the exact slice of {@link DocumentText#text()}
 * between the provenance offsets.
 */
public sealed interface Block permits Heading, Paragraph, Table {

    Provenance at();

    /** The block's normalized text; for a table, its cells row by row (tab between cells, newline between rows). */
    default String text() {
        return at().text();
    }
}
