package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole generated report: the model every renderer draws from and the ground truth is written from.
 *
 * @param stem      the file name without extension, e.g. {@code 0003-wangjiang-2023}
 * @param seed      the report's own seed; the phrasing is drawn from it too, so it alone fixes the text
 * @param projects  the project forms, in the order the report presents them
 * @param copiedFrom the report whose 主要做法和成效 paragraph this one copies (a planted copy), or null
 */
public record GeneratedReport(String stem, long seed, Department department, int year, GradeScheme grades,
                              ProseFigures prose, Evaluation whole, List<Evaluation> projects,
                              List<Planted> planted, List<RoundingCase> rounding, CopiedFrom copiedFrom) {

    public GeneratedReport {
        projects = List.copyOf(projects);
        planted = List.copyOf(planted);
        rounding = List.copyOf(rounding);
    }

    public BigDecimal score() {
        return whole.total();
    }

    public String grade() {
        return whole.grade();
    }

    /** The name of the report's form template ({@code central}, {@code lettered} …), as its truth records it. */
    public String formTemplate() {
        return template().name();
    }

    /** The form template of the report's province: its wording and which figures the forms print. */
    FormTemplate template() {
        return FormTemplate.of(department.region().province());
    }

    GeneratedReport with(ProseFigures p, Evaluation w, List<Evaluation> ps, List<Planted> pl) {
        return new GeneratedReport(stem, seed, department, year, grades, p, w, ps, pl, rounding, copiedFrom);
    }
}
