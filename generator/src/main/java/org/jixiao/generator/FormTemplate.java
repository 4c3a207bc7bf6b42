package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The wording and columns of a self-evaluation form (自评表) as one province prints it. Real templates differ by
 * province: the same figures stand under 全年预算数 or 预算数（A） or 调整后预算数 or 计划安排资金, the budget
 * block's weight is a 分值, 权重 or 标准分 column or only a number in the score's header ({@code 得分（20*执行率）}),
 * the closing row is 总分 or 合计, the grade 评价等级, 自评等级 or 评价结果. Every report of a province uses its
 * province's template, so a department's series keeps one form, as real ones do.
 *
 * <p>A template prints only some of the model's figures: one without a 年初 column has no initial budget, and the
 * truth leaves out what is not printed ({@link #prints}). It may print figures the model derives and the truth
 * does not hold (实际到位资金 and 结余): a reader must not mistake them for the ones it does.
 *
 * @param name          the template's name, written to the truth as {@code formTemplate}
 * @param unitName      the label of the department form's name cell (部门（单位）名称, 单位名称 …)
 * @param supervisor    the label of a project's supervising department
 * @param implementer   the label of a project's implementing unit
 * @param score         the label of the form's own score in its header block
 * @param grade         the label of the form's grade in its header block
 * @param budget        the budget block's columns in print order
 * @param lines         the budget lines' labels: the total, then one per funding source
 * @param target        the indicator block's 年度指标值 header
 * @param actual        its 实际完成值 header
 * @param weight        its 分值 header
 * @param indicatorScore its 得分 header
 * @param totalRow      the label of the closing row (总分, 合计)
 */
record FormTemplate(String name, String unitName, String supervisor, String implementer, String score, String grade,
                    List<Column> budget, List<String> lines, String target, String actual, String weight,
                    String indicatorScore, String totalRow) {

    /** What a budget column holds; {@link #ARRIVED} and {@link #BALANCE} are derived and not in the truth. */
    enum Field {
        INITIAL, FULL_YEAR, ARRIVED, EXECUTED, BALANCE, WEIGHT, RATE, SCORE
    }

    /**
     * One column of the budget block.
     *
     * @param header its header text; {@code {w}} stands for the total line's weight ({@code 得分（{w}*执行率）})
     */
    record Column(Field field, String header) {
        String header(BigDecimal weight) {
            return header.replace("{w}", weight == null ? "" : weight.toPlainString());
        }
    }

    /** The central template (财政部): 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
    static final FormTemplate CENTRAL = new FormTemplate("central", "部门（单位）名称", "主管部门", "实施单位", "自评得分",
            "评价等级", columns(Field.INITIAL, "年初预算数", Field.FULL_YEAR, "全年预算数", Field.EXECUTED, "全年执行数",
                    Field.WEIGHT, "分值", Field.RATE, "执行率", Field.SCORE, "得分"),
            List.of("年度资金总额", "其中：财政拨款", "其他资金"), "年度指标值", "实际完成值", "分值", "得分", "总分");

    /** Budget A, execution B, their ratio, the score as weight × rate; no 年初 column, the weight only in a header. */
    static final FormTemplate LETTERED = new FormTemplate("lettered", "单位名称", "主管部门", "实施单位", "自评得分",
            "自评等级", columns(Field.FULL_YEAR, "预算数（A）", Field.EXECUTED, "执行数（B）", Field.RATE, "执行率（B/A）",
                    Field.SCORE, "得分（{w}*执行率）"),
            List.of("合计", "其中：财政拨款", "其他资金"), "年度指标值", "实际完成值", "分值", "得分", "总分");

    /** 年初预算, 调整后预算数, 预算执行数, 权重; 年度目标值 / 全年实际值; closed by 合计, graded 评价结果. */
    static final FormTemplate ADJUSTED = new FormTemplate("adjusted", "预算部门名称", "主管部门", "实施单位", "综合得分",
            "评价结果", columns(Field.INITIAL, "年初预算", Field.FULL_YEAR, "调整后预算数", Field.EXECUTED, "预算执行数",
                    Field.WEIGHT, "权重", Field.RATE, "执行率", Field.SCORE, "得分"),
            List.of("资金总额", "其中：本级财政资金", "其他资金"), "年度目标值", "全年实际值", "权重", "得分", "合计");

    /** 标准分 for the weight, in the budget block and the indicator block alike. */
    static final FormTemplate STANDARD_SCORE = new FormTemplate("standard-score", "部门名称", "项目主管部门",
            "项目实施单位", "评价得分", "绩效等级",
            columns(Field.INITIAL, "年初预算数", Field.FULL_YEAR, "全年预算数", Field.EXECUTED, "全年执行数",
                    Field.WEIGHT, "标准分", Field.RATE, "执行率", Field.SCORE, "得分"),
            List.of("年度资金总额", "其中：财政拨款", "其他资金"), "指标值", "实际完成值", "标准分", "自评得分", "总分");

    /** Funds planned, arrived, spent and left (计划安排资金 / 实际到位资金 / 实际支出 / 结余), then the scoring. */
    static final FormTemplate FUNDS = new FormTemplate("funds", "单位名称", "主管部门", "实施单位", "自评得分",
            "评价等级", columns(Field.FULL_YEAR, "计划安排资金", Field.ARRIVED, "实际到位资金", Field.EXECUTED, "实际支出",
                    Field.BALANCE, "结余", Field.WEIGHT, "分值", Field.RATE, "执行率", Field.SCORE, "得分"),
            List.of("合计", "其中：财政资金", "其他资金"), "年度指标值", "实际完成值", "分值", "得分", "总分");

    static final List<FormTemplate> ALL = List.of(CENTRAL, LETTERED, ADJUSTED, STANDARD_SCORE, FUNDS);

    /** Each province's template; the generator's places name nine provinces (see {@code places.txt}). */
    private static final Map<String, FormTemplate> BY_PROVINCE = Map.of(
            "河北省", CENTRAL, "江西省", CENTRAL,
            "安徽省", LETTERED, "四川省", LETTERED,
            "湖北省", ADJUSTED, "湖南省", ADJUSTED,
            "山东省", STANDARD_SCORE, "广西壮族自治区", STANDARD_SCORE,
            "河南省", FUNDS);

    /** The template of a province; the central one for a province without its own. */
    static FormTemplate of(String province) {
        return BY_PROVINCE.getOrDefault(province, CENTRAL);
    }

    /** Whether the form prints this figure (and so whether the truth may hold it). */
    boolean prints(Field field) {
        return budget.stream().anyMatch(c -> c.field() == field);
    }

    /** The label of the budget block's {@code i}th line: the total first, then the funding sources. */
    String line(int i) {
        return lines.get(Math.min(i, lines.size() - 1));
    }

    private static List<Column> columns(Object... fieldsAndHeaders) {
        Column[] out = new Column[fieldsAndHeaders.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Column((Field) fieldsAndHeaders[2 * i], (String) fieldsAndHeaders[2 * i + 1]);
        }
        return List.of(out);
    }
}
