package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Section;

/**
 * Evaluations from the self-evaluation forms (自评表) of a document: one {@link Evaluation} per form.
 *
 * <p>A form is recognised by what it says, not where: a name label ({@code 部门(单位)名称}, {@code 项目名称})
 * starts one, an indicator header (一级/二级/三级指标 …) makes a table one even without a name. A table that
 * holds two forms is split at the second name label; a table without a name that follows an unfinished form
 * (no 总分 row yet) with the same columns continues it, as a form broken over a Word page does. A nameless table that
 * holds only a budget block is the start of the form whose indicator table follows it (no other table, no heading
 * and at most a few dozen lines of text between): a web page copied as text, whose grid the loader rebuilt block by
 * block.
 *
 * <p>Nothing is computed that the form does not print: a section's score stays null unless stated, and the
 * evaluation's score is the form's own (自评得分 or the 总分 row), never the sum of the indicator scores —
 * comparing the two is the checks' work.
 */
public final class FormEvaluations {

    private static final Pattern PROJECT_CONTEXT = Pattern.compile("项目|专项");
    private static final Pattern DEPARTMENT_CONTEXT = Pattern.compile("部门整体|整体支出|部门");

    /**
     * How many lines of text may stand between a form's budget table and its indicator table: a web page copied as
     * text leaves the block's funding-source lines, the 年度总体目标 row and the 绩效指标 label between them (about
     * twenty); a page of prose is no longer one form.
     */
    private static final int MAX_TEXT_AFTER_BUDGET = 40;

    private FormEvaluations() {
    }

    /** One evaluation per self-evaluation form found in {@code doc}, in document order. */
    public static List<Evaluation> extract(SourceDocument doc) {
        return extract(doc, () -> FlatForms.read(doc));
    }

