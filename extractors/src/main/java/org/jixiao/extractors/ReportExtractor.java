package org.jixiao.extractors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.check.Checks;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.figure.FigureExtractor;
import org.jixiao.extractors.metadata.MetadataExtractor;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;

/**
 * The extractors stage's front door: a {@link SourceDocument} in, a {@link Report} out.
 *
 * <p>Runs the extractors in order — metadata, evaluations from forms and from prose, labelled figures — merges
 * their results, and runs the in-document consistency checks over the record. An extractor that fails on an odd document costs only its own part: the failure is
 * recorded in {@link Report#errors()} in plain words and the rest of the record is still produced.
 * Thread-safe; construct once and share (the NLP dictionaries load once).
 */
public final class ReportExtractor {

    private final MetadataExtractor metadata;
    private final Checks checks;

    public ReportExtractor() {
        this(new MetadataExtractor(), new Checks());
    }

    public ReportExtractor(MetadataExtractor metadata, Checks checks) {
        this.metadata = metadata;
        this.checks = checks;
    }

    public Report extract(SourceDocument doc) {
        List<String> errors = new ArrayList<>();
        ReportMetadata md = attempt("metadata", () -> metadata.extract(doc), errors);
        if (md == null) {
            md = new ReportMetadata(null, null, List.of(), null, null, ReportMetadata.ReportScope.UNKNOWN,
                    java.util.Map.of());
        }
        ReportMetadata meta = md;
        // the prose statements are read once here and shared with every check rule
        ProseFacts proseFacts = ProseFacts.of(doc, meta);
        List<Evaluation> prose = orEmpty(attempt("evaluations in the text", proseFacts::evaluations, errors));
        List<Evaluation> forms = orEmpty(attempt("self-evaluation forms", proseFacts::forms, errors));
        List<Evaluation> evaluations = EvaluationMerger.merge(forms, prose);
        List<Figure> figures = orEmpty(attempt("figures", () -> FigureExtractor.extract(doc, proseFacts::flatForms), errors));
        Evaluation headline = headline(evaluations, doc.text().text().length());
        BigDecimal score = headline == null ? null : headline.score();
        String grade = headline == null ? null : headline.grade();
        Report report = new Report(doc, md, score, grade, evaluations, figures, List.of(), errors);
        List<Finding> findings = orEmpty(attempt("consistency checks", () -> checks.run(report, proseFacts, errors), errors));
        // the contract keeps the report's own spelling of its department and units (a traditional-character mirror)
        return PrintedSpellings.apply(new Report(doc, md, score, grade, evaluations, figures, findings, errors));
    }

    /**
     * The evaluation whose result heads the report: the department's own; else the only one; else, among
     * several, the one that has a score when no other has a different score (the same form read twice) and
     * every unscored one is an empty fragment (no budget, sections, indicators or grade) or, last, a form cut before
     * its results ({@link #cut}). A multi-project report whose other projects' scores went unread must not be headed
     * by one project's score, and two
     * different scores are never chosen between: the report then has no headline score rather than a guess.
     */
    static Evaluation headline(List<Evaluation> evaluations) {
        return headline(evaluations, -1);
    }

    /** How near the end of the text a form must begin to be taken for one the excerpt cut ({@link #cut}). */
    static final int CUT_TAIL = 1500;

    /**
     * As {@link #headline(List)}, for a document of {@code textLength} characters (-1: unknown, no form is taken for
     * cut).
     */
    static Evaluation headline(List<Evaluation> evaluations, int textLength) {
        for (Evaluation e : evaluations) {
            if (e.scope() == Evaluation.Scope.DEPARTMENT && e.score() != null) {
                return e;
            }
        }
        if (evaluations.size() == 1) {
            return evaluations.get(0);
        }
        Evaluation scored = null;
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            if (e.score() == null) {
                if (hasResult(e) && !(i == evaluations.size() - 1 && cut(e, textLength))) {
                    return null; // a peer whose score went unread (项目二 …总得分为88.42分): picking one is a guess
                }
                continue;
            }
            if (scored != null && scored.score().compareTo(e.score()) != 0) {
                return null;
            }
            if (scored == null) {
                scored = e;
            }
        }
        return scored;
    }

    /**
     * Whether the last evaluation's form begins near the end of the text and stops before its results: no indicator
     * row, no grade and no section but the budget block's own points (预算执行率 10 / 4.52), only (part of) its budget
     * block. Pages are often published or copied as an opening excerpt, cut inside the next
     * form; such a form has no score to set against the one read, so it does not take the headline away.
     */
    private static boolean cut(Evaluation e, int textLength) {
        boolean nearTheEnd = textLength >= 0 && e.at() != null && e.at().start() >= textLength - CUT_TAIL;
        return nearTheEnd && e.indicators().isEmpty() && e.grade() == null && e.sections().stream()
                .allMatch(x -> x.name() != null && (x.name().contains("执行率") || x.name().contains("预算执行")));
    }

    /** Whether an evaluation carries any result of its own: it is a peer of the scored one, not a fragment. */
    private static boolean hasResult(Evaluation e) {
        Budget b = e.budget();
        boolean budget = b != null && (b.initial() != null || b.fullYear() != null || b.executed() != null
                || b.rate() != null);
        return budget || !e.sections().isEmpty() || !e.indicators().isEmpty() || e.grade() != null;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T attempt(String what, java.util.function.Supplier<T> step, List<String> errors) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            errors.add(what + " could not be extracted (" + ErrorReason.withType(e) + ")");
            return null;
        }
    }
}
