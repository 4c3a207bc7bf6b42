package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code count} ({@code count.remainder}): "N个项目均完工，其中M个项目…，剩余A项目x%；B项目y%…" — the items listed
 * after 剩余/其余 are the rest of the N, so there should be N − M of them. Each listed item is counted by its
 * figure (the sentence gives one per item: a rate, an amount); a list whose figures are of mixed kinds is not
 * counted. A different number is a warning, not an error: an item may carry two figures, or the writer may have
 * merged two items in one clause.
 */
final class RemainderCount {

    private static final String RULE = "count";
    private static final Pattern STATED = Pattern.compile(
            "(\\d{1,4})个([\\u4e00-\\u9fa5]{1,4})[^。；;\\n]{0,30}?其中(\\d{1,4})个\\2[^。\\n]{0,40}?(剩余|其余|剩下)");

    private RemainderCount() {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            int stated = Integer.parseInt(m.group(1));
            int some = Integer.parseInt(m.group(3));
            if (some >= stated) {
                continue;
            }
            int from = m.end();
            int end = Spans.sentenceEnd(text, from);
            List<Figure> listed = new ArrayList<>();
            for (Figure f : report.figures()) {
                if (f.at() != null && f.at().table() == null && f.at().start() >= from && f.at().end() <= end) {
                    listed.add(f);
                }
            }
            if (listed.isEmpty() || listed.stream().anyMatch(f -> f.kind() != listed.get(0).kind())) {
                continue;
            }
            int rest = stated - some;
            if (listed.size() == rest) {
                continue;
            }
            String count = m.group(1) + "个" + m.group(2);
            List<Provenance> at = new ArrayList<>();
            at.add(Spans.of(report, m.start(), m.start() + count.length()));
            listed.forEach(f -> at.add(f.at()));
            out.add(new Finding(RULE, "count.remainder", Finding.Severity.WARNING,
                    "文中称共" + count + "，其中" + some + "个另述，“" + m.group(4) + "”应为" + rest + "个，却"
                            + (listed.size() < rest ? "只" : "") + "列出" + listed.size() + "个",
                    rest + "个", listed.size() + "个", "无（个数为整数，不涉及舍入）", at));
        }
    }
}
