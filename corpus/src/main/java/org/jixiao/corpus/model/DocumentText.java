package org.jixiao.corpus.model;

import java.util.Arrays;

/**
 * A document's normalized text, the raw text the loader extracted, and the offset map between them.
 *
 * <p>All provenance offsets point into {@link #text()}. {@link #rawOffset(int)} maps an offset back into
 * {@link #raw()}, so the exact characters the file yielded (before full-width folding, space removal and
 * line joining) can always be shown. Immutable.
 */
public final class DocumentText {

    private final String text;
    private final String raw;
    private final int[] toRaw;
    private final int[] toRawEnd;

    /**
     * @param toRaw    for each offset {@code i} in {@code 0..text.length()}, the raw offset where character
     *                 {@code i} starts (the raw length at the end); non-decreasing
     * @param toRawEnd for each offset {@code i}, the raw offset where character {@code i - 1} ends, so a span
     *                 {@code [s, e)} came from raw {@code [toRaw[s], toRawEnd[e])}
     */
    public DocumentText(String text, String raw, int[] toRaw, int[] toRawEnd) {
        if (toRaw.length != text.length() + 1 || toRawEnd.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toRaw.length + " entries for " + text.length() + " chars");
        }
        this.text = text;
        this.raw = raw;
        this.toRaw = toRaw.clone();
        this.toRawEnd = toRawEnd.clone();
    }

    public String text() {
        return text;
    }

    public String raw() {
        return raw;
    }

    public int length() {
        return text.length();
    }

    /** The raw offset where the character at normalized offset {@code offset} starts. */
    public int rawOffset(int offset) {
        return toRaw[offset];
    }

    /** The raw offset where a normalized span ending (exclusively) at {@code end} ends. */
    public int rawEnd(int end) {
        return toRawEnd[end];
    }

    /** The raw characters behind the normalized span {@code [start, end)}. */
    public String rawSnippet(int start, int end) {
        if (start == end) {
            return "";
        }
        return raw.substring(toRaw[start], Math.max(toRaw[start], toRawEnd[end]));
    }

    public String snippet(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentText d && text.equals(d.text) && raw.equals(d.raw) && Arrays.equals(toRaw, d.toRaw);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + raw.hashCode();
    }

    @Override
    public String toString() {
        return "DocumentText[" + text.length() + " chars]";
    }
}
