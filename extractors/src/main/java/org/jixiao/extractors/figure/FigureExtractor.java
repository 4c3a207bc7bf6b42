package org.jixiao.extractors.figure;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Every labelled amount, rate, count and score of a report — the contract's {@code figures} — from its prose
 * ({@link ProseLabeller}: the phrase before the number names it) and its tables ({@link TableFigures}: the row
 * and column headers name it), in reading order, each with the exact span of the number and its unit.
 *
 * <p>Years, dates, document numbers, list markers and ranges are never figures (the number layer classifies
 * them); nor are row numbers, numbers nothing names, or numbers whose unit neither the text nor a header,
 * caption or line above the table states.
 */
public final class FigureExtractor {

    /** How far back (in blocks) a {@code 单位：万元} line may stand above its table. */
    private static final int STATEMENT_LOOKBACK = 3;

    private FigureExtractor() {
    }

    public static List<Figure> extract(SourceDocument doc) {
        return extract(doc, ChineseNlp.hanlp());
    }

    static List<Figure> extract(SourceDocument doc, ChineseNlp nlp) {
        LabelText text = new LabelText(nlp);
        ProseLabeller prose = ProseLabeller.forProse(text);
        TableFigures tables = new TableFigures(ProseLabeller.forCells(text));
        List<Figure> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            switch (blocks.get(i)) {
                case Paragraph p -> addProse(prose, p.at(), out);
                case Heading h -> addProse(prose, h.at(), out);
                case Table t -> out.addAll(tables.extract(t, statementAbove(blocks, i)));
            }
        }
        return List.copyOf(FlatFormFigures.merge(doc, out));
    }

    private static void addProse(ProseLabeller prose, org.jixiao.corpus.model.Provenance at, List<Figure> out) {
        for (ProseLabeller.Labelled l : prose.label(at)) {
            // a bare number named as a score (自评得分分别为94、93、98) is points
            boolean score = LabelWords.get().namesScore(l.label());
            Figures.of(l.label(), l.quantity(), l.quantity().unit(), score, l.at()).ifPresent(out::add);
        }
    }

    /** The short lines just above a table (titles, {@code 单位：万元}), nearest last, joined by newlines. */
    private static String statementAbove(List<Block> blocks, int table) {
        StringBuilder sb = new StringBuilder();
        for (int j = table - 1; j >= 0 && j >= table - STATEMENT_LOOKBACK; j--) {
            Block b = blocks.get(j);
            if (b instanceof Table) {
                break;
            }
            sb.insert(0, b.text() + "\n");
        }
        return sb.toString();
    }
}
