package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.form.FormLabels.IndicatorColumn;
import org.jixiao.extractors.model.Section;

/**
 * A form's own summary of its first-level sections: a block headed 一级指标 | 分值 | 得分 with no 三级指标
 * column, one row per section. It is the only place a section's score is taken from; the sum of the
 * indicator scores is the checks' business, not a stated figure.
 */
final class SectionSummary {

    private SectionSummary() {
    }

    /** The sections the summary states, by name; empty when the form has no summary. */
    static Map<String, Section> read(List<FormPart> parts) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (FormPart part : parts) {
            Table t = part.table();
            for (int r = part.from(); r < part.to(); r++) {
                Map<IndicatorColumn, Cell> header = header(t, r);
                if (header == null) {
                    continue;
                }
                for (int row = r + 1; row < part.to(); row++) {
                    Cell name = own(t, row, header.get(IndicatorColumn.LEVEL1));
                    String text = FormCells.text(name);
                    if (text == null || FormLabels.TOTAL_SCORE.matcher(FormCells.key(name)).matches()) {
                        break;
                    }
                    BigDecimal weight = FormCells.points(own(t, row, header.get(IndicatorColumn.WEIGHT)));
                    BigDecimal score = FormCells.points(own(t, row, header.get(IndicatorColumn.SCORE)));
                    if (weight == null && score == null) {
                        break;
                    }
                    Matcher m = FormLabels.SECTION_WEIGHT.matcher(text);
                    if (m.matches()) {
                        text = FormCells.clean(m.group(1));
                        if (weight == null) {
                            weight = new BigDecimal(m.group(2));
                        }
                    }
                    out.putIfAbsent(text, new Section(text, weight, score, name.at()));
                }
                return out;
            }
        }
        return out;
    }

    /** Merges the summary into the sections found in the indicator block, adding those only it names. */
    static List<Section> merge(List<Section> declared, Map<String, Section> summary) {
        List<Section> out = new ArrayList<>();
        for (Section s : declared) {
            Section stated = summary.get(s.name());
            out.add(stated == null ? s : new Section(s.name(), s.weight() != null ? s.weight() : stated.weight(),
                    stated.score(), s.at()));
        }
        for (Section stated : summary.values()) {
            if (out.stream().noneMatch(s -> s.name().equals(stated.name()))) {
                out.add(stated);
            }
        }
        return out;
    }

    private static Map<IndicatorColumn, Cell> header(Table t, int row) {
        Map<IndicatorColumn, Cell> cols = new EnumMap<>(IndicatorColumn.class);
        for (Cell cell : FormCells.rowCells(t, row)) {
            if (cell.row() == row) {
                IndicatorColumn c = IndicatorColumn.of(FormCells.key(cell));
                if (c != null) {
                    cols.putIfAbsent(c, cell);
                }
            }
        }
        boolean summary = cols.containsKey(IndicatorColumn.LEVEL1) && cols.containsKey(IndicatorColumn.SCORE)
                && cols.containsKey(IndicatorColumn.WEIGHT) && !cols.containsKey(IndicatorColumn.LEVEL2)
                && !cols.containsKey(IndicatorColumn.LEVEL3);
        return summary ? cols : null;
    }

    private static Cell own(Table t, int row, Cell head) {
        Cell cell = head == null ? null : t.cellAt(row, head.col());
        return cell == null || cell.row() != row ? null : cell;
    }
}
