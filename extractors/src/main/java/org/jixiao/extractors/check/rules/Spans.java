package org.jixiao.extractors.check.rules;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Report;

/** Provenance for a span of the text a rule found by itself (not a figure): with the page of its block. */
final class Spans {

    private Spans() {
    }

    static Provenance of(Report report, int start, int end) {
        String text = report.source().text().text();
        Integer page = null;
        for (Block b : report.source().blocks()) {
            if (b.at().start() <= start && end <= b.at().end()) {
                page = b.at().page();
                break;
            }
        }
        return Provenance.ofText(page, start, end, text.substring(start, end));
    }

    /** The end of the sentence at {@code from}: the next 。 or line break, else the end of the text. */
    static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
