package org.jixiao.extractors.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.form.FlatForms;

import org.jixiao.corpus.load.ErrorReason;

import org.jixiao.extractors.check.rules.ChangeRule;
import org.jixiao.extractors.check.rules.DuplicateAndMissingRule;
import org.jixiao.extractors.check.rules.GradeRule;
import org.jixiao.extractors.check.rules.ListCountRule;
import org.jixiao.extractors.check.rules.ProjectCountRule;
import org.jixiao.extractors.check.rules.RateRule;
import org.jixiao.extractors.check.rules.ScoreRangeRule;
import org.jixiao.extractors.check.rules.ScoreSumRule;
import org.jixiao.extractors.check.rules.ScoringRuleRule;
import org.jixiao.extractors.check.rules.SumRule;
import org.jixiao.extractors.check.rules.TextTableRule;
import org.jixiao.extractors.check.rules.UnitRule;
import org.jixiao.extractors.check.rules.WeightsRule;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/** The in-document consistency checks: every rule run over a report, findings in rule order. */
public final class Checks {

    private final List<CheckRule> rules;

    public Checks() {
        this(List.of(new ScoreRangeRule(), new ScoreSumRule(), new GradeRule(), new RateRule(),
                new ChangeRule(), new DuplicateAndMissingRule(), new ListCountRule(), new SumRule(), new UnitRule(),
                new TextTableRule(), new WeightsRule(), new ScoringRuleRule(), new ProjectCountRule()));
    }

    public Checks(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<CheckRule> rules() {
        return rules;
    }

    public List<Finding> run(Report report) {
        return run(report, new ArrayList<>());
    }

    /**
     * Every rule over the report; a rule that fails on an odd report costs only its own findings: the failure is
     * added to {@code errors} in plain words and the other rules still run.
     */
    public List<Finding> run(Report report, List<String> errors) {
        return run(report, ProseFacts.of(report.source(), report.metadata()), errors);
    }

    /** As {@link #run(Report, List)}, with the report's prose statements already (or partly) read. */
    public List<Finding> run(Report report, ProseFacts prose, List<String> errors) {
        List<Finding> out = new ArrayList<>();
        for (CheckRule r : rules) {
            try {
                out.addAll(r.check(report, prose));
            } catch (RuntimeException e) {
                errors.add("the " + r.rule() + " check failed on this report (" + ErrorReason.withType(e) + ")");
            }
        }
        return guessedGridIsNoError(report, prose, out);
    }

    /**
     * Rows rebuilt from run-together text ({@link FlatForms#guessedGrid}), and table rows the loader moved under
     * their header ({@link Table#guessedRows}), sit in columns the reader inferred: a difference over them may be
     * the reader's alignment, not the report's arithmetic, so it is a warning at most.
     */
    private static List<Finding> guessedGridIsNoError(Report report, ProseFacts prose, List<Finding> findings) {
        if (findings.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR) || report.source() == null) {
            return findings;
        }
        Set<Provenance> guessed = FlatForms.guessedGrid(prose.flatForms(report.source()));
        Map<Integer, Set<Integer>> guessedRows = new HashMap<>();
        for (Table t : report.source().tables()) {
            if (!t.guessedRows().isEmpty()) {
                guessedRows.put(t.index(), t.guessedRows());
            }
        }
        if (guessed.isEmpty() && guessedRows.isEmpty()) {
            return findings;
        }
        Predicate<Provenance> inferred = p -> guessed.contains(p) || p.table() != null && p.row() != null
                && guessedRows.getOrDefault(p.table(), Set.of()).contains(p.row());
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.ERROR && f.at().stream().anyMatch(inferred)) {
                f = new Finding(f.rule(), f.code(), Finding.Severity.WARNING,
                        f.message() + "（表格由文本还原，列的对应系推断，请核对原表）", f.expected(), f.actual(),
                        f.tolerance(), f.at(), f.related());
            }
            out.add(f);
        }
        return out;
    }
}
