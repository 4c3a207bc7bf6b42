package org.jixiao.extractors;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Section;

/**
 * Combines the evaluations read from self-evaluation forms with those stated in prose.
 *
 * <p>A report often says the same thing twice: the form gives a project's budget and indicator rows, a
 * paragraph gives its score and grade. A prose evaluation that names a form's project ({@link SameProject}; or,
 * for the department scope, the department) fills only what the form left empty — the form is the more structured evidence.
 * Prose evaluations that match no form stay as they are, including repeats: a project scored twice is a
 * finding for the checks, not something to tidy away here.
 */
public final class EvaluationMerger {

    private EvaluationMerger() {
    }

    static List<Evaluation> merge(List<Evaluation> forms, List<Evaluation> prose) {
        List<Evaluation> out = new ArrayList<>(forms);
        boolean[] taken = new boolean[forms.size()];
        for (Evaluation p : prose) {
            int match = -1;
            for (int i = 0; i < forms.size(); i++) {
                if (!taken[i] && SameProject.evaluations(forms.get(i), p)) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                out.add(p);
            } else {
                taken[match] = true;
                out.set(match, fill(forms.get(match), p));
            }
        }
        return out;
    }

    /**
     * The form's sections, each with a weight or score it left empty taken from the prose section of the same
     * name (forms often list 一级指标 without their totals, which the text then states), then the prose
     * sections the form does not have.
     */
    static List<Section> sections(List<Section> form, List<Section> prose) {
        List<Section> out = new ArrayList<>(form.size() + prose.size());
        boolean[] used = new boolean[prose.size()];
        for (Section f : form) {
            int match = -1;
            for (int i = 0; i < prose.size() && match < 0; i++) {
                if (!used[i] && SameProject.key(f.name()).equals(SameProject.key(prose.get(i).name()))) {
                    match = i;
                }
            }
            if (match < 0) {
                out.add(f);
                continue;
            }
            used[match] = true;
            Section p = prose.get(match);
            boolean formStated = f.weight() != null || f.score() != null;
            out.add(new Section(f.name(), f.weight() != null ? f.weight() : p.weight(),
                    f.score() != null ? f.score() : p.score(), formStated ? f.at() : p.at()));
        }
        for (int i = 0; i < prose.size(); i++) {
            if (!used[i]) {
                out.add(prose.get(i));
            }
        }
        return out;
    }

    private static Evaluation fill(Evaluation form, Evaluation prose) {
        Budget fb = form.budget() == null ? Budget.NONE : form.budget();
        Budget pb = prose.budget() == null ? Budget.NONE : prose.budget();
        Budget budget = new Budget(
                fb.initial() != null ? fb.initial() : pb.initial(),
                fb.fullYear() != null ? fb.fullYear() : pb.fullYear(),
                fb.executed() != null ? fb.executed() : pb.executed(),
                fb.rate() != null ? fb.rate() : pb.rate());
        return new Evaluation(form.scope(), form.name() != null ? form.name() : prose.name(), budget,
                form.score() != null ? form.score() : prose.score(),
                form.maxScore() != null ? form.maxScore() : prose.maxScore(),
                form.grade() != null ? form.grade() : prose.grade(),
                sections(form.sections(), prose.sections()),
                form.indicators(), form.at() != null ? form.at() : prose.at());
    }
}
