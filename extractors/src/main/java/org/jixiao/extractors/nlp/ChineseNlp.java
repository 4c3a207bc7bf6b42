package org.jixiao.extractors.nlp;

import java.util.List;

/**
 * What the extractors ask of Chinese text: words with offsets and parts of speech, and named entities.
 *
 * <p>Implementations must be thread-safe; offsets are {@code char} offsets into the string given.
 */
public interface ChineseNlp {

    /** The words of {@code text} in order, each with its part of speech (ICTCLAS/PKU tags such as {@code ns}). */
    List<Token> segment(String text);

    /** Organizations ({@code nt*}) and places ({@code ns*}) in {@code text}, from the segmentation. */
    default List<Entity> entities(String text) {
        return segment(text).stream()
                .map(t -> t.pos().startsWith("nt") ? new Entity(EntityKind.ORGANIZATION, t.word(), t.start(), t.end())
                        : t.pos().startsWith("ns") ? new Entity(EntityKind.PLACE, t.word(), t.start(), t.end()) : null)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The shared HanLP-backed instance; dictionaries load on first use, once per JVM. */
    static ChineseNlp hanlp() {
        return HanLpNlp.shared();
    }

    /**
     * One word.
     *
     * @param start offset of the first char in the text segmented
     * @param end   offset after the last char
     */
    record Token(String word, String pos, int start, int end) {
        public boolean isPlace() {
            return pos.startsWith("ns");
        }

        public boolean isOrganization() {
            return pos.startsWith("nt");
        }
    }

    /** A named entity with its span in the text analysed. */
    record Entity(EntityKind kind, String text, int start, int end) {
    }

    enum EntityKind {
        ORGANIZATION, PLACE
    }
}
