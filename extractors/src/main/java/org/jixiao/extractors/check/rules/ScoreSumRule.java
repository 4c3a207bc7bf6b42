package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

/**
 * {@code score-sum}: an evaluation's total is the sum of its section scores — checked only when the sections
 * are known to cover the whole, i.e. every section has a score and their weights add up to the full marks
 * (the evaluation's own, else 100). Partial lists of sections prove nothing.
 */
public final class ScoreSumRule implements CheckRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String rule() {
        return "score-sum";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            if (e.score() == null || e.sections().isEmpty()) {
                continue;
            }
            BigDecimal weights = BigDecimal.ZERO;
            List<Operand> parts = new ArrayList<>();
            List<Provenance> at = new ArrayList<>();
            boolean complete = true;
            for (Section s : e.sections()) {
                if (s.score() == null || s.weight() == null) {
                    complete = false;
                    break;
                }
                weights = weights.add(s.weight());
                parts.add(Operand.printed(s.score()));
                if (s.at() != null) {
                    at.add(s.at());
                }
            }
            BigDecimal full = e.maxScore() != null ? e.maxScore() : HUNDRED;
            if (!complete || weights.compareTo(full) != 0) {
                continue;
            }
            List<Provenance> evidence = new ArrayList<>();
            if (e.at() != null) {
                evidence.add(e.at());
            }
            evidence.addAll(at);
            Worded.finding(ArithmeticChecks.sum(parts, Operand.printed(e.score()), Coverage.EXHAUSTIVE, "分"),
                    rule(), "score-sum.sections",
                            Names.of(e) + "总得分" + e.score().toPlainString() + "分与各一级指标得分之和不符",
                            e.score().toPlainString(), evidence)
                    .ifPresent(out::add);
        }
        return out;
    }
}
