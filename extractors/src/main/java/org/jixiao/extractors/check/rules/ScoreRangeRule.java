package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;

/** {@code score-range}: no score above its weight (分值) or below zero — for indicator rows and sections. */
public final class ScoreRangeRule implements CheckRule {

    @Override
    public String rule() {
        return "score-range";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            for (Indicator i : e.indicators()) {
                if (i.score() != null && i.weight() != null) {
                    Worded.finding(ArithmeticChecks.scoreWithinWeight(Operand.printed(i.score()), Operand.printed(i.weight())),
                            rule(), "score-range.indicator",
                                    "指标“" + i.level3() + "”得分" + i.score().toPlainString() + "分超出其分值"
                                            + i.weight().toPlainString() + "分的范围",
                                    i.score().toPlainString(), at(i.at()))
                            .ifPresent(out::add);
                }
            }
            for (Section s : e.sections()) {
                if (s.score() != null && s.weight() != null) {
                    Worded.finding(ArithmeticChecks.scoreWithinWeight(Operand.printed(s.score()), Operand.printed(s.weight())),
                            rule(), "score-range.section",
                                    Names.of(e) + "的" + s.name() + "得分" + s.score().toPlainString() + "分超出满分"
                                            + s.weight().toPlainString() + "分",
                                    s.score().toPlainString(), at(s.at()))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    static List<Provenance> at(Provenance p) {
        return p == null ? List.of() : List.of(p);
    }
}
