package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.evaluation.SameProject;
import org.jixiao.extractors.evaluation.prose.AlignedList;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code duplicate}: a project scored twice; {@code missing}: a scored paragraph that names no project.
 *
 * <p>Also inside one list of project scores ("A、B、C、B自评得分分别为93.3、97.7、89.9、96.7"): a name listed twice
 * ({@code duplicate.project-score}) is usually a copy slip that hides another project, so the projects the report
 * evaluates (its evaluations with a budget or score) that the list leaves out are named as
 * {@code missing.project-score}. A list that repeats a name with different scores cannot be right: an error; with
 * the same score it may be a harmless repetition: a warning.
 */
public final class DuplicateAndMissingRule implements CheckRule {

    @Override
    public String rule() {
        return "duplicate";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
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
        out.addAll(listDuplicates(report, prose));
        SameDocumentAmounts.check(report, out);
        return out;
    }

    private List<Finding> listDuplicates(Report report, ProseFacts prose) {
        List<Finding> out = new ArrayList<>();
        for (AlignedList list : prose.alignedLists()) {
            if (!SCORE_LABEL.matcher(list.label()).find()) {
                continue;
            }
            Map<String, List<Integer>> positions = new LinkedHashMap<>();
            for (int i = 0; i < list.names().size(); i++) {
                positions.computeIfAbsent(SameProject.key(list.names().get(i)), k -> new ArrayList<>()).add(i);
            }
            boolean anyDuplicate = false;
            for (List<Integer> same : positions.values()) {
                if (same.size() < 2) {
                    continue;
                }
                anyDuplicate = true;
                String name = list.names().get(same.get(0));
                List<Provenance> at = new ArrayList<>();
                List<String> scores = new ArrayList<>();
                boolean differ = false;
                for (int i : same) {
                    at.add(list.nameAt().get(i));
                    if (i < list.values().size()) {
                        at.add(list.valueAt().get(i));
                        scores.add(list.values().get(i).toPlainString());
                        differ |= list.values().get(i).compareTo(list.values().get(same.get(0))) != 0;
                    }
                }
                out.add(new Finding(rule(), "duplicate.project-score",
                        differ ? Finding.Severity.ERROR : Finding.Severity.WARNING,
                        "项目得分列表中“" + name + "”出现" + same.size() + "次"
                                + (scores.isEmpty() ? "" : "（得分" + String.join("、", scores) + "）")
                                + "，每个项目应只列一次", "1次", same.size() + "次", "无", at));
            }
            if (anyDuplicate) {
                missingFrom(list, positions, report, out);
            }
        }
        return out;
    }

    /** The evaluated projects a list with a duplicate leaves out: likely the one the duplicate replaced. */
    private static void missingFrom(AlignedList list, Map<String, List<Integer>> listed, Report report,
                                    List<Finding> out) {
        for (Evaluation e : report.evaluations()) {
            if (e.scope() != Evaluation.Scope.PROJECT || e.name() == null || e.at() == null) {
                continue;
            }
            boolean present = listed.keySet().stream().anyMatch(k -> SameProject.names(k, e.name()));
            if (present || SameProject.key(e.name()).isEmpty()) {
                continue;
            }
            List<Provenance> at = new ArrayList<>(List.of(list.at(), e.at()));
            out.add(new Finding("missing", "missing.project-score", Finding.Severity.WARNING,
                    "项目得分列表重复列出了项目，却未列出已评价的项目“" + e.name() + "”", e.name(), "未列出", "无", at));
        }
    }

    private static final java.util.regex.Pattern SCORE_LABEL = java.util.regex.Pattern.compile("得分|评分|分数");
}
