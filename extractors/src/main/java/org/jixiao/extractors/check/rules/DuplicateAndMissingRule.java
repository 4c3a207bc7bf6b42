package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code duplicate}: a project scored twice; {@code missing}: a scored paragraph that names no project.
 */
public final class DuplicateAndMissingRule implements CheckRule {

    @Override
    public String rule() {
        return "duplicate";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Evaluation>> byName = new LinkedHashMap<>();
        for (Evaluation e : report.evaluations()) {
            if (e.scope() != Evaluation.Scope.PROJECT) {
                continue;
            }
            if (e.name() == null || e.name().isBlank()) {
                if (e.score() != null || !e.sections().isEmpty()) {
                    out.add(new Finding("missing", "missing.name", Finding.Severity.WARNING,
                            "一段项目评分没有写明项目名称，无法对应到具体项目", "项目名称", "无",
                            "无", ScoreRangeRule.at(e.at())));
                }
                continue;
            }
            byName.computeIfAbsent(e.name().replaceAll("\\s+", ""), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Evaluation>> en : byName.entrySet()) {
            List<Evaluation> same = en.getValue();
            if (same.size() < 2 || same.stream().noneMatch(x -> x.score() != null || !x.sections().isEmpty())) {
                continue;
            }
            List<Provenance> at = new ArrayList<>();
            same.forEach(x -> {
                if (x.at() != null) {
                    at.add(x.at());
                }
            });
            out.add(new Finding(rule(), "duplicate.project", Finding.Severity.WARNING,
                    "项目“" + en.getKey() + "”被重复评分" + same.size() + "次", "1次", same.size() + "次", "无", at));
        }
        return out;
    }
}
