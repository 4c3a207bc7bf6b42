package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.prose.Drafts.Draft;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.NumberParser;
import org.jixiao.extractors.number.Quantity;
import org.jixiao.extractors.number.Unit;

/**
 * Small tables that list projects with their budget, execution or score ({@code 自评项目名称 | 项目预算金额 |
 * 项目执行金额}) — not self-evaluation forms, which another extractor reads. The header may be a table of its
 * own just before the rows (a loader splits a table where a note row interrupts it). The unit comes from the
 * header, caption or the paragraph before ({@code 单位：万元}); when none is printed the amount keeps a null unit
 * and null 元 rather than a guessed one.
 */
final class ProjectTables {

    private static final Pattern FORM_WORDS = Pattern.compile("一级指标|二级指标|三级指标|年度总体目标|绩效指标|评价等级");
    private static final Pattern UNIT_NOTE = Pattern.compile("(?:单位[:：]\\s*|[(（])(亿元|万元|千元|元)");
    /** A score column: 得分, 自评得分, 自评分数, 综合评分 — not 分值 (the weight) nor 评分标准 (the criteria). */
    private static final Pattern SCORE_HEADER = Pattern.compile("得分|分数|评分$");
    private static final Pattern TOTAL_ROW = Pattern.compile("合计|总计|小计|共计");

    private ProjectTables() {
    }

    private record Header(int nameCol, int budgetCol, boolean budgetIsInitial, int executedCol, int scoreCol,
                          String unit) {
    }

    static void read(SourceDocument doc, Drafts drafts) {
        List<Block> blocks = doc.blocks();
        Header previous = null;
        String before = "";
        for (Block b : blocks) {
            if (!(b instanceof Table t)) {
                before = b.text();
                if (!(b instanceof org.jixiao.corpus.model.Paragraph) || before.length() > 30) {
                    previous = null;
                }
                continue;
            }
            if (FORM_WORDS.matcher(t.at().text()).find()) {
                previous = null;
                continue;
            }
            Header h = header(t, 0, before);
            int firstRow = 1;
            if (h == null && previous != null && t.colCount() == Math.max(previous.nameCol, Math.max(previous.budgetCol,
                    Math.max(previous.executedCol, previous.scoreCol))) + 1) {
                h = previous.unit == null ? withUnit(previous, unitIn(t.caption())) : previous;
                firstRow = 0;
            }
            if (h == null) {
                previous = null;
                continue;
            }
            if (firstRow == 1 && t.rowCount() == 1) {
                previous = h;
                continue;
            }
            rows(t, h, firstRow, drafts);
            previous = null;
        }
    }

    private static Header withUnit(Header h, String unit) {
        return new Header(h.nameCol, h.budgetCol, h.budgetIsInitial, h.executedCol, h.scoreCol, unit);
    }

    private static Header header(Table t, int row, String before) {
        if (t.rowCount() <= row) {
            return null;
        }
        List<String> cells = t.rowTexts(row);
        int name = -1;
        int budget = -1;
        int executed = -1;
        int score = -1;
        boolean initial = false;
        String unit = null;
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            if (s == null || s.isBlank() || s.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (name < 0 && (s.contains("名称") || s.equals("项目"))) {
                name = c;
            } else if (executed < 0 && Vocabulary.EXECUTED_WORDS.matcher(s).find() && !s.contains("率")) {
                executed = c;
            } else if (budget < 0 && Vocabulary.BUDGET_WORDS.matcher(s).find() && !s.contains("率")) {
                budget = c;
                initial = s.contains("年初");
            } else if (score < 0 && SCORE_HEADER.matcher(s).find()) {
                score = c;
            }
            unit = unit == null ? unitIn(s) : unit;
        }
        if (name < 0 || (budget < 0 && executed < 0 && score < 0)) {
            return null;
        }
        unit = unit != null ? unit : unitIn(t.caption());
        unit = unit != null ? unit : unitIn(before);
        return new Header(name, budget, initial, executed, score, unit);
    }

    private static String unitIn(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = UNIT_NOTE.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static void rows(Table t, Header h, int firstRow, Drafts drafts) {
        for (int r = firstRow; r < t.rowCount(); r++) {
            Cell nameCell = t.cellAt(r, h.nameCol);
            if (nameCell == null || nameCell.row() != r) {
                continue;
            }
            String name = Names.clean(nameCell.text());
            if (name == null || TOTAL_ROW.matcher(name).find()) {
                continue;
            }
            Amount budget = amount(t, r, h.budgetCol, h.unit);
            Amount executed = amount(t, r, h.executedCol, h.unit);
            BigDecimal score = number(t, r, h.scoreCol).map(Quantity::value).orElse(null);
            if (budget == null && executed == null && score == null) {
                continue;
            }
            Draft d = drafts.findOrCreate(Scope.PROJECT, drafts.names().canonical(name), nameCell.at(),
                    x -> x.fullYear == null && x.executed == null && x.initial == null);
            if (budget != null && h.budgetIsInitial && d.initial == null) {
                d.initial = budget;
            } else if (budget != null && !h.budgetIsInitial && d.fullYear == null) {
                d.fullYear = budget;
            }
            if (executed != null && d.executed == null) {
                d.executed = executed;
            }
            if (score != null && d.score == null) {
                d.score = score;
            }
        }
    }

    private static Optional<Quantity> number(Table t, int r, int c) {
        if (c < 0) {
            return Optional.empty();
        }
        Cell cell = t.cellAt(r, c);
        return cell == null ? Optional.empty() : NumberParser.parse(cell.text()).asQuantity();
    }

    private static Amount amount(Table t, int r, int c, String tableUnit) {
        Optional<Quantity> q = number(t, r, c);
        if (q.isEmpty()) {
            return null;
        }
        Quantity v = q.get();
        if (v.kind() == Kind.AMOUNT) {
            return Reading.amount(v, t.cellAt(r, c).at());
        }
        if (!v.unit().isNone()) {
            return null;
        }
        BigDecimal yuan = tableUnit == null ? null
                : Unit.of(tableUnit).map(u -> v.value().movePointRight(u.exponent())).orElse(null);
        if (yuan != null && yuan.scale() < 0) {
            yuan = yuan.setScale(0);
        }
        return new Amount(v.value(), tableUnit, yuan, t.cellAt(r, c).at());
    }
}