    /**
     * As {@link #extract(SourceDocument)}, with the document's flat forms ({@link FlatForms#read}) from
     * {@code flatForms}, which the figures and checks read too: asked once, after the tables.
     */
    public static List<Evaluation> extract(SourceDocument doc, java.util.function.Supplier<List<FlatForms.Form>> flatForms) {
        List<List<FormPart>> forms = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        // the short lines since the last form started: a form whose header block stayed text names itself there
        List<List<String>> headers = new ArrayList<>();
        List<String> sinceForm = new ArrayList<>();
        // each part's own indicator block, read to tell forms apart: a one-part form's block is that one
        Map<FormPart, IndicatorBlock> own = new IdentityHashMap<>();
        List<FormPart> open = null;
        boolean openFinished = true;
        Block previous = null;
        StringBuilder context = new StringBuilder();
        // a budget block printed as a table of its own, nameless, waiting for the indicator table of its form
        FormPart budgetAlone = null;
        String budgetContext = null;
        int textSinceBudget = 0;
        // the line a form's table is closed by when its 总分 stayed outside the grid (总分:96.5分)
        Map<List<FormPart>, java.math.BigDecimal> closing = new IdentityHashMap<>();
        // the open form has no indicator block yet, and how much text (and whether a heading) came since its table
        boolean openWithoutIndicators = false;
        int textSinceOpen = 0;
        boolean headingSinceOpen = false;
        for (Block block : doc.blocks()) {
            if (block instanceof Table t) {
                for (FormPart part : split(t)) {
                    IndicatorBlock ownBlock = IndicatorBlock.read(List.of(part));
                    own.put(part, ownBlock);
                    boolean indicators = ownBlock != null;
                    BudgetBlock ownBudget = BudgetBlock.read(List.of(part));
                    boolean named = nameLabel(part) != null && (indicators
                            || find(List.of(part), FormLabels.SCORE) != null || ownBudget != null);
                    boolean continues = open != null && !openFinished && previous instanceof Table
                            && open.get(open.size() - 1).table().colCount() == t.colCount();
                    // a named form's header table, then its indicator table printed as a table of its own
                    continues |= open != null && !openFinished && openWithoutIndicators && indicators && !named
                            && !headingSinceOpen && textSinceOpen <= MAX_TEXT_AFTER_BUDGET;
                    if (named || indicators && !continues) {
                        open = new ArrayList<>();
                        String formContext = context.toString();
                        if (budgetAlone != null && !named && ownBudget == null) {
                            open.add(budgetAlone);
                            formContext = budgetContext;
                        }
                        budgetAlone = null;
                        open.add(part);
                        forms.add(open);
                        contexts.add(formContext);
                        headers.add(List.copyOf(sinceForm));
                        sinceForm.clear();
                    } else if (continues) {
                        open.add(part);
                    } else {
                        open = null;
                        boolean budget = ownBudget != null;
                        budgetAlone = budget ? part : null;
                        budgetContext = budget ? context.toString() : null;
                        textSinceBudget = 0;
                    }
                    openFinished = open == null || hasTotalRow(part, ownBlock, ownBudget);
                    openWithoutIndicators = open != null && (open.size() == 1 ? !indicators : openWithoutIndicators && !indicators);
                }
                textSinceOpen = 0;
                headingSinceOpen = false;
                context.setLength(0);
            } else if (block instanceof Heading || block instanceof Paragraph) {
                if (block instanceof Heading || ++textSinceBudget > MAX_TEXT_AFTER_BUDGET) {
                    budgetAlone = null; // a new section, or too far for one form
                }
                headingSinceOpen |= block instanceof Heading;
                textSinceOpen++;
                String text = block instanceof Heading h ? h.at().text() : ((Paragraph) block).at().text();
                if (block instanceof Paragraph && previous instanceof Table && open != null && !openFinished) {
                    java.math.BigDecimal stated = ClosingScore.of(text);
                    if (stated != null) {
                        closing.put(open, stated);
                        openFinished = true;
                    }
                }
                if (text.length() <= 60) {
                    context.append(text).append('\n');
                    sinceForm.add(text.strip());
                }
            }
            previous = block;
        }
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Evaluation e = ClosingScore.apply(evaluation(forms.get(i), contexts.get(i), own), closing.get(forms.get(i)));
            out.add(e.name() == null ? TextHeader.named(e, headers.get(i)) : e);
        }
        // forms whose grid was lost are in the paragraphs; a form rebuilt as a table is never read twice
        out.addAll(FlatForms.evaluations(flatForms.get()));
        out.addAll(FlatLists.evaluations(doc));
        return out;
    }

    private static Evaluation evaluation(List<FormPart> parts, String context, Map<FormPart, IndicatorBlock> own) {
        Located name = nameLabel(parts);
        Scope scope;
        if (name != null) {
            scope = FormLabels.PROJECT_NAME.matcher(name.key()).matches()
                    ? Scope.PROJECT : Scope.DEPARTMENT;
        } else {
            String ctx = context + (parts.get(0).table().caption() == null ? "" : parts.get(0).table().caption());
            // nothing said: a form is a project's unless a title says 部门 (the record needs a scope)
            scope = PROJECT_CONTEXT.matcher(ctx).find() ? Scope.PROJECT
                    : DEPARTMENT_CONTEXT.matcher(ctx).find() ? Scope.DEPARTMENT : Scope.PROJECT;
        }
        Cell nameValue = name == null ? null : labelValue(name);

        BudgetBlock budgetBlock = BudgetBlock.read(parts);
        IndicatorBlock indicators = parts.size() == 1 && own.containsKey(parts.get(0))
                ? own.get(parts.get(0)) : IndicatorBlock.read(parts);

        List<Section> sections = new ArrayList<>();
        if (budgetBlock != null && budgetBlock.section() != null) {
            sections.add(budgetBlock.section());
        }
        if (indicators != null) {
            sections.addAll(indicators.sections());
        }
        sections = SectionSummary.merge(sections, SectionSummary.read(parts));
        IndicatorBlock.Total total = indicators == null ? null : indicators.total();

        Located scoreLabel = find(parts, FormLabels.SCORE);
        BigDecimal score = scoreLabel == null ? null : FormCells.points(labelValue(scoreLabel));
        if (score == null && total != null) {
            score = FormCells.points(total.score());
        }
        if (score == null) {
            score = headerTotal(parts);
        }
        BigDecimal maxScore = total == null ? null : FormCells.points(total.maxScore());
        Located gradeLabel = find(parts, FormLabels.GRADE);
        String grade = gradeLabel == null ? null : FormCells.text(labelValue(gradeLabel));
        if (grade == null && total != null) {
            grade = FormCells.text(total.grade());
        }
        return new Evaluation(scope, FormCells.text(nameValue),
                budgetBlock == null ? Budget.NONE : budgetBlock.budget(), score, maxScore, grade, sections,
                indicators == null ? List.of() : indicators.indicators(), parts.get(0).table().at());
    }

    /** A label cell, the row it was found in (a merged label's first) and its key (joined if wrapped). */
    private record Located(Table table, int row, Cell cell, String key) {
    }

    private static Cell labelValue(Located label) {
        Cell v = FormCells.valueRightOf(label.table(), label.row(), label.cell());
        if (v == null) {
            return null;
        }
        String key = FormCells.key(v);
        boolean isLabel = FormLabels.SCORE.matcher(key).matches() || FormLabels.GRADE.matcher(key).matches()
                || FormLabels.DEPARTMENT_NAME.matcher(key).matches() || FormLabels.PROJECT_NAME.matcher(key).matches();
        return isLabel ? null : v;
    }

    private static Located nameLabel(FormPart part) {
        return nameLabel(List.of(part));
    }

    /** The project name label if there is one (a project form also names its department), else the department's. */
    private static Located nameLabel(List<FormPart> parts) {
        Located project = find(parts, FormLabels.PROJECT_NAME);
        return project != null ? project : find(parts, FormLabels.DEPARTMENT_NAME);
    }

    /**
     * The first cell matching {@code label} whose value to the right is not a column header: in a list of
     * projects, {@code 项目名称 | 年初预算数 | …} heads a column and names nothing.
     */
    private static Located find(List<FormPart> parts, Pattern label) {
        for (FormPart part : parts) {
            for (int r = part.from(); r < part.to(); r++) {
                for (Cell cell : part.table().rowCells(r)) {
                    String key = labelKey(part.table(), r, cell);
                    if (label.matcher(key).matches()) {
                        Located at = new Located(part.table(), r, cell, key);
                        Cell value = FormCells.valueRightOf(part.table(), r, cell);
                        String valueKey = FormCells.key(value);
                        if (value == null || FormLabels.BudgetColumn.of(valueKey) == null
                                && FormLabels.IndicatorColumn.of(valueKey) == null) {
                            return at;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * A 总分 stated in the form's header block, above its budget and indicator tables ({@code 总分 | 92.5分 | 等级 |
     * 优}): there it is the form's result, not the indicator block's closing row. Null when the value is no score (at
     * most 120 points) or the row also labels a 得分, which makes the 总分 the full marks.
     */
    private static BigDecimal headerTotal(List<FormPart> parts) {
        FormPart part = parts.get(0);
        for (int r = part.from(); r < part.to(); r++) {
            List<Cell> cells = part.table().rowCells(r);
            if (cells.stream().map(FormCells::key).anyMatch(k -> FormLabels.BudgetColumn.of(k) != null
                    || FormLabels.IndicatorColumn.of(k) != null)) {
                return null; // the header block ends where the budget or indicator columns begin
            }
            for (Cell cell : cells) {
                if (HEADER_TOTAL.matcher(FormCells.key(cell)).matches()) {
                    boolean scoreLabelled = cells.stream().map(FormCells::key).anyMatch(k -> k.endsWith("得分"));
                    BigDecimal v = FormCells.points(FormCells.valueRightOf(part.table(), r, cell));
                    return scoreLabelled || v == null || v.compareTo(ClosingScore.MOST) > 0 ? null : v;
                }
            }
        }
        return null;
    }

    private static final Pattern HEADER_TOTAL = Pattern.compile("^(总分|总得分)$");

    /**
     * A label's key, joined with its second line when a spreadsheet wrapped it into the next row: the cell
     * below continues the label when the value to the right is one merged cell beside both
     * ({@code 项目支} / {@code 出名称} | {@code 基层政权建设和社区治理}).
     */
    private static String labelKey(Table t, int row, Cell cell) {
        String key = FormCells.key(cell);
        Cell below = t.cellAt(row + 1, cell.col());
        if (below == null || below.row() != row + 1 || below.isBlank() || cell.rowSpan() != 1) {
            return key;
        }
        Cell value = FormCells.valueRightOf(t, row, cell);
        return value != null && value.covers(row + 1, value.col()) && value.row() == row
                ? key + FormCells.key(below) : key;
    }

    /** Whether the part closes its form with a 总分 row ({@code own}: the part's own indicator block, or null). */
    private static boolean hasTotalRow(FormPart part, IndicatorBlock own, BudgetBlock budget) {
        IndicatorBlock b = own;
        if (b != null) {
            return b.total() != null;
        }
        // the budget block's 合计 line totals money, not the form's points
        java.util.Set<Integer> budgetRows = new java.util.HashSet<>();
        if (budget != null) {
            Budget m = budget.budget();
            for (Provenance at : java.util.Arrays.asList(m.initial() == null ? null : m.initial().at(),
                    m.fullYear() == null ? null : m.fullYear().at(), m.executed() == null ? null : m.executed().at(),
                    m.rate() == null ? null : m.rate().at())) {
                if (at != null && at.row() != null) {
                    budgetRows.add(at.row());
                }
            }
        }
        for (int r = part.from(); r < part.to(); r++) {
            Cell first = FormCells.rowCells(part.table(), r).stream().filter(c -> !c.isBlank()).findFirst()
                    .orElse(null);
            if (first != null && !budgetRows.contains(r) && FormLabels.TOTAL_SCORE.matcher(FormCells.key(first)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a table at each name label that follows a form's content (a budget or indicator header), so a
     * sheet with the department form and a project form one under the other gives two parts.
     */
    private static List<FormPart> split(Table t) {
        List<FormPart> parts = new ArrayList<>();
        int from = 0;
        boolean content = false;
        for (int r = 0; r < t.rowCount(); r++) {
            boolean label = false;
            boolean header = false;
            for (Cell cell : t.rowCells(r)) {
                String key = FormCells.key(cell);
                label |= FormLabels.PROJECT_NAME.matcher(key).matches()
                        || FormLabels.DEPARTMENT_NAME.matcher(key).matches();
                header |= key.contains("三级指标") || key.contains("年初预算") || key.contains("全年预算");
            }
            if (label && content && r > from) {
                parts.add(new FormPart(t, from, r));
                from = r;
                content = false;
            }
            content |= header;
        }
        parts.add(new FormPart(t, from, t.rowCount()));
        return parts;
    }
}
