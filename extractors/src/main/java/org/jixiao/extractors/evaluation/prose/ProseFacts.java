package org.jixiao.extractors.evaluation.prose;

import java.util.List;
import java.util.function.Supplier;

import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.evaluation.form.FormEvaluations;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.ReportMetadata;

/**
 * The prose statements of one report that several stages need, each read once: the prose units, the lists of
 * names aligned with values, the stated numbers of projects, the first-level weights declared as a scoring rule,
 * and the evaluations the prose states (and, for comparison with those, the evaluations its forms state). The extractor reads the evaluations from it and hands the same object to
 * every check rule, so no rule reads the prose again (before, the units were cut about seven times per report and
 * the prose evaluations read twice).
 *
 * <p>Stand-off, in the manner of CoreNLP's or DKPro's annotations: every statement points into the document by
 * its provenance, and the document is never changed. Each statement is read the first time it is asked for and
 * kept; a statement whose reading fails throws to the stage that asked (and again to the next one), so a failure
 * costs the same as when each stage read it alone. One object per report, used by one thread.
 */
public final class ProseFacts {

    private final SourceDocument doc;
    private final ReportMetadata metadata;
    private List<Prose.Unit> units;
    private List<AlignedList> alignedLists;
    private List<StatedCount> statedCounts;
    private List<DeclaredWeight> declaredWeights;
    private List<Evaluation> evaluations;
    private List<Evaluation> forms;
    private List<FlatForms.Form> flatForms;

    private ProseFacts(SourceDocument doc, ReportMetadata metadata) {
        this.doc = doc;
        this.metadata = metadata;
    }

    /** The facts of {@code doc}, nothing read yet; {@code metadata} names the department (may be null). */
    public static ProseFacts of(SourceDocument doc, ReportMetadata metadata) {
        return new ProseFacts(doc, metadata);
    }

    public SourceDocument document() {
        return doc;
    }

    /** Every list of names aligned with values ({@code …分别为…}), as printed, also when the counts differ. */
    public List<AlignedList> alignedLists() {
        return alignedLists = once(alignedLists, () -> Statements.alignedLists(units()));
    }

    /** Every stated number of projects ({@code 涉及…等5个}, {@code 共N个项目}). */
    public List<StatedCount> statedCounts() {
        return statedCounts = once(statedCounts, () -> Statements.statedCounts(units()));
    }

    /** First-level weights declared as a scoring rule ({@code 产出指标40分、预算执行率指标10分…}). */
    public List<DeclaredWeight> declaredWeights() {
        return declaredWeights = once(declaredWeights, () -> Statements.declaredWeights(units()));
    }

    /** The evaluations the prose states (see {@link ProseEvaluations}). */
    public List<Evaluation> evaluations() {
        return evaluations = once(evaluations, () -> ProseEvaluations.read(this, metadata));
    }

    /**
     * The evaluations the document's self-evaluation forms state, as read from the forms alone (before they are
     * merged with the prose). Kept here beside the prose's own because the extractor merges the two and the
     * {@code text-table} rule compares them: reading the forms twice cost about a tenth of extraction.
     */
    public List<Evaluation> forms() {
        return forms = once(forms, () -> FormEvaluations.extract(doc, this::flatForms));
    }

    /**
     * The forms printed without their grid ({@link FlatForms#read}), which the form evaluations, the figures and
     * three checks all need: read once (it cost about 3% of extraction each time).
     */
    public List<FlatForms.Form> flatForms() {
        return flatForms = once(flatForms, () -> FlatForms.read(doc));
    }

    /** The flat forms of {@code d}: kept ones when it is this report's document, else read afresh. */
    public List<FlatForms.Form> flatForms(SourceDocument d) {
        return d == doc ? flatForms() : FlatForms.read(d);
    }

    /** The prose units of the document, in reading order. */
    List<Prose.Unit> units() {
        return units = once(units, () -> Prose.units(doc));
    }

    private static <T> List<T> once(List<T> known, Supplier<List<T>> read) {
        return known != null ? known : List.copyOf(read.get());
    }
}
