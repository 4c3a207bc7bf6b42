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
     * The shared HanLP words without named-entity recognition: no person, place or organization names, so a text's
     * words depend on the text and not on what a recognizer makes of its context. What search indexes and parses
     * queries with: recognition joined spans such as {@code 公益事业发展}, {@code 编制内} or {@code 10*} into
     * one "organization" a query for {@code 公益事业} could not find, and it costs three quarters of segmenting.
     * Its {@link #entities} are empty but for the dictionary's own places.
     */
    static ChineseNlp words() {
        return HanLpNlp.words();
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
