package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.GradeBands;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.number.Interval;

/**
 * {@code grade}: a stated grade must be one the score can earn, under the bands the report states itself,
 * else the usual 90/80/60. A score whose rounding straddles a boundary is indeterminate, never an error.
 */
public final class GradeRule implements CheckRule {

    @Override
    public String rule() {
        return "grade";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        String text = report.source().text().text();
        // the bands are read from the whole text: only when an evaluation states both a score and a grade
        GradeBands bands = null;
        String which = null;
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : report.evaluations()) {
            if (e.score() == null || e.grade() == null || e.grade().isBlank()) {
                continue;
            }
            if (bands == null) {
                bands = GradeBands.parseOrDefault(text);
                which = bands.stated() ? "报告自述的等级标准" : "通用标准(90/80/60)";
            }
            Interval score = Interval.ofPrinted(e.score());
            if (bands.gradeMatches(score, e.grade()) != GradeBands.Match.MISMATCH) {
                continue;
            }
            String expected = bands.classify(score).grade().map(GradeBands.Band::name).orElse("?");
            out.add(new Finding(rule(), "grade.band", Finding.Severity.ERROR,
                    Names.of(e) + "得分" + e.score().toPlainString() + "分，按" + which + "应为“" + expected
                            + "”，报告为“" + e.grade() + "”",
                    expected, e.grade(), which + "；得分按显示精度" + score.format(Math.max(e.score().scale(), 0) + 1),
                    ScoreRangeRule.at(e.at())));
        }
        return out;
    }
}
