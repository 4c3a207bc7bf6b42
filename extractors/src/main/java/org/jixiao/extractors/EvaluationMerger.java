package org.jixiao.extractors;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;

/**
 * Combines the evaluations read from self-evaluation forms with those stated in prose.
 *
 * <p>A report often says the same thing twice: the form gives a project's budget and indicator rows, a
 * paragraph gives its score and grade. A prose evaluation that names a form's project (or, for the department
 * scope, the department) fills only what the form left empty — the form is the more structured evidence.
 * Prose evaluations that match no form stay as they are, including repeats: a project scored twice is a
 * finding for the checks, not something to tidy away here.
 */
final class EvaluationMerger {

    private EvaluationMerger() {
    }

    static List<Evaluation> merge(List<Evaluation> forms, List<Evaluation> prose) {
        List<Evaluation> out = new ArrayList<>(forms);
        boolean[] taken = new boolean[forms.size()];
        for (Evaluation p : prose) {
            int match = -1;
            for (int i = 0; i < forms.size(); i++) {
                if (!taken[i] && sameSubject(forms.get(i), p)) {
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

    static boolean sameSubject(Evaluation form, Evaluation prose) {
        if (form.scope() != prose.scope()) {
            return false;
        }
        if (form.scope() == Evaluation.Scope.DEPARTMENT) {
            return true;
        }
        String a = key(form.name());
        String b = key(prose.name());
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) && b.length() >= 4
                || b.contains(a) && a.length() >= 4);
    }

    /** A name compared without whitespace, punctuation or a trailing 项目. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String k = name.replaceAll("[\\s\\p{Punct}“”‘’（）()《》【】、，。：；]", "");
        return k.endsWith("项目") && k.length() > 4 ? k.substring(0, k.length() - 2) : k;
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
                form.sections().isEmpty() ? prose.sections() : form.sections(),
                form.indicators(), form.at() != null ? form.at() : prose.at());
    }
}
