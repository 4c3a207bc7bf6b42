package org.jixiao.extractors.evaluation.prose;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;

/**
 * A document's running text as units of prose: consecutive paragraphs are joined when the first does not end
 * a sentence, because a PDF page break (or a layout wrap the loader could not join) cuts a sentence — even a
 * figure ({@code 得} / {@code 分6分}) — into two paragraphs. Every offset of a unit maps back to the document's
 * text, so a phrase that crosses the break still gets exact provenance (its snippet then includes the break).
 *
 * <p>Built in one pass over the blocks; a table or heading always ends a unit.
 */
final class Prose {

    /** One unit: its text, the document offset of each of its characters, and each character's page. */
    record Unit(int index, String text, int[] docOffsets, Integer[] pages, SourceDocument doc) {

        /** The provenance of {@code [from, to)} of this unit's text. */
        Provenance at(int from, int to) {
            if (to <= from) {
                int s = from < text.length() ? docOffsets[from] : docOffsets[text.length() - 1] + 1;
                return Provenance.ofText(pageAt(from), s, s, "");
            }
            int s = docOffsets[from];
            int e = docOffsets[to - 1] + 1;
            return Provenance.ofText(pageAt(from), s, e, doc.text().snippet(s, e));
        }

        private Integer pageAt(int i) {
            return pages.length == 0 ? null : pages[Math.min(i, pages.length - 1)];
        }
    }

    private Prose() {
    }

    /** The prose units of {@code doc} in reading order, with the index of the block that precedes each table. */
    static List<Unit> units(SourceDocument doc) {
        List<Unit> units = new ArrayList<>();
        List<Provenance> pending = new ArrayList<>();
        for (Block b : doc.blocks()) {
            switch (b) {
                case Table t -> flush(doc, pending, units);
                case Heading h -> {
                    flush(doc, pending, units);
                    pending.add(h.at());
                    flush(doc, pending, units);
                }
                case Paragraph p -> {
                    if (!pending.isEmpty() && !continues(pending.getLast().text(), p.at().text())) {
                        flush(doc, pending, units);
                    }
                    if (!p.at().text().isBlank()) {
                        pending.add(p.at());
                    }
                }
            }
        }
        flush(doc, pending, units);
        return units;
    }

    /**
     * Whether {@code next} continues the sentence {@code previous} left open: not when {@code previous} ends a
     * sentence, is short (a title or label, which seldom ends with punctuation), or {@code next} opens a list item.
     */
    private static boolean continues(String previous, String next) {
        return !endsSentence(previous) && previous.strip().length() >= MIN_BROKEN_LINE
                && !Names.LIST_MARKER.matcher(next).lookingAt();
    }

    private static final int MIN_BROKEN_LINE = 24;

    private static boolean endsSentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return "。;；!！?？:：”\"」)）".indexOf(c) >= 0;
    }

    private static void flush(SourceDocument doc, List<Provenance> pending, List<Unit> units) {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        int total = pending.stream().mapToInt(p -> p.text().length()).sum();
        int[] offsets = new int[total];
        Integer[] pages = new Integer[total];
        for (Provenance p : pending) {
            for (int i = 0; i < p.text().length(); i++) {
                offsets[sb.length()] = p.start() + i;
                pages[sb.length()] = p.page();
                sb.append(p.text().charAt(i));
            }
        }
        pending.clear();
        if (total > 0) {
            units.add(new Unit(units.size(), sb.toString(), offsets, pages, doc));
        }
    }
}
