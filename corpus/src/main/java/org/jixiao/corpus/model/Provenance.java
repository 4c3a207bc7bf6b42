package org.jixiao.corpus.model;

/**
 * Where a piece of text came from: the evidence an auditor follows back to the file.
 *
 * <p>{@code start}/{@code end} are character offsets into the document's normalized text
 * ({@link DocumentText#text()}), and {@code text} is exactly {@code text().substring(start, end)}, so a
 * consumer can quote the snippet without the document at hand. {@code page} is 1-based and null where the
 * format has no pages (Word, text); {@code table}, {@code row}, {@code col} are 0-based and null outside
 * tables.
 */
public record Provenance(Integer page, Integer table, Integer row, Integer col, int start, int end, String text) {

    public Provenance {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("snippet does not match span " + start + ".." + end);
        }
    }

    /** A span outside tables. */
    public static Provenance ofText(Integer page, int start, int end, String text) {
        return new Provenance(page, null, null, null, start, end, text);
    }

    /** The provenance of a sub-span {@code [from, to)} of this one (offsets relative to this snippet). */
    public Provenance sub(int from, int to) {
        return new Provenance(page, table, row, col, start + from, start + to, text.substring(from, to));
    }

    public boolean inTable() {
        return table != null;
    }
}
