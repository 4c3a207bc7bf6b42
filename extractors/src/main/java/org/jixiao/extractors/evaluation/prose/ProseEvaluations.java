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
 * document. A later statement never overwrites an earlier value, and a value that cannot be tied to a name is
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
        Reading r = new Reading(doc, metadata);
        new SectionScores(r).read();
        ResultSentences results = new ResultSentences(r);
        for (Prose.Unit u : r.units) {
            results.read(u);
        }
        results.overallGrade();
        ListedValues lists = new ListedValues(r);
        for (AlignedList l : Statements.alignedLists(r.units)) {
            lists.attach(l);
        }
        ProjectTables.read(doc, r.drafts);
        for (Prose.Unit u : r.units) {
            lists.budgetLists(u);
        }
        return r.drafts.build();
    }

    /** Every list of names aligned with values ({@code …分别为…}), as printed, also when the counts differ. */
    public static List<AlignedList> alignedLists(SourceDocument doc) {
        return Statements.alignedLists(Prose.units(doc));
    }

    /** Every stated number of projects ({@code 涉及…等5个}, {@code 共N个项目}). */
    public static List<StatedCount> statedCounts(SourceDocument doc) {
        return Statements.statedCounts(Prose.units(doc));
    }

    /** First-level weights declared as a scoring rule ({@code 产出指标40分、预算执行率指标10分…}). */
    public static List<DeclaredWeight> declaredWeights(SourceDocument doc) {
        return Statements.declaredWeights(Prose.units(doc));
    }
}
