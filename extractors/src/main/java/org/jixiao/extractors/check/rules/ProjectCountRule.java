package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.evaluation.prose.AlignedList;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.evaluation.prose.StatedCount;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code count} ({@code count.projects}): the number of projects a paragraph states ("纳入自评范围的项目共3个")
 * against the projects the same paragraph then lists with their scores ("A、B、C、D的自评得分分别为…").
 *
 * <p>Why only within one paragraph: a count and a list in the same paragraph describe the same set, while a
 * count elsewhere may cover a different one (all projects vs. the key ones). More names than the count is
 * impossible: an error. Fewer names is a warning, and only when the list does not announce itself as a
 * selection (其中/部分/主要/重点…), because "共5个项目，其中A、B得分分别为…" is a normal way to write.
 */
public final class ProjectCountRule implements CheckRule {

    private static final Pattern SELECTION = Pattern.compile("其中|部分|主要|重点|例如|如|包括");
    private static final Pattern SCORE_LABEL = Pattern.compile("得分|评分|分数|分值");

    @Override
    public String rule() {
        return "count";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        RemainderCount.check(report, out);
        EnumeratedCount.check(report, out);
        List<StatedCount> counts = prose.statedCounts();
        if (counts.isEmpty()) {
            return out;
        }
        List<AlignedList> lists = prose.alignedLists().stream()
                .filter(l -> l.at() != null && SCORE_LABEL.matcher(l.label()).find()).toList();
        for (StatedCount count : counts) {
            Provenance paragraph = paragraphOf(report, count.at());
            if (paragraph == null) {
                continue;
            }
            for (AlignedList list : lists) {
                if (list.at().start() < count.at().end() || list.at().end() > paragraph.end()) {
                    continue;
                }
                int listed = list.names().size();
                if (listed == count.value()) {
                    break;
                }
                String text = report.source().text().text();
                String lead = text.substring(count.at().end(), list.at().start());
                boolean selection = SELECTION.matcher(lead).find() || SELECTION.matcher(list.at().text()).lookingAt();
                if (listed < count.value() && selection) {
                    break;
                }
                List<Provenance> at = new ArrayList<>();
                at.add(count.at());
                at.addAll(list.nameAt());
                out.add(new Finding(rule(), "count.projects",
                        listed > count.value() ? Finding.Severity.ERROR : Finding.Severity.WARNING,
                        "文中称共" + count.value() + "个项目，随后却列出了" + listed + "个项目的得分",
                        listed + "个", count.value() + "个", "无（个数为整数，不涉及舍入）", at));
                break;
            }
        }
        return out;
    }

    private static Provenance paragraphOf(Report report, Provenance at) {
        for (Block b : report.source().blocks()) {
            if (b instanceof Paragraph p && p.at().start() <= at.start() && at.end() <= p.at().end()) {
                return p.at();
            }
        }
        return null;
    }
}
