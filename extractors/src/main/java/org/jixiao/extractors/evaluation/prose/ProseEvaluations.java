package org.jixiao.extractors.evaluation.prose;

import java.util.List;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.metadata.MetadataExtractor;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.ReportMetadata;

/**
 * Evaluations stated in a report's prose (and in simple project tables that are not self-evaluation forms).
 *
 * <p>Passes, each linear in the text: per-project section score paragraphs ({@link SectionScores}); result
 * sentences (score and grade) and per-project paragraphs with their budget ({@link ResultSentences}); lists
 * aligned with names ({@link ListedValues}); small project tables ({@link ProjectTables}); budget lists, which
 * only add to projects already found ({@link ListedValues}). The passes share one {@link Reading} of the
 * document; its prose units and aligned lists are the report's {@link ProseFacts}, which the checks read too. A
 * later statement never overwrites an earlier value, and a value that cannot be tied to a name is
 * left out rather than guessed. Stateless.
 */
public final class ProseEvaluations {

    private ProseEvaluations() {
    }

    /** The evaluations stated in {@code doc}'s prose; the department's name comes from {@link MetadataExtractor}. */
    public static List<Evaluation> extract(SourceDocument doc) {
        return extract(doc, new MetadataExtractor().extract(doc));
    }

    /** As {@link #extract(SourceDocument)}, with metadata already extracted. */
    public static List<Evaluation> extract(SourceDocument doc, ReportMetadata metadata) {
        return ProseFacts.of(doc, metadata).evaluations();
    }

    /** The passes over one document's prose, with the units and aligned lists its facts have read. */
    static List<Evaluation> read(ProseFacts facts, ReportMetadata metadata) {
        SourceDocument doc = facts.document();
        Reading r = new Reading(doc, metadata, facts.units());
        new SectionScores(r).read();
        ResultSentences results = new ResultSentences(r);
        for (Prose.Unit u : r.units) {
            results.read(u);
        }
        results.overallGrade();
        ListedValues lists = new ListedValues(r);
        for (AlignedList l : facts.alignedLists()) {
            lists.attach(l);
        }
        ProjectTables.read(doc, r.drafts);
        for (Prose.Unit u : r.units) {
            lists.budgetLists(u);
        }
        return r.drafts.build();
    }
}
