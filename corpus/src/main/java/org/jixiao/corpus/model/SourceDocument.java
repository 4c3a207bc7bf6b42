package org.jixiao.corpus.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the corpus stage hands on: one file as a faithful document model.
 *
 * @param id        sha256 of the file's bytes, lower-case hex
 * @param path      the path as given
 * @param format    the detected format (by content, not by name)
 * @param pageCount pages where the format has them (PDF; Word's own count where it records one), else 0
 * @param ocr       true when the text came from optical character recognition
 * @param blocks    headings, paragraphs and tables in reading order
 * @param text      the normalized text every provenance offset points into
 * @param metadata  typed facts from the file itself (title, author, created …), see {@link MetadataKeys}
 * @param warnings  things a person should know about this file that did not stop it being read
 */
public record SourceDocument(String id, Path path, Format format, int pageCount, boolean ocr, List<Block> blocks,
                             DocumentText text, Map<String, String> metadata, List<String> warnings) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
    }

    /** The document's tables in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
