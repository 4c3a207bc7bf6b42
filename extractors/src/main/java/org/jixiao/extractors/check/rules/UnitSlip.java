package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code unit} ({@code unit.slip}): an amount whose unit has a measure word stuck inside it — "8万亩元" for
 * 3万元 beside "1万亩 × 3元/亩" — so the printed unit is no unit at all and the amount cannot be read as written.
 * A rate unit (元/亩, 元每亩) and words that merely begin with 元 (元旦, 元宝枫) are not slips: the 元 must end the
 * word, before punctuation, a bracket or the end of the line. A warning: the amount is unreadable as printed, but
 * which unit was meant is the reader's inference.
 */
final class UnitSlip {

    /**
     * {@code unit.implausible}: a form's budget amounts under a 万元 header that are far too large to be 万元
     * ("83000000.00" would be 8300亿元 for a township's project): the form was filled in 元. A warning, with every
     * such amount of the evaluation as evidence.
     */
    private static void implausibleWan(Report report, List<Finding> out) {
        for (Evaluation e : report.evaluations()) {
            Budget b = e.budget();
            if (b == null) {
                continue;
            }
            BigDecimal ceiling = e.scope() == Evaluation.Scope.DEPARTMENT ? DEPARTMENT_CEILING : PROJECT_CEILING;
            List<Provenance> at = new ArrayList<>();
            Amount first = null;
            for (Amount a : Arrays.asList(b.initial(), b.fullYear(), b.executed())) {
                if (a != null && a.at() != null && "万元".equals(a.unit()) && a.value().compareTo(ceiling) >= 0) {
                    first = first == null ? a : first;
                    at.add(a.at());
                }
            }
            if (first == null) {
                continue;
            }
            BigDecimal yi = first.value().movePointLeft(4).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            out.add(new Finding(RULE, "unit.implausible", Finding.Severity.WARNING,
                    Names.of(e) + "的资金以万元列示，但" + first.at().text() + "万元即" + yi.toPlainString()
                            + "亿元，远超一个" + (e.scope() == Evaluation.Scope.DEPARTMENT ? "部门" : "项目")
                            + "的规模，疑为以元填列",
                    first.value().movePointLeft(4).stripTrailingZeros().toPlainString() + "万元",
                    first.at().text() + "万元", "无（量级判断）", at));
        }
    }

    private static boolean measureBeforeYuan(String text) {
        for (int i = text.indexOf('元', 1); i > 0; i = text.indexOf('元', i + 1)) {
            if (MEASURE_ENDS.indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String RULE = "unit";
    private static final Pattern SLIP = Pattern.compile(
            "(?<![\\d.])\\d+(?:\\.\\d+)?(万|亿|千)?(亩|公顷|平方米|平米|立方米|公里|千米|吨|人次|人|户|套|台|件|次|天)元"
                    + "(?=[，,。；;、：:（()）\\s]|$)");

    private UnitSlip() {
    }

    /**
     * An amount read as 万元 above which a project's form is surely in 元: 10⁷万元 is 1000亿元, beyond any one
     * project a self-evaluation covers; a department's whole budget gets one more power of ten.
     */
    private static final BigDecimal PROJECT_CEILING = BigDecimal.TEN.pow(7);
    private static final BigDecimal DEPARTMENT_CEILING = BigDecimal.TEN.pow(8);

    /** The last characters of {@link #SLIP}'s measure words: a slip has one of them right before 元. */
    private static final String MEASURE_ENDS = "亩顷米里吨次人户套台件天";

    static void check(Report report, List<Finding> out) {
        implausibleWan(report, out);
        String text = report.source().text().text();
        if (!measureBeforeYuan(text)) {
            return; // the pattern, tried at each of the text's characters, would find nothing
        }
        Matcher m = SLIP.matcher(text);
        while (m.find()) {
            String printed = m.group();
            String meant = (m.group(1) == null ? "" : m.group(1)) + "元";
            Provenance at = Spans.of(report, m.start(), m.end());
            out.add(new Finding(RULE, "unit.slip", Finding.Severity.WARNING,
                    "金额“" + printed + "”的单位夹有量词“" + m.group(2) + "”，不是有效的货币单位，疑为" + meant,
                    meant, printed, "无（单位写法问题，不涉及舍入）", List.of(at)));
        }
    }
}
