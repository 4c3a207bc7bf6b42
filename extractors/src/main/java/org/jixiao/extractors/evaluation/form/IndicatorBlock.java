package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.form.FormLabels.IndicatorColumn;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Quantity;

/**
 * The 绩效指标 block of a form: a header row (一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分,
 * 偏差原因 …), one row per indicator, and usually a closing 总分 row.
 *
 * <p>Rows are read under the header's columns. A row whose cells do not start where the header's do — what a
 * PDF table with vertically merged cells becomes when the blank covered positions are lost — is read instead
 * from its right end: the last two numbers are 分值 and 得分, the cells before them 实际完成值, 度量单位,
 * 指标值 and 三级指标 in the header's order, and what is left over the 一级/二级指标.
 *
 * @param indicators the indicator rows, 一级/二级指标 filled down
 * @param sections   the first-level sections in order, with the weight each declares ({@code 产出指标(50分)})
 * @param total      the closing 总分 row's figures, or null when the block has none
 */
record IndicatorBlock(List<Indicator> indicators, List<Section> sections, Total total) {

    /**
     * The 总分 row: {@code 总分 | 100 | 86} states the maximum then the score; a single number is the score
     * unless it stands under the 分值 column.
     */
    record Total(Cell maxScore, Cell score, Cell grade) {
    }

    /** A header; {@code row} is its last row when its labels wrap over several rows. */
    private record Header(Table table, int row, Map<IndicatorColumn, Cell> columns, Set<Integer> starts) {
        Cell column(IndicatorColumn c) {
            return columns.get(c);
        }
    }

    /** What one row says, before filling down. */
    private record RowCells(Cell level1, Cell level2, Cell level3, Cell target, Cell unit, Cell actual,
                            Cell weight, Cell score, Cell note) {
    }

    static IndicatorBlock read(List<FormPart> parts) {
        Header header = null;
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        String prevLevel1 = null;
        String prevLevel2 = null;
        for (FormPart part : parts) {
            Table t = part.table();
            for (int r = part.from(); r < part.to(); r++) {
                Header h = header(t, r);
                if (h != null) {
                    if (header == null) {
                        header = h;
                    }
                    r = h.row();
                    continue;
                }
                if (header == null || header.table().colCount() != t.colCount() && header.table() != t) {
                    continue;
                }
                List<Cell> cells = FormCells.rowCells(t, r);
                Cell first = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
                if (first != null && FormLabels.TOTAL_SCORE.matcher(FormCells.key(first)).matches()) {
                    return new IndicatorBlock(backfillLevel1(indicators), List.copyOf(sections.values()),
                            total(t, r, first, header));
                }
                RowCells row = aligned(header, cells) ? alignedRow(header, t, r) : fromRight(header, t, r, cells);
                if (row == null || FormCells.isBlank(row.level3())
                        || row.level3() == row.target() || row.level3() == row.weight()) {
                    continue;
                }
                BigDecimal weight = FormCells.points(row.weight());
                BigDecimal score = FormCells.points(row.score());
                String target = FormCells.text(row.target());
                String actual = FormCells.text(row.actual());
                if (weight == null && score == null && target == null && actual == null) {
                    continue;
                }
                String level1 = FormCells.text(row.level1());
                String level2 = FormCells.text(row.level2());
                if (level1 != null && FormLabels.WEIGHT_ONLY.matcher(level1).matches()) {
                    // "(50分)" alone is the second line of the label above, wrapped into this row
                    Section above = prevLevel1 == null ? null : sections.get(prevLevel1);
                    if (above != null && above.weight() == null) {
                        sections.put(prevLevel1, new Section(above.name(), new BigDecimal(
                                level1.replaceAll("[^0-9.]", "")), null, above.at()));
                    }
                    level1 = null;
                }
                if (level1 != null) {
                    Matcher m = FormLabels.SECTION_WEIGHT.matcher(level1);
                    BigDecimal declared = null;
                    if (m.matches()) {
                        level1 = FormCells.clean(m.group(1));
                        declared = new BigDecimal(m.group(2));
                    }
                    if (!sections.containsKey(level1)) {
                        sections.put(level1, new Section(level1, declared, null, row.level1().at()));
                    }
                }
                if (level1 == null) {
                    level1 = prevLevel1;
                    if (level2 == null) {
                        level2 = prevLevel2;
                    }
                } else if (level2 == null && level1.equals(prevLevel1)) {
                    level2 = prevLevel2;
                }
                prevLevel1 = level1;
                prevLevel2 = level2;
                Cell at = row.level3();
                indicators.add(new Indicator(level1, level2, FormCells.text(row.level3()), target, actual,
                        unit(row), weight, score, FormCells.text(row.note()), at.at()));
            }
        }
        return header == null ? null
                : new IndicatorBlock(backfillLevel1(indicators), List.copyOf(sections.values()), null);
    }

