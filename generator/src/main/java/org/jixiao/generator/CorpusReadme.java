package org.jixiao.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The README of a generated corpus: how it was made (the exact command, so anyone can regenerate it bit for
 * bit) and, per file, its department, year, format and the problems planted in it.
 */
public final class CorpusReadme {

    private CorpusReadme() {
    }

    public static String markdown(List<CorpusGenerator.Item> items, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated sample reports\n\n");
        sb.append("Synthetic budget performance self-evaluation reports (预算绩效自评报告) made by jixiao's own ")
                .append("generator. Every department, place, project and figure is invented; no real report's ")
                .append("names or numbers are used. Each report has its ground truth beside it in ")
                .append("`NAME.truth.json`: the figures as printed, the planted inconsistencies (`planted`: rule, ")
                .append("code, expected, actual, figures) and the rounding-only differences a checker must not ")
                .append("flag (`roundingOnly`).\n\n");
        sb.append("Regenerate exactly with:\n\n```sh\n").append(command).append("\n```\n\n");
        sb.append("Each province has its form template (wording and budget columns; see the main README), so a ")
                .append("department's series keeps one form.\n\n");
        sb.append("Every fourth report from the second continues the previous report's department into the next ")
                .append("year, so its 上年 income can be checked against last year's report.\n\n");
        sb.append("| file | format | form template | department | year | score | grade | projects | planted problems |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (CorpusGenerator.Item i : items) {
            String planted = i.planted().isEmpty() ? "none"
                    : i.planted().stream().map(p -> "`" + p.code() + "`: printed " + p.actual() + ", expected " + p.expected())
                    .collect(Collectors.joining("; "));
            if (i.copiedFrom() != null) { // only corpora of more than 23 reports have one
                planted = (i.planted().isEmpty() ? "" : planted + "; ") + "`boilerplate`: 主要做法和成效 copied from "
                        + i.copiedFrom().stem();
            }
            sb.append("| ").append(i.fileName()).append(" | ").append(i.format().label()).append(" | ")
                    .append(i.formTemplate()).append(" | ").append(i.department().name()).append(" | ")
                    .append(i.year()).append(" | ")
                    .append(i.score().toPlainString()).append(" | ").append(i.grade()).append(" | ")
                    .append(i.projects()).append(" | ").append(planted).append(" |\n");
        }
        sb.append("\n`.doc` is not generated: Apache POI cannot write Word 97 tables.\n");
        return sb.toString();
    }
}
