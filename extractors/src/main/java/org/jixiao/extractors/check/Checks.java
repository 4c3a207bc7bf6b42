package org.jixiao.extractors.check;

import java.util.ArrayList;
import java.util.List;

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
        return out;
    }
}
