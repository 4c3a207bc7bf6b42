package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.TEXT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jixiao.index.SearchHit;

/** The snippet of each hit: the highlighted passage around the query's words, or the text's start without words. */
final class Snippets {

    /** Longest snippet shown, in chars: a passage is cut to a window around its first match. */
    static final int SNIPPET_CHARS = 160;

    private final ObjectHighlighter highlighter;

    Snippets(IndexSearcher searcher, Analyzer analyzer) {
        this.highlighter = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1));
    }

    /** One entry per doc: a {@link SearchHit.Snippet}, or null where the text has no passage. */
    Object[] highlight(Query textQuery, int[] docIds) throws IOException {
        return highlighter.snippets(textQuery, docIds);
    }

    /** The start of a text, when the query had no words to highlight. */
    static SearchHit.Snippet lead(String text) {
        String t = text == null ? "" : text;
        return new SearchHit.Snippet(t.length() <= SNIPPET_CHARS ? t : t.substring(0, SNIPPET_CHARS) + "…", List.of());
    }

    /** The highlighter with its object-returning method opened up: snippets come back as {@link SearchHit.Snippet}. */
    private static final class ObjectHighlighter extends UnifiedHighlighter {
        ObjectHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {1}).get(TEXT);
        }
    }

    /** Passages as {@link SearchHit.Snippet}s: spans relative to the snippet, cut to a window around the first match. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > SNIPPET_CHARS && p.getNumMatches() > 0) {
                start = Math.max(start, p.getMatchStarts()[0] - SNIPPET_CHARS / 3);
                end = Math.min(end, start + SNIPPET_CHARS);
            }
            String text = content.substring(start, end);
            List<SearchHit.Span> spans = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (s >= start && e <= end) {
                    spans.add(new SearchHit.Span(s - start, e - start));
                }
            }
            return new SearchHit.Snippet(text, spans);
        }
    }
}
