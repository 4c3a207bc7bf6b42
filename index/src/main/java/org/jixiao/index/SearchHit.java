package org.jixiao.index;

import java.util.List;

import org.jixiao.corpus.model.Provenance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One ranked hit.
 *
 * @param label    what the hit is, in the report's words: the report title, the evaluation's name, the indicator's
 *                 三级指标, the figure's label, the finding's message
 * @param snippet  the matched passage with the query's terms marked, for display (renderers escape it)
 * @param path     the source file as indexed
 * @param at       where in the source file (page/table/row/col, offsets, exact text); null for a whole report
 * @param record   the entry as stored: the contract JSON of the report, evaluation, indicator, figure or finding
 */
public record SearchHit(EntryKind kind, String reportId, String department, String region, Integer year,
                        String label, Snippet snippet, String path, Provenance at, float score, JsonNode record) {

    /** Text with highlighted spans (offsets into {@code text}); never HTML — the renderer marks and escapes. */
    public record Snippet(String text, List<Span> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }
    }

    public record Span(int start, int end) {
    }
}
