package org.jixiao.extractors.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code unit} ({@code unit.slip}): an amount whose unit has a measure word stuck inside it — "3万亩元" for
 * 3万元 beside "1万亩 × 3元/亩" — so the printed unit is no unit at all and the amount cannot be read as written.
 * A rate unit (元/亩, 元每亩) and words that merely begin with 元 (元旦, 元宝枫) are not slips: the 元 must end the
 * word, before punctuation, a bracket or the end of the line. A warning: the amount is unreadable as printed, but
 * which unit was meant is the reader's inference.
 */
final class UnitSlip {

    private static final String RULE = "unit";
    private static final Pattern SLIP = Pattern.compile(
            "(?<![\\d.])\\d+(?:\\.\\d+)?(万|亿|千)?(亩|公顷|平方米|平米|立方米|公里|千米|吨|人次|人|户|套|台|件|次|天)元"
                    + "(?=[，,。；;、：:（()）\\s]|$)");

    private UnitSlip() {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
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
