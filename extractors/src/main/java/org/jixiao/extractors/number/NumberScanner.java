package org.jixiao.extractors.number;

import java.util.List;
import org.jixiao.corpus.model.Provenance;

/**
 * Finds every numeric mention in running text, with exact offsets, unit and qualifier, in one linear pass.
 *
 * <p>Built like an analysis chain: {@link MentionTokenizer} (digits to mentions, bounded look-around),
 * then {@link RangeJoiner} ({@code 90-100分}), then {@link SharedUnitFilter} ({@code 94、93、98分}). Each
 * stage is linear in its input, so the scanner is linear in the text; no regular expression is involved,
 * so there is nothing to backtrack.
 *
 * <p>Digits that are not figures — years, dates, document numbers, list markers, ordinals, labels, phone
 * numbers, and numbers broken by layout — come back as {@link NonFigure} with the reason, rather than being
 * dropped, so every digit in the text is accounted for. Use {@link #figures} for figures only.
 */
public final class NumberScanner {

    private NumberScanner() {
    }

    /** Every numeric mention in {@code text}, in order, non-overlapping. */
    public static List<Mention> scan(String text) {
        return scan(text, MentionTokenizer.Mode.TEXT);
    }

    static List<Mention> scan(String text, MentionTokenizer.Mode mode) {
        List<Mention> tokens = MentionTokenizer.tokenize(text, mode);
        return SharedUnitFilter.apply(text, RangeJoiner.join(text, tokens));
    }

    /**
     * Every numeric mention in a block or cell of a document, with provenance in the document's text
     * (offsets shifted by the block's start; page, table, row, column kept).
     */
    public static List<Located> scan(Provenance at) {
        return scan(at.text()).stream().map(m -> Located.within(at, m)).toList();
    }

    /** Only the figures: quantities and ranges. */
    public static List<Mention> figures(String text) {
        return scan(text).stream().filter(m -> !(m instanceof NonFigure)).toList();
    }

    /** Only the single quantities (not ranges, not non-figures). */
    public static List<Quantity> quantities(String text) {
        return scan(text).stream().filter(Quantity.class::isInstance).map(Quantity.class::cast).toList();
    }
}
