package org.jixiao.extractors.evaluation.prose;

import java.util.regex.Pattern;

/**
 * The genre's fixed words: first-level section names, the words that introduce a weight, a score, a grade or a
 * budget figure. Shared by the parsers so that they agree on what a section is.
 */
final class Vocabulary {

    /** First-level indicator (一级指标) names used across provinces, longest alternatives first. */
    static final String SECTION_CORE = "(?:服务对象满意度|社会效益|经济效益|生态效益|可持续(?:性|影响)?|满意度|产出|效益|效果"
            + "|预算执行(?:情况|率)?|资金执行(?:情况|率)?|执行率|预算管理|资金管理|财务管理|投入(?:管理)?|过程(?:管理)?"
            + "|履职(?:效能)?|决策|成本|管理)";

    /** A section name ending the string: group 1 一级指标, group 2 a generic 项目, group 3 the name. */
    static final Pattern SECTION_AT_END = Pattern.compile("(一级指标)?(项目)?(" + SECTION_CORE + "(?:指标)?)$");
    /**
     * The budget-execution section a scoring rule weighs beside the indicators ({@code 预算执行率10分},
     * {@code 预算资金执行率10分}, {@code 项目资金执行率}).
     */
    static final Pattern BUDGET_SECTION_AT_END = Pattern.compile("((?:预算|资金|项目)+执行(?:率|情况)?)(?:指标)?$");

    /** Introduces a section's weight ({@code 满分40分}, {@code 总分值 40 分}, {@code 分值15分}). */
    static final Pattern WEIGHT_WORD = Pattern.compile("(?:满分|总分值|分值|总分|权重)(?:为|是|:)?");

    /**
     * Introduces a score ({@code 得分6分}, {@code 本次得分38.8分}, {@code 得分结果为94分}, {@code 得82.6分},
     * {@code 自评总分为95.5分}, {@code 绩效自评分为97.25分}, {@code 绩效评价分为97.25分}). A bare {@code 总分100分} is a maximum, so 总分 counts only with 为/是; a lone 得
     * only after 自评/项目 ({@code 获得5分} is not a result). {@code 不得分}, {@code 未得分} say no points are given: a
     * scoring rule's words ({@code 没有不得分 1、…}), never a result. A form's label may carry its unit:
     * {@code 自评总分(分)97.93}.
     */
    static final Pattern SCORE_WORD = Pattern.compile("(综合得分|综合评分|总体评分|整体评分|(?:绩效|自评)评分(?=(?:为|是|:|：)?\\s*\\d)|评分结果|(?:自评|评价)结果(?=(?:为|是|:|：)?\\s*\\d)|自评分数|评价分数|总得分|得分结果|(?<![不未])得分|自评总分(?:[(（]分[)）])?|总分(?=为|是)|(?:自评|评价)分值?(?=为|是|\\s*\\d)|(?<=[评目])得)(?:为|是|:)?");

    /**
     * Whether {@link #SCORE_WORD} can match in {@code s}: every one of its words holds 分, 果 or 得. Most clauses
     * hold none, and a check of three characters is cheaper than the pattern's alternation tried at each position.
     */
    static boolean mayHoldScoreWord(String s) {
        return s.indexOf('分') >= 0 || s.indexOf('得') >= 0 || s.indexOf('果') >= 0;
    }

    /**
     * Words that make a leading phrase a topic label ({@code 资金到位及执行情况分析：}) rather than a project's name.
     */
    /** Subjects that name an indicator (合规率, 满意度, 人数, 完成值), whose 得分 is not a project's total. */
    static final Pattern INDICATOR_ENDINGS = Pattern.compile("(?:率|度|数|量|值|指标)$");

    /** A heading that names money or a score, never a project: 2、支出：799.12万元, 收入：…, 总分：83, 综合得分：83. */
    static final Pattern MONEY_HEADING = Pattern.compile(
            "(?:本年|全年|年度|部门)?(?:总|综合|自评|评价)?(?:收入|支出|收支|预算|资金|经费|决算|基本支出|项目支出|人员经费|公用经费|财政拨款"
                    + "|合计|总计|小计|总分|得分|评分)");

    static final Pattern TOPIC_WORDS = Pattern.compile("(?:情况|分析|说明|概况|结论|措施|问题|目标|依据|过程|方法)$");

    /** A label that points to an enclosure, never a project's name: 附件, 附件2, 附表一. */
    static final Pattern ENCLOSURE = Pattern.compile("附(?:件|表|录)?[0-9一二三四五六七八九十]{0,3}");

    /** A grade after its keyword ({@code 等级为“优秀”}, {@code 自评结果为优}). Group 1 is the grade. */
    static final Pattern GRADE = Pattern.compile(
            "(?:等级|等次|评级|结果|结论|(?:自评|评价|评定)(?=为))(?:为|是)?[:：]?\\s*[\"“'‘「]?(" + Grades.PRINTED + ")" + Grades.END);

    /** A grade named before its word: {@code 属于“优”等级}, {@code 评定为良好等次}. */
    static final Pattern GRADE_BEFORE_WORD = Pattern.compile(
            "(?:属于|评为|评定为|定为)\\s*[\"“'‘「]?(" + Grades.PRINTED + ")[\"”'’」]?\\s*(?:等级|等次|档次)");

    /**
     * A sentence stating the overall grade with no score beside it ({@code 综合评价结果为：优秀},
     * {@code 部门整体绩效自评为优秀}): the subject words before the grade keyword say it is the whole's.
     */
    static final Pattern OVERALL_GRADE = Pattern.compile(
            "(?:综合|整体|总体|部门|单位)[^，,。；;]{0,12}?(?:等级|等次|评级|结果|(?:自评|评价|评定)(?=为))(?:为|是)?[:：]?\\s*[\"“'‘「]?("
                    + Grades.PRINTED + ")" + Grades.END);

    /** The department as a whole, in a result sentence's subject. */
    static final Pattern DEPARTMENT_WORDS = Pattern.compile("部门|整体|本单位|我单位|全局|本局|本委");

    /** Subjects that stand for "the project this paragraph is about". */
    static final Pattern GENERIC_SUBJECT = Pattern.compile("^(?:该|本|此)?(?:项目|项)?$");

    /** Words that put an amount on one side of the budget. */
    static final Pattern INITIAL_WORDS = Pattern.compile("年初");
    static final Pattern EXECUTED_WORDS = Pattern.compile("执行|支出|实际|使用|决算|到位|完成(?:预算)?资金");
    static final Pattern BUDGET_WORDS = Pattern.compile("预算|安排|拨|下达");

    /** Where a paragraph's subject ends and its budget figures begin ({@code XX全年预算284.12万元}). */
    static final Pattern BUDGET_START = Pattern.compile("(?:年初|全年|年度)?预算|财政拨款|安排资金");

    private Vocabulary() {
    }
}
