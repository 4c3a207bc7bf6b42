package org.jixiao.extractors.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;

/**
 * Whether a report evaluates the department's spending as a whole (部门整体支出), projects (项目支出,
 * 专项资金), or both.
 *
 * <p>Department-wide: the title or a form title says 整体 (部门整体支出绩效自评表), or the text scores the
 * department as a whole. Project-level: a title or form title names projects or special funds, the text
 * says it evaluated projects ({@code 对…2020年度预算项目实施了…绩效自评价}), or it scores named projects
 * one by one ({@code 社区工作经费项目…得分40分}; two such sentences, or one listing several scores).
 */
final class ScopeFinder {

    /** The scope and the text that shows each side of it. */
    record Scope(ReportScope scope, Provenance departmentEvidence, Provenance projectEvidence) {
    }

    private static final Pattern WHOLE = Pattern.compile("(部门|单位)整体|整体支出|整体绩效");
    /**
     * A title that names projects or a fund: 项目支出, 专项资金, and a fund or transfer payment evaluated on its own
     * ({@code 中央水利发展资金绩效自评报告}, {@code …转移支付…绩效自评报告}, {@code …保种经费的绩效自评报告}, {@code 专项债券};
     * a year or a few words between: {@code …工程项目2020年度绩效自评报告}, {@code …补助资金支付2023年度绩效…}).
     */
    private static final Pattern PROJECT_TITLE = Pattern.compile(
            "项目支出|专项资金|专项绩效|项目资金|项目自评|(?:资金|经费|项目)[^。，,；;:：]{0,12}?绩效|转移支付|专项债|国债");
    /**
     * A title or a form's caption, which may close with its year: 部门整体支出绩效自评表（2024年度）; and with its cell's
     * pipe where a page prints one cell a line ({@code …自评表(2023年度) |}).
     */
    private static final Pattern TITLE_LINE =
            Pattern.compile("^[^，。；,;|]{2,40}(自评表|评价表|报告)\\s*([(（]\\s*\\d{4}\\s*年度?\\s*[)）])?\\s*\\|?$");
    /**
     * A form's caption with its year inside a longer line, where a dump ran the form onto one line
     * ({@code 附件: 项目支出绩效自评表 (2022年度) 项目名称 …}, {@code …绩效目标自评表(2022年度)项目名称…}). Group 1 is the
     * caption, group 2 the field after it: a form that opens with 项目名称 evaluates a project.
     */
    private static final Pattern CAPTION_INSIDE = Pattern.compile(
            "([^，。；,;|\\s:：]{2,40}?(?:自评表|评价表))\\s*[(（]\\s*\\d{4}\\s*年度?\\s*[)）][\\s|]*(项目名称)?");
    /** A report's first section about the unit itself: 一、单位基本情况, 一、部门（单位）概况. */
    private static final Pattern UNIT_SECTION = Pattern.compile(
            "^\\s*[一1][、.．]\\s*(?:部门|单位)(?:[(（]单位[)）])?(?:基本)?(?:情况|概况)\\s*$");
    private static final Pattern WHOLE_SCORED = Pattern.compile("(部门|单位)整体[^。；;]{0,20}(得分|自评结果|评价等级|评分)");
    private static final Pattern PROJECTS_EVALUATED = Pattern.compile(
            "对[^。；;]{0,40}(预算项目|项目支出|专项资金|各项目)[^。；;]{0,20}(绩效自评|绩效评价|自评价|自评)");
    private static final Pattern PROJECT_SCORED = Pattern.compile(
            "(项目|经费|资金)(自评|绩效评价的|评价的|产出指标满分)[^。；;]{0,20}?得分(结果)?(?<each>分别)?(为|是)?\\s*\\d");

    private ScopeFinder() {
    }

    static Scope find(List<Line> lines, TitleFinder.Title title) {
        Provenance whole = null;
        Provenance project = null;
        if (title != null) {
            Matcher w = WHOLE.matcher(title.at().text());
            if (w.find()) {
                whole = title.at().sub(w.start(), w.end());
            }
            Matcher p = PROJECT_TITLE.matcher(title.at().text());
            if (p.find() && whole == null) {
                project = title.at().sub(p.start(), p.end());
            }
        }
        int scoredSentences = 0;
        Provenance firstScored = null;
        for (Line line : lines) {
            String s = line.text();
            Matcher titleLine = TITLE_LINE.matcher(s.strip());
            boolean ownLine = titleLine.matches();
            if (line.isCell() && !(ownLine && titleLine.group(1).endsWith("表"))) {
                continue; // a cell names indicators and funds; only a form's own caption (…自评表) says its scope
            }
            if (ownLine) {
                Matcher w = WHOLE.matcher(s);
                if (whole == null && w.find()) {
                    whole = line.at().sub(w.start(), w.end());
                }
                Matcher p = PROJECT_TITLE.matcher(s);
                if (project == null && p.find() && !WHOLE.matcher(s).find()) {
                    project = line.at().sub(p.start(), p.end());
                }
                continue;
            }
            Matcher c = CAPTION_INSIDE.matcher(s);
            if (c.find()) {
                String caption = c.group(1);
                Matcher w = WHOLE.matcher(caption);
                if (whole == null && w.find()) {
                    whole = line.at().sub(c.start(1) + w.start(), c.start(1) + w.end());
                } else if (project == null && !w.find(0)) {
                    Matcher p = PROJECT_TITLE.matcher(caption);
                    if (p.find()) {
                        project = line.at().sub(c.start(1) + p.start(), c.start(1) + p.end());
                    } else if (c.group(2) != null) {
                        project = line.at().sub(c.start(2), c.end(2));
                    }
                }
            }
            if (whole == null && UNIT_SECTION.matcher(s).matches()) {
                whole = line.at(); // the report opens on the unit, not on a project: its spending as a whole
            }
            Matcher ws = WHOLE_SCORED.matcher(s);
            if (whole == null && ws.find()) {
                whole = line.at().sub(ws.start(), ws.end());
            }
            Matcher pe = PROJECTS_EVALUATED.matcher(s);
            if (project == null && pe.find()) {
                project = line.at().sub(pe.start(), pe.end());
            }
            Matcher ps = PROJECT_SCORED.matcher(s);
            while (ps.find()) {
                scoredSentences += ps.group("each") != null ? 2 : 1;
                if (firstScored == null) {
                    firstScored = line.at().sub(ps.start(), ps.end());
                }
            }
        }
        if (project == null && scoredSentences >= 2) {
            project = firstScored;
        }
        ReportScope scope = whole != null && project != null ? ReportScope.BOTH
                : whole != null ? ReportScope.DEPARTMENT
                : project != null ? ReportScope.PROJECT : ReportScope.UNKNOWN;
        return new Scope(scope, whole, project);
    }
}
