package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.text.Spaces;

/**
 * The header block of a form printed as text, one cell a line, before its indicator table, which the loader did
 * rebuild as a table (a web page's form copied as text: the indicator rows line up into a grid, the header's
 * label-value pairs do not): {@code 项目名称 / 全民健身设施维护经费 / 综合得分 / 86.9 / 评价结果 / 优}.
 *
 * <p>A table form that names nothing takes its name from the last name label among the lines since the previous
 * form began, the line right after that label being the name; the score and grade labels after it give the
 * score and grade the same way; a line may end with its cell's pipe. The label says the scope: 项目名称 a project's, 部门(单位)名称 the department's.
 */
final class TextHeader {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?分?");
    private static final int MAX_NAME = 60;

    private TextHeader() {
    }

    /** {@code form} (which names nothing) with the name, scope, score and grade its text header states, if any. */
    static Evaluation named(Evaluation form, List<String> printed) {
        List<String> lines = printed.stream().map(TextHeader::cell).toList();
        int label = -1;
        Scope scope = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String key = Spaces.removed(lines.get(i));
            boolean project = FormLabels.PROJECT_NAME.matcher(key).matches();
            if (project || FormLabels.DEPARTMENT_NAME.matcher(key).matches()) {
                label = i;
                scope = project ? Scope.PROJECT : Scope.DEPARTMENT;
            }
        }
        if (label < 0 || !isName(lines.get(label + 1))) {
            return form;
        }
        String name = FormCells.clean(lines.get(label + 1));
        BigDecimal score = form.score();
        String grade = form.grade();
        for (int i = label + 2; i + 1 < lines.size(); i++) {
            String key = Spaces.removed(lines.get(i));
            String value = Spaces.removed(lines.get(i + 1));
            if (score == null && FormLabels.SCORE.matcher(key).matches() && NUMBER.matcher(value).matches()) {
                score = new BigDecimal(value.replace("分", ""));
            } else if (grade == null && FormLabels.GRADE.matcher(key).matches()
                    && FormLabels.GRADE_WORD.matcher(value).matches()) {
                grade = value;
            }
        }
        return new Evaluation(scope, name, form.budget(), score, form.maxScore(), grade, form.sections(),
                form.indicators(), form.at());
    }

    /** A line as its cell: a page that prints one cell a line may end each with its pipe ({@code 项目名称 |}). */
    private static String cell(String line) {
        String s = line.strip();
        return s.endsWith("|") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** A line that can be a name: not empty, not too long, not another label or a number. */
    private static boolean isName(String line) {
        String key = Spaces.removed(line);
        return key.length() >= 2 && key.length() <= MAX_NAME && !NUMBER.matcher(key).matches()
                && !FormLabels.SCORE.matcher(key).matches() && !FormLabels.GRADE.matcher(key).matches()
                && !FormLabels.PROJECT_NAME.matcher(key).matches() && !FormLabels.DEPARTMENT_NAME.matcher(key).matches();
    }
}
