package org.jixiao.corpus.model;

/** A paragraph of prose, with lines that the layout wrapped already joined. */
public record Paragraph(Provenance at) implements Block {
}
