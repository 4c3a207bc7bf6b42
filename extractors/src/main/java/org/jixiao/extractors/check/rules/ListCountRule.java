package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.evaluation.prose.AlignedList;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code count}: a list of names and the list of values said to go with them ({@code A、B、C…分别为94、93、98})
 * must be equally long; otherwise at least one value belongs to nobody, or one name has none.
 */
public final class ListCountRule implements CheckRule {

    @Override
    public String rule() {
        return "count";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (AlignedList l : prose.alignedLists()) {
            if (l.aligned()) {
                continue;
            }
            List<Provenance> at = new ArrayList<>();
            if (l.at() != null) {
                at.add(l.at());
            }
            out.add(new Finding(rule(), "count.aligned-list", Finding.Severity.ERROR,
                    "列出" + l.names().size() + "个名称，却给出" + l.values().size() + "个数值，无法一一对应",
                    l.names().size() + "个", l.values().size() + "个", "无", at));
        }
        return out;
    }
}
