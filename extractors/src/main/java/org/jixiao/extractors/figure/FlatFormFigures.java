package org.jixiao.extractors.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.form.FlatCriteriaTable;
import org.jixiao.extractors.evaluation.form.FlatEntries;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.evaluation.form.FlatIndicators;
import org.jixiao.extractors.evaluation.form.FlatLists;
import org.jixiao.extractors.evaluation.form.FormLabels;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Unit;

/**
 * Figures of the self-evaluation forms whose grid was lost ({@link FlatForms}): each value named by its line and
 * column ({@code 中央财政资金 / 全年预算数(A)}), the form's 总分 as a score. They replace what the prose reading
 * made of the same characters, which cannot tell where one run-together cell ends and the next begins.
 */
final class FlatFormFigures {

    private FlatFormFigures() {
    }

    /** Adds the flat forms' figures to {@code figures}, dropping prose figures that overlap one of them. */
    static List<Figure> merge(SourceDocument doc, List<FlatForms.Form> forms, List<Figure> figures) {
        List<Figure> flat = new ArrayList<>();
        for (FlatForms.Form f : forms) {
            Unit money = f.unit() == null ? Unit.NONE : f.unit();
            for (FlatForms.Row row : f.rows()) {
                for (FlatForms.Value v : row.values()) {
                    figure(row.label() + " / " + v.header(), v, unitOf(v.column(), money)).ifPresent(flat::add);
                }
            }
            for (FlatEntries.Entry e : f.entries()) {
                Figures.of(e.label(), e.number(), money, false, e.at()).ifPresent(flat::add);
            }
            if (f.score() != null) {
                figure(f.score().header(), f.score(), Unit.NONE).ifPresent(flat::add);
            }
            for (FlatIndicators.Line l : f.tornRows()) {
                figure(l.label() + " / " + l.weight().header(), l.weight(), Unit.NONE).ifPresent(flat::add);
                figure(l.label() + " / " + l.score().header(), l.score(), Unit.NONE).ifPresent(flat::add);
            }
            if (f.indicators() != null) {
                // a criteria table's second-level weights: the evaluation keeps first-level sections only
                for (Section s : f.indicators().subsections()) {
                    Figures.of(s.name() + " / 二级指标分值", s.weight(), Unit.NONE, true, s.at()).ifPresent(flat::add);
                }
                Unit points = Unit.of("分").orElse(Unit.NONE);
                for (FlatCriteriaTable.Deduction d : f.indicators().deductions()) {
                    Figures.of(d.row() + " / " + d.condition(), d.points(), points, true, d.at()).ifPresent(flat::add);
                }
            }
        }
        for (FlatLists.Entry e : FlatLists.read(doc)) {
            if (e.amount() != null) {
                figure(e.name() + " / " + e.amount().header(), e.amount(), e.unit() == null ? Unit.NONE : e.unit())
                        .ifPresent(flat::add);
            }
            if (e.score() != null) {
                figure(e.name() + " / " + e.score().header(), e.score(), Unit.NONE).ifPresent(flat::add);
            }
        }
        for (FlatIndicators.Line l : FlatIndicators.read(doc)) {
            figure(l.label() + " / " + l.weight().header(), l.weight(), Unit.NONE).ifPresent(flat::add);
            figure(l.label() + " / " + l.score().header(), l.score(), Unit.NONE).ifPresent(flat::add);
            measure(l.label() + " / 年度指标值", l.target()).ifPresent(flat::add);
            measure(l.label() + " / 实际完成值", l.actual()).ifPresent(flat::add);
        }
        for (FlatEntries.TableEntries te : FlatEntries.afterTables(doc)) {
            // the lines under a rebuilt budget table are in the unit its amounts were read in
            Unit money = tableMoneyUnit(figures, te.table());
            for (FlatEntries.Entry e : te.entries()) {
                if (money != null) {
                    Figures.of(e.label(), e.number(), money, false, e.at()).ifPresent(flat::add);
                }
            }
        }
        for (Figure f : CellLines.extract(doc)) {
            if (flat.stream().noneMatch(x -> overlaps(x.at(), f.at()))) {
                flat.add(f);
            }
        }
        List<Indicator> rows = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (FlatForms.Form f : forms) {
            if (f.indicators() != null) {
                rows.addAll(f.indicators().indicators());
                sections.addAll(f.indicators().sections());
            }
        }
        if (flat.isEmpty() && rows.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>();
        for (Figure fig : figures) {
            if (flat.stream().noneMatch(x -> overlaps(x.at(), fig.at()))) {
                inRow(rows, fig).map(x -> inSection(sections, x)).ifPresent(out::add);
            }
        }
        out.addAll(flat);
        return out;
    }

    /** The one unit of the amounts read from table {@code table}, or null when none or several. */
    private static Unit tableMoneyUnit(List<Figure> figures, int table) {
        java.util.Set<String> units = new java.util.HashSet<>();
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.AMOUNT && f.unit() != null && f.at().table() != null
                    && f.at().table() == table) {
                units.add(f.unit());
            }
        }
        return units.size() == 1 ? Unit.of(units.iterator().next()).orElse(null) : null;
    }

    private static Unit unitOf(FormLabels.BudgetColumn column, Unit money) {
        return switch (column) {
            case RATE -> Unit.of("%").orElse(Unit.NONE);
            case WEIGHT, SCORE -> Unit.NONE;
            default -> money;
        };
    }

    private static Optional<Figure> figure(String label, FlatForms.Value v, Unit unit) {
        boolean score = v.column() == FormLabels.BudgetColumn.WEIGHT || v.column() == FormLabels.BudgetColumn.SCORE;
        return Figures.of(label, v.number(), unit, score, v.at());
    }

    /** A target or actual in its printed unit; nothing when the unit is not one the figures know (例). */
    private static Optional<Figure> measure(String label, FlatIndicators.Measure m) {
        if (m == null) {
            return Optional.empty();
        }
        return Unit.of(m.unit()).flatMap(u -> Figures.of(label, m.number(), u, false, m.at()));
    }

    /**
     * {@code fig}, read from prose, as the indicator row it lies in reads it. A row whose run-together cells the
     * form reader split ({@code 验收合格率20100%100%20}: 分值 20, 指标值 100%, 实际值 100%) names the values after
     * its name by the row and column ({@code 验收合格率 / 实际完成值}), not by the header words and level names run
     * before them; a number there that quotes no one cell joins the digits of two ({@code 20100%}), a value the
     * report never printed, and is dropped, as is one that starts in the row's values and runs on into the next
     * row ({@code 8 8单项业务成本}: 8单). A figure outside every such row, or inside a row's name, is kept.
     */
    private static Optional<Figure> inRow(List<Indicator> rows, Figure fig) {
        for (Indicator row : rows) {
            Provenance at = row.at();
            if (fig.at().start() < at.start() || at.end() <= fig.at().start()) {
                continue; // a figure starting in the row: one running past its score joins it to the next row (8 8单项…)
            }
            String target = row.target();
            String actual = row.actual();
            int name = row.level3() == null ? -1 : at.text().indexOf(row.level3());
            int from = fig.at().start() - at.start();
            if (target == null && actual == null || name < 0 || from < name + row.level3().length()) {
                return Optional.of(fig);
            }
            String quoted = fig.at().text();
            // the actual is the row's last printing of its text; the target stands before it
            int last = actual == null ? -1 : at.text().lastIndexOf(actual);
            String column;
            if (last >= 0 && from >= last && from < last + actual.length() && actual.contains(quoted)) {
                column = "实际完成值";
            } else if (target != null && target.contains(quoted)) {
                column = "年度指标值";
            } else {
                return targetInside(row, fig);
            }
            return Optional.of(new Figure(row.level3() + " / " + column, fig.value(), fig.unit(),
                    fig.yuan(), fig.kind(), fig.at()));
        }
        return Optional.of(fig);
    }

    /**
     * A section's weight printed beside its name ({@code 产出指标(70分)}) in a rebuilt indicator table: named
     * {@code 产出指标 / 分值}, not by the header words run together before it.
     */
    private static Figure inSection(List<Section> sections, Figure fig) {
        for (Section s : sections) {
            Provenance at = s.at();
            if (s.weight() != null && at.start() <= fig.at().start() && fig.at().end() <= at.end()
                    && s.weight().compareTo(fig.value()) == 0) {
                return new Figure(s.name() + " / 分值", fig.value(), fig.unit(), fig.yuan(), fig.kind(), fig.at());
            }
        }
        return fig;
    }

    /** A target printed with its comparator and unit: ≥550万粒, 100%. */
    private static final java.util.regex.Pattern MEASURE =
            java.util.regex.Pattern.compile("(?:≥|≤|≧|≦|>=|<=|>|<|=)?(\\d+(?:\\.\\d+)?)(\\S*)");

    /**
     * The row's target where {@code fig} ends with it, the weight's digits run in before it ({@code 8550万粒}: 分值
     * 8, 指标值 550万粒): the target as its own figure, in the figure's unit; nothing when the figure ends
     * otherwise.
     */
    private static Optional<Figure> targetInside(Indicator row, Figure fig) {
        String target = row.target();
        String quoted = fig.at().text();
        java.util.regex.Matcher m = target == null ? null : MEASURE.matcher(target);
        if (m == null || !m.matches() || !quoted.endsWith(target) || quoted.length() == target.length()
                || fig.unit() == null || !quoted.endsWith(m.group(2))) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        BigDecimal yuan = fig.yuan() == null ? null
                : Unit.of(fig.unit()).map(u -> Figures.inBase(value, u)).orElse(null);
        if (fig.yuan() != null && yuan == null) {
            return Optional.empty();
        }
        Provenance at = fig.at();
        int start = at.end() - target.length();
        return Optional.of(new Figure(row.level3() + " / 年度指标值", value, fig.unit(), yuan, fig.kind(),
                new Provenance(at.page(), at.table(), at.row(), at.col(), start, at.end(), target)));
    }

    private static boolean overlaps(Provenance a, Provenance b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
