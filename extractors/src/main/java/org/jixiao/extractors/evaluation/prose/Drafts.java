package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Section;

/**
 * The evaluations being assembled from one document. The parsers find or create a draft by name and fill
 * what they read; a value already set is never overwritten, so the first statement wins and nothing is
 * invented by a later, vaguer one.
 */
final class Drafts {

    /** One evaluation under construction. */
    static final class Draft {
        final Scope scope;
        final String name;
        final Provenance at;
        final List<Section> sections = new ArrayList<>();
        BigDecimal score;
        String grade;
        Amount initial;
        Amount fullYear;
        Amount executed;
        Rate rate;

        Draft(Scope scope, String name, Provenance at) {
            this.scope = scope;
            this.name = name;
            this.at = at;
        }

        boolean hasSection(String section) {
            return sections.stream().anyMatch(s -> s.name().equals(section));
        }

        Evaluation build() {
            Budget budget = initial == null && fullYear == null && executed == null && rate == null
                    ? Budget.NONE : new Budget(initial, fullYear, executed, rate);
            // prose rarely ties a maximum to one evaluation; the form's 总分 gives it when there is one
            return new Evaluation(scope, name, budget, score, null, grade, sections, List.of(), at);
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final Names names;

    Drafts(Names names) {
        this.names = names;
    }

    /** A new draft, even when one of that name exists: a project scored twice stays two evaluations. */
    Draft create(Scope scope, String name, Provenance at) {
        Draft d = new Draft(scope, name, at);
        drafts.add(d);
        return d;
    }

    /**
     * The draft of this name (or the department's) whose field is still empty — the first such, so that of a
     * project scored twice the first copy takes a single total — else the first of the name, else a new one.
     */
    Draft findOrCreate(Scope scope, String name, Provenance at, Predicate<Draft> wants) {
        Draft found = find(scope, name, wants);
        return found != null ? found : create(scope, name, at);
    }

    /** The draft that {@code name} refers to, or null; see {@link #findOrCreate}. */
    Draft find(Scope scope, String name, Predicate<Draft> wants) {
        List<Draft> candidates = matching(scope, name);
        for (Draft d : candidates) {
            if (wants.test(d)) {
                return d;
            }
        }
        return candidates.isEmpty() ? null : candidates.getFirst();
    }

    private List<Draft> matching(Scope scope, String name) {
        if (scope == Scope.DEPARTMENT) {
            return drafts.stream().filter(d -> d.scope == Scope.DEPARTMENT).toList();
        }
        if (name == null) {
            return List.of();
        }
        for (int level = 0; level < SameProject.LEVELS; level++) {
            int l = level;
            List<Draft> hits = drafts.stream()
                    .filter(d -> d.scope == Scope.PROJECT && d.name != null && SameProject.at(d.name, name, l))
                    .toList();
            if (!hits.isEmpty() && (level < SameProject.LEVELS - 1
                    || hits.stream().map(d -> d.name).distinct().count() == 1)) {
                return hits;
            }
        }
        return List.of();
    }

    List<Evaluation> build() {
        return drafts.stream().sorted(Comparator.comparingInt(d -> d.at.start())).map(Draft::build).toList();
    }

    Names names() {
        return names;
    }
}
