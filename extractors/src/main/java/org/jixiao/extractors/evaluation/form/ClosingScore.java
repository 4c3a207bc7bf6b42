package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;

/**
 * The score a form states on the line right under its table, when its 总分 row stayed outside the grid: a web
 * page or a document that closes the form with {@code 总分:96.5分} or {@code 自评得分 96.5} as a line of text. The
 * line must say nothing else (a sentence is the prose readers' work), the number be at most {@link #MOST} points.
 */
final class ClosingScore {

    /** More than any form's full marks: a larger number is no score. */
    static final BigDecimal MOST = new BigDecimal(120);
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:总分|总得分|自评得分|自评总分|综合得分|得分合计|合计得分)\\s*(?:为)?[:：]?\\s*"
                    + "((?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?)\\s*分?\\s*[。.;；]?\\s*$");

    private ClosingScore() {
    }

    /** The score the whole line {@code text} states, or null. */
    static BigDecimal of(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        return v.compareTo(MOST) > 0 ? null : v;
    }

    /**
     * {@code e} with the stated score when the form's grid gave none. A stated 100 over rows whose scores, every one
     * printed, add up to less is the full marks, as a bare {@code 总分100分} is in prose: it becomes the maximum.
     */
    static Evaluation apply(Evaluation e, BigDecimal stated) {
        if (stated == null || e.score() != null) {
            return e;
        }
        if (stated.compareTo(HUNDRED) == 0) {
            BigDecimal scored = scoredTotal(e);
            if (scored != null && scored.compareTo(HUNDRED) != 0) {
                return e.maxScore() != null ? e : new Evaluation(e.scope(), e.name(), e.budget(), null, stated,
                        e.grade(), e.sections(), e.indicators(), e.at());
            }
        }
        return new Evaluation(e.scope(), e.name(), e.budget(), stated, e.maxScore(), e.grade(), e.sections(),
                e.indicators(), e.at());
    }

    /** The indicator scores and the budget section's, when every one is printed; else null. */
    private static BigDecimal scoredTotal(Evaluation e) {
        if (e.indicators().isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : e.indicators()) {
            if (i.score() == null) {
                return null;
            }
            sum = sum.add(i.score());
        }
        for (Section s : e.sections()) {
            if (s.name() != null && s.name().contains("执行率") && s.score() != null) {
                sum = sum.add(s.score());
            }
        }
        return sum;
    }
}