    /**
     * Rows before the first 一级指标 text belong to that first one: every indicator row sits under some
     * first-level indicator, and a merged label printed vertically centred lands, in a PDF whose covered
     * positions are lost, on a row below the block's top. Only the leading rows are filled; nothing else.
     */
    private static List<Indicator> backfillLevel1(List<Indicator> rows) {
        int first = 0;
        while (first < rows.size() && rows.get(first).level1() == null) {
            first++;
        }
        if (first == 0 || first == rows.size()) {
            return rows;
        }
        String level1 = rows.get(first).level1();
        List<Indicator> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            out.add(i < first ? new Indicator(level1, r.level2(), r.level3(), r.target(), r.actual(), r.unit(),
                    r.weight(), r.score(), r.note(), r.at()) : r);
        }
        return out;
    }

    /** The header row of an indicator block: it names the 三级指标 and an 一级 or 二级 column. */
    private static Header header(Table t, int row) {
        if (!mayNameLevel3(t, row)) {
            return null;
        }
        Map<IndicatorColumn, Cell> cols = new EnumMap<>(IndicatorColumn.class);
        Set<Integer> starts = new HashSet<>();
        int end = FormCells.headerEnd(t, row, k -> IndicatorColumn.of(k) != null);
        Map<Cell, IndicatorColumn> named = new java.util.LinkedHashMap<>();
        for (Cell cell : FormCells.rowCells(t, row)) {
            starts.add(cell.col());
            IndicatorColumn c = cell.row() != row ? null : IndicatorColumn.of(FormCells.headerKey(t, cell, row, end));
            if (c != null) {
                named.put(cell, c);
            }
        }
        // values follow the names: a cell left of the level columns naming a value column is the block's title
        // (年度绩效目标(80分) merged down the form's left edge), not the column of 目标值
        int levelCol = named.entrySet().stream().filter(e -> isLevel(e.getValue()))
                .mapToInt(e -> e.getKey().col()).min().orElse(0);
        named.forEach((cell, c) -> {
            if (isLevel(c) || cell.col() > levelCol) {
                cols.putIfAbsent(c, cell);
            }
        });
        boolean levels = cols.containsKey(IndicatorColumn.LEVEL3)
                && (cols.containsKey(IndicatorColumn.LEVEL1) || cols.containsKey(IndicatorColumn.LEVEL2));
        boolean values = cols.containsKey(IndicatorColumn.TARGET) || cols.containsKey(IndicatorColumn.WEIGHT);
        return levels && values ? new Header(t, end, cols, starts) : null;
    }

    private static boolean isLevel(IndicatorColumn c) {
        return c == IndicatorColumn.LEVEL1 || c == IndicatorColumn.LEVEL2 || c == IndicatorColumn.LEVEL3;
    }

    /**
     * A cheap necessary condition for {@link #header}: some cell of the row, with the fragments under it in the
     * two rows a header may continue over, starts with 三级指标. The header's own key is a prefix of that text,
     * so a row failing this cannot be a header; testing it first spares trying every column pattern on every
     * cell of every row (the costliest step of form reading before).
     */
    private static boolean mayNameLevel3(Table t, int row) {
        int last = Math.min(t.rowCount() - 1, row + 2);
        for (Cell cell : FormCells.rowCells(t, row)) {
            String key = cell.row() == row ? FormCells.headerKey(t, cell, row, last) : "";
            if (key.startsWith("三级指标") || key.startsWith("指标名称")) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell of the row starts where a header cell starts. */
    private static boolean aligned(Header h, List<Cell> cells) {
        for (Cell cell : cells) {
            if (!h.starts().contains(cell.col())) {
                return false;
            }
        }
        return true;
    }

    private static RowCells alignedRow(Header h, Table t, int row) {
        return new RowCells(
                level(h, t, row, IndicatorColumn.LEVEL1), level(h, t, row, IndicatorColumn.LEVEL2),
                own(h, t, row, IndicatorColumn.LEVEL3), own(h, t, row, IndicatorColumn.TARGET),
                own(h, t, row, IndicatorColumn.UNIT), own(h, t, row, IndicatorColumn.ACTUAL),
                own(h, t, row, IndicatorColumn.WEIGHT), own(h, t, row, IndicatorColumn.SCORE),
                own(h, t, row, IndicatorColumn.NOTE));
    }

    /** A level cell may be merged down from an earlier row (that is the filling down), not from the header. */
    private static Cell level(Header h, Table t, int row, IndicatorColumn c) {
        Cell head = h.column(c);
        if (head == null) {
            return null;
        }
        Cell cell = t.cellAt(row, head.col());
        return cell == null || t == h.table() && cell.row() <= h.row() ? null : cell;
    }

    /** A value cell must start in this row: a value merged over rows belongs to its first row only. */
    private static Cell own(Header h, Table t, int row, IndicatorColumn c) {
        Cell head = h.column(c);
        if (head == null) {
            return null;
        }
        Cell cell = t.cellAt(row, head.col());
        return cell == null || cell.row() != row ? null : cell;
    }

    /** Reads a row whose cells have shifted, anchored on its last two numbers (分值, 得分). */
    private static RowCells fromRight(Header h, Table t, int row, List<Cell> all) {
        Cell weightHead = h.column(IndicatorColumn.WEIGHT);
        Cell scoreHead = h.column(IndicatorColumn.SCORE);
        if (weightHead == null || scoreHead == null) {
            return alignedRow(h, t, row);
        }
        List<Cell> seq = all.stream().filter(c -> t != h.table() || c.row() > h.row()).toList();
        int pair = -1;
        for (int i = seq.size() - 2; i >= 0; i--) {
            if (FormCells.isPoints(seq.get(i)) && FormCells.isPoints(seq.get(i + 1))) {
                pair = i;
                break;
            }
        }
        if (pair < 0) {
            return null;
        }
        boolean weightFirst = weightHead.col() < scoreHead.col();
        int pairCol = Math.min(weightHead.col(), scoreHead.col());
        Map<IndicatorColumn, Cell> got = new EnumMap<>(IndicatorColumn.class);
        got.put(IndicatorColumn.WEIGHT, seq.get(weightFirst ? pair : pair + 1));
        got.put(IndicatorColumn.SCORE, seq.get(weightFirst ? pair + 1 : pair));
        if (h.column(IndicatorColumn.NOTE) != null && pair + 2 < seq.size()) {
            got.put(IndicatorColumn.NOTE, seq.get(pair + 2));
        }
        List<IndicatorColumn> before = h.columns().entrySet().stream()
                .filter(e -> e.getValue().col() < pairCol)
                .filter(e -> e.getKey() != IndicatorColumn.LEVEL1 && e.getKey() != IndicatorColumn.LEVEL2
                        && e.getKey() != IndicatorColumn.LEVEL3)
                .sorted(Comparator.comparingInt((Map.Entry<IndicatorColumn, Cell> e) -> e.getValue().col())
                        .reversed())
                .map(Map.Entry::getKey).toList();
        int j = pair - 1;
        for (IndicatorColumn c : before) {
            if (j < 0) {
                break;
            }
            got.put(c, seq.get(j--));
        }
        List<Cell> prefix = seq.subList(0, Math.max(0, j + 1));
        int l3 = -1;
        for (int i = prefix.size() - 1; i >= 0; i--) {
            if (!prefix.get(i).isBlank()) {
                l3 = i;
                break;
            }
        }
        if (l3 >= 0) {
            got.put(IndicatorColumn.LEVEL3, prefix.get(l3));
            List<Cell> levels = prefix.subList(0, l3);
            if (levels.size() >= 2) {
                got.put(IndicatorColumn.LEVEL1, levels.get(levels.size() - 2));
                got.put(IndicatorColumn.LEVEL2, levels.get(levels.size() - 1));
            } else if (levels.size() == 1) {
                got.put(IndicatorColumn.LEVEL2, levels.get(0));
            }
        }
        return new RowCells(got.get(IndicatorColumn.LEVEL1), got.get(IndicatorColumn.LEVEL2),
                got.get(IndicatorColumn.LEVEL3), got.get(IndicatorColumn.TARGET), got.get(IndicatorColumn.UNIT),
                got.get(IndicatorColumn.ACTUAL), got.get(IndicatorColumn.WEIGHT), got.get(IndicatorColumn.SCORE),
                got.get(IndicatorColumn.NOTE));
    }

    /**
     * The unit: the 度量单位 column when it names a unit (not 定性指标), else the unit printed with the target
     * ({@code 162户} → 户) or with the actual value.
     */
    private static String unit(RowCells row) {
        String col = FormCells.text(row.unit());
        if (col != null && col.length() <= 4 && !col.contains("定性") && !col.contains("定量")
                && col.chars().noneMatch(Character::isDigit)) {
            return col;
        }
        for (Cell c : new Cell[] {row.target(), row.actual()}) {
            Quantity q = FormCells.quantity(c).orElse(null);
            if (q != null && !q.unit().isNone()) {
                return q.unit().symbol();
            }
        }
        return null;
    }

    private static Total total(Table t, int row, Cell label, Header h) {
        List<Cell> numbers = new ArrayList<>();
        Cell grade = null;
        for (Cell cell : FormCells.rowCells(t, row)) {
            if (cell == label || cell.col() < label.col() || cell.isBlank()) {
                continue;
            }
            if (FormCells.isPoints(cell)) {
                numbers.add(cell);
            } else if (grade == null && FormLabels.GRADE_WORD.matcher(FormCells.key(cell)).matches()) {
                grade = cell;
            }
        }
        if (numbers.size() >= 2) {
            return new Total(numbers.get(0), numbers.get(1), grade);
        }
        if (numbers.size() == 1) {
            Cell only = numbers.get(0);
            Cell weightHead = h.column(IndicatorColumn.WEIGHT);
            boolean underWeight = weightHead != null && only.covers(row, weightHead.col());
            return underWeight ? new Total(only, null, grade) : new Total(null, only, grade);
        }
        return new Total(null, null, grade);
    }
}
