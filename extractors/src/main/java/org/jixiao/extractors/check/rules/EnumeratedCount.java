package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code count} ({@code count.enumerated}): "下属单位N个，即A、B、C。" — a stated number of units, projects or
 * offices followed by their names must name N of them. The names are counted between 、; a 和 or 及 may join the
 * last two or belong to a name (城市管理和综合执法局), so both readings are tried and a list either reading makes N
 * long holds. A list that says it is partial (等, 包括, 如) or holds numbers (values, not names) is not counted.
 * A warning: a name may itself hold a 、, or the page may have cut the list.
 */
final class EnumeratedCount {

    private static final String RULE = "count";
    /** The count, its noun, and the word that opens the names: 直属单位10个，即…, 3个项目，分别为…. */
    private static final Pattern STATED = Pattern.compile(
            "(\\d{1,2})(?:个|家|所)([\\u4e00-\\u9fa5]{0,6}?)\\s*[,，]?\\s*(?:即|分别为|分别是)\\s*[:：]?\\s*");
    private static final Pattern PARTIAL = Pattern.compile("等|包括|如|例如|其中|之一|\\d|[%％]");
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]|“[^”]*”|《[^》]*》");
    private static final Pattern JOINER = Pattern.compile("和|及|与");
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 30;
    private static final int MAX_HEAD = 10;

    private EnumeratedCount() {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            int stated = Integer.parseInt(m.group(1));
            int from = m.end();
            int end = Spans.sentenceEnd(text, from);
            if (stated < 2 || end >= text.length() || "。；;".indexOf(text.charAt(end)) < 0) {
                continue; // a list the excerpt cuts, or one that runs to a line's end, may go on
            }
            String list = text.substring(from, end);
            if (PARTIAL.matcher(list).find() || list.indexOf('、') < 0) {
                continue;
            }
            String bare = BRACKETS.matcher(list).replaceAll("");
            String[] names = bare.split("、");
            if (!allNames(names)) {
                continue;
            }
            int joined = 0; // names a 和/及/与 would split in two
            for (String n : names) {
                if (JOINER.matcher(n).find()) {
                    joined++;
                }
            }
            int narrow = names.length;
            int wide = names.length + joined;
            if (stated >= narrow && stated <= wide) {
                continue;
            }
            int head = m.start(1);
            while (head > 0 && m.start(1) - head < MAX_HEAD && "，,。；;：:、\n".indexOf(text.charAt(head - 1)) < 0) {
                head--; // the noun before the count: 直属事业单位10个
            }
            String count = text.substring(head, m.end(2));
            List<Provenance> at = new ArrayList<>();
            at.add(Spans.of(report, head, m.end(2)));
            at.add(Spans.of(report, from, end));
            String listed = narrow == wide ? String.valueOf(narrow) : narrow + "至" + wide;
            out.add(new Finding(RULE, "count.enumerated", Finding.Severity.WARNING,
                    "文中称" + count + "，其后却列出" + listed + "个名称", stated + "个", listed + "个",
                    "无（个数为整数，不涉及舍入）", at));
        }
    }

    private static boolean allNames(String[] names) {
        if (names.length < 2) {
            return false;
        }
        for (String n : names) {
            String s = n.strip();
            if (s.length() < MIN_NAME || s.length() > MAX_NAME || s.contains("，") || s.contains(",")) {
                return false;
            }
        }
        return true;
    }
}
