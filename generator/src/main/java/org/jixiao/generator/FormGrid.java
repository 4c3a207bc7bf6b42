package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one self-evaluation form (自评表) on a 10-column grid the way real forms are drawn: the header,
 * the budget block with a label cell spanning its rows, goals, and the indicator block where each 一级指标
 * and 二级指标 cell spans the rows of its children. The wording and the budget block's columns are the
 * province's {@link FormTemplate}.
 */
final class FormGrid {

    static final int COLS = 10;

    private final List<Layout.GridCell> cells = new ArrayList<>();
    private int row;

    private FormGrid() {
    }

    static Layout.Grid of(Evaluation e, int year, boolean weightInLevel1, String caption, FormTemplate t) {
        FormGrid g = new FormGrid();
        boolean project = e.scope().equals("project");
        g.put(0, 0, 1, 2, project ? "项目名称" : t.unitName(), true);
        g.put(0, 2, 1, 5, e.name(), false);
        g.put(0, 7, 1, 1, t.score(), true);
        g.put(0, 8, 1, 2, e.total().toPlainString(), false);
        g.row = 1;
        if (project) {
            g.put(1, 0, 1, 2, t.supervisor(), true);
            g.put(1, 2, 1, 3, e.supervisor(), false);
            g.put(1, 5, 1, 2, t.implementer(), true);
            g.put(1, 7, 1, 3, e.implementer(), false);
            g.row++;
        }
        g.put(g.row, 0, 1, 2, "年度", true);
        g.put(g.row, 2, 1, 5, year + "年度", false);
        g.put(g.row, 7, 1, 1, t.grade(), true);
        g.put(g.row, 8, 1, 2, e.grade(), false);
        g.row++;

        int h = g.row;
        List<FormTemplate.Column> columns = t.budget();
        int first = COLS - columns.size(); // the value columns fill the right; the line names take the rest
        g.put(h, 0, 1 + e.budget().size(), 1, project ? "项目资金（万元）" : "年度预算执行情况（万元）", true);
        g.put(h, 1, 1, first - 1, "", true);
        for (int i = 0; i < columns.size(); i++) {
            g.put(h, first + i, 1, 1, columns.get(i).header(e.totalLine().weight()), true);
        }
        int r = h + 1;
        for (int k = 0; k < e.budget().size(); k++) {
            BudgetLine l = e.budget().get(k);
            g.put(r, 1, 1, first - 1, t.line(k), false);
            for (int i = 0; i < columns.size(); i++) {
                g.put(r, first + i, 1, 1, value(l, columns.get(i).field()), false);
            }
            r++;
        }

        g.put(r, 0, 2, 1, "年度总体目标", true);
        g.put(r, 1, 1, 5, "预期目标", true);
        g.put(r, 6, 1, 4, "实际完成情况", true);
        g.put(r + 1, 1, 1, 5, String.join("\n", e.goals()), false);
        g.put(r + 1, 6, 1, 4, String.join("\n", e.achieved()), false);
        r += 2;

        List<Indicator> rows = e.indicators();
        g.put(r, 0, 1 + rows.size(), 1, "绩效指标", true);
        String[] ih = {"一级指标", "二级指标", "三级指标", t.target(), t.actual(), t.weight(), t.indicatorScore()};
        for (int i = 0; i < ih.length; i++) {
            g.put(r, 1 + i, 1, 1, ih[i], true);
        }
        g.put(r, 8, 1, 2, "偏差原因分析及改进措施", true);
        r++;
        int i = 0;
        while (i < rows.size()) {
            String level1 = rows.get(i).level1();
            int end1 = i;
            while (end1 < rows.size() && rows.get(end1).level1().equals(level1)) {
                end1++;
            }
            BigDecimal weight = e.sections().stream().filter(s -> s.name().equals(level1)).map(Section::weight)
                    .findFirst().orElse(null);
            String label = weightInLevel1 && weight != null ? level1 + "（" + weight.toPlainString() + "分）" : level1;
            g.put(r + i, 1, end1 - i, 1, label, false);
            int j = i;
            while (j < end1) {
                String level2 = rows.get(j).level2();
                int end2 = j;
                while (end2 < end1 && rows.get(end2).level2().equals(level2)) {
                    end2++;
                }
                g.put(r + j, 2, end2 - j, 1, level2, false);
                j = end2;
            }
            for (int k = i; k < end1; k++) {
                Indicator ind = rows.get(k);
                g.put(r + k, 3, 1, 1, ind.level3(), false);
                g.put(r + k, 4, 1, 1, ind.target(), false);
                g.put(r + k, 5, 1, 1, ind.actual(), false);
                g.put(r + k, 6, 1, 1, ind.weight().toPlainString(), false);
                g.put(r + k, 7, 1, 1, ind.score().toPlainString(), false);
                g.put(r + k, 8, 1, 2, ind.note(), false);
            }
            i = end1;
        }
        r += rows.size();
        g.put(r, 0, 1, 6, t.totalRow(), true);
        g.put(r, 6, 1, 1, e.maxScore().toPlainString(), false);
        g.put(r, 7, 1, 1, e.total().toPlainString(), false);
        g.put(r, 8, 1, 2, e.grade(), false);
        r++;
        return new Layout.Grid(caption, "单位：万元", r, COLS, g.cells);
    }

    /** A budget line's figure under a column, as printed; 实际到位资金 is the full budget, 结余 what is left of it. */
    private static String value(BudgetLine l, FormTemplate.Field field) {
        BigDecimal v = switch (field) {
            case INITIAL -> l.initial();
            case FULL_YEAR, ARRIVED -> l.fullYear();
            case EXECUTED -> l.executed();
            case BALANCE -> l.fullYear().subtract(l.executed());
            case WEIGHT -> l.weight();
            case RATE -> l.rate();
            case SCORE -> l.score();
        };
        if (v == null) {
            return "";
        }
        return field == FormTemplate.Field.RATE ? v.toPlainString() + "%" : v.toPlainString();
    }

    private void put(int r, int c, int rs, int cs, String text, boolean header) {
        cells.add(new Layout.GridCell(r, c, rs, cs, text, header));
    }
}
