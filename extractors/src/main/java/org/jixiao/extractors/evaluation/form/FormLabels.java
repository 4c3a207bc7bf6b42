package org.jixiao.extractors.evaluation.form;

import java.util.regex.Pattern;

/**
 * The wording of a form's labels and column headers, as patterns over a label's {@link FormCells#key}
 * (white space removed). Kept together so a new province's wording is a change in one place.
 */
public final class FormLabels {

    /**
     * 部门(单位)名称, 预算部门名称, 单位名称, 预算单位, a department-wide form's bare 部门 or 部门(单位) — but not 实施单位名称
     * or 主管部门, nor a bare 单位 (单位:万元 is a unit of measure).
     */
    static final Pattern DEPARTMENT_NAME =
            Pattern.compile("^(预算)?(部门|单位)([(（](单位|部门)[)）])?名称$|^预算(部门|单位)$|^部门([(（]单位[)）])?$");
    /** 项目名称, 项目支出名称, 专项资金名称, 转移支付(项目)名称. */
    static final Pattern PROJECT_NAME =
            Pattern.compile("^(项目|专项资金|专项|资金|转移支付(?:[(（]?项目[)）]?)?)(支出)?名称$");
    /** The form's own statement of its score. */
    static final Pattern SCORE = Pattern.compile("^(自评|综合|评价|总)得分(合计)?$|^自评分数?$|^(综合|自评|评价)评分$|^自评总分$|^评价分数$");
    /** The label of a form's grade, unanchored: 评价等级, 自评结果, 绩效级别. */
    static final String GRADE_LABEL = "(评价|自评|绩效|综合)(等级|结果|级别)";
    /** The printed grade words, unanchored. */
    static final String GRADE_WORDS = "优秀|优|良好|良|中等|中|合格|及格|一般|较差|差|不合格";
    /** The form's own statement of its grade. */
    static final Pattern GRADE = Pattern.compile("^" + GRADE_LABEL + "$|^等级$");
    /** The closing row of the indicator block. */
    static final Pattern TOTAL_SCORE = Pattern.compile("^(总分|合计|总计|总得分)(值)?$");
    /**
     * The total line of the budget block; also a total label run into the source line under it
     * ({@code 合计其中:财政拨款}, a cell whose two lines the layout joined): the line is still the total's.
     */
    static final Pattern BUDGET_TOTAL = Pattern.compile("(资金|预算)总额|^合计$|^总计$|^资金总计$|^(合计|总计)其中");
    /** A printed grade word, for a 总分 row that states the grade without a label. */
    static final Pattern GRADE_WORD = Pattern.compile("^(" + GRADE_WORDS + ")$");
    /** A first-level indicator that declares its weight: {@code 产出指标(50分)}. */
    static final Pattern SECTION_WEIGHT =
            Pattern.compile("^(.+?)\\s*[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]$");

    /** A weight declaration alone, {@code (50分)}: the wrapped second line of a first-level label. */
    static final Pattern WEIGHT_ONLY = Pattern.compile("^[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]$");

    /**
     * The weight a budget block's score header states, {@code 得分（20*执行率）} or {@code 得分(10分×执行率)}: a
     * template whose block has no 分值 column. Group 1 is the weight.
     */
    static final Pattern SCORE_HEADER_WEIGHT =
            Pattern.compile("^得分[(（](\\d{1,3}(?:\\.\\d+)?)分?[*×xX](预算)?执行率[)）]$");

    /**
     * Columns of the budget block. A header these patterns do not name is looked up among the whole words of
     * {@code flat-vocabulary.tsv} ({@code 预算数(A)}, {@code 计划安排资金}), so a template's wording is added once.
     */
    public enum BudgetColumn {
        RATE("^(?!得分).*执行率"),
        INITIAL("年初预算|年初数|年初安排"),
        FULL_YEAR("全年预算|调整后预算|预算调整数|全年安排"),
        EXECUTED("执行数|实际支出|支出数|决算数|执行金额"),
        WEIGHT("^分值$|^权重|^分值|^标准分"),
        SCORE("得分$|^自评分$|^综合评分$"),
        /**
         * The funds that arrived (实际到位资金) and what is left (结余): no field of the budget takes them, but a line
         * whose cells ran together splits right only when every column is known. Named by the vocabulary's whole
         * words alone: 到位率 or 结余率 is no amount.
         */
        ARRIVED(null),
        BALANCE(null);

        final Pattern pattern;

        BudgetColumn(String regex) {
            this.pattern = regex == null ? null : Pattern.compile(regex);
        }

        /** The column a header key names, checked in declaration order (执行率 before 执行数). */
        static BudgetColumn of(String key) {
            return Known.BUDGET.of(key, k -> {
                for (BudgetColumn c : values()) {
                    if (c.pattern != null && c.pattern.matcher(k).find()) {
                        return c;
                    }
                }
                return FlatVocabulary.get().columnStarting(k);
            });
        }
    }

    /**
     * The words a template heads its weight column with (分值, 权重, 标准分), as a regular expression group for the
     * readers of forms whose grid was lost.
     */
    static final String WEIGHT_WORDS = "(?:分值|权重|标准分)";

    /** The words a template heads its third-level column with: 三级指标, or 指标名称 beside 一级/二级指标. */
    static final String LEVEL3_WORDS = "(?:三级指标|指标名称)";

    /** Columns of the indicator block. */
    enum IndicatorColumn {
        LEVEL1("^一级指标"),
        LEVEL2("^二级指标"),
        LEVEL3("^三级指标|^指标名称"),
        UNIT("度量单位|计量单位|^单位$"),
        ACTUAL("实际完成|实际值|完成值|实际达到|完成情况"),
        TARGET("指标值|目标值|预期值|预期目标|年度目标|目标"),
        WEIGHT("分值|权重|标准分"),
        SCORE("得分|自评分|综合评分"),
        NOTE("偏差|原因|说明|备注|改进措施");

        final Pattern pattern;

        IndicatorColumn(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        static IndicatorColumn of(String key) {
            return Known.INDICATOR.of(key, k -> {
                for (IndicatorColumn c : values()) {
                    if (c.pattern.matcher(k).find()) {
                        return c;
                    }
                }
                return null;
            });
        }
    }

    /**
     * The column each key was found to name, kept: every cell of every form is asked, the same few hundred header
     * words recur in every report, and trying each column's pattern in turn cost about 2% of extraction. Bounded
     * (emptied at {@link #MAX} keys), so memory stays flat over any number of reports.
     */
    private static final class Known<C extends Enum<C>> {
        static final int MAX = 20_000;
        static final Known<BudgetColumn> BUDGET = new Known<>();
        static final Known<IndicatorColumn> INDICATOR = new Known<>();

        private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<C>> columns =
                new java.util.concurrent.ConcurrentHashMap<>();

        C of(String key, java.util.function.Function<String, C> find) {
            java.util.Optional<C> known = columns.get(key);
            if (known == null) {
                known = java.util.Optional.ofNullable(find.apply(key));
                if (columns.size() >= MAX) {
                    columns.clear();
                }
                columns.put(key, known);
            }
            return known.orElse(null);
        }
    }

    private FormLabels() {
    }
}
