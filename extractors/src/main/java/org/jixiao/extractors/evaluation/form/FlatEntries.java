package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;

/**
 * The {@code 名称：数值} lines a form prints under its budget block, one per line ({@code 按支出性质分:796.15},
 * {@code 其中:基本支出:412.30}): read after a flat form's budget lines ({@link FlatForms}) and after a table the
 * loader rebuilt from a budget block ({@link #afterTables}).
 */
public final class FlatEntries {

    /**
     * A {@code 名称：数值} line right under the budget lines ({@code 按支出性质分:796.15}, {@code 其中:基本支出:412.30}),
     * in the block's unit.
     */
    public record Entry(String label, BigDecimal number, String printed, Provenance at) {
    }

    private static final Pattern ENTRY = Pattern.compile(
            "[ \\t]*(?:其中[:：][ \\t]*)?([^\\d:：\\n]{2,16}?)[ \\t]*[:：][ \\t]*(\\d+(?:\\.\\d+)?)[ \\t]*");
    /** A {@code 名称：} line whose value cell is empty (纳入专户管理的非税收入拨款:): skipped, not the list's end. */
    private static final Pattern EMPTY_ENTRY = Pattern.compile("[ \\t]*(?:其中[:：][ \\t]*)?[^\\d:：\\n]{2,16}[:：][ \\t]*");
    private static final int MAX_ENTRIES = 16;

    private FlatEntries() {
    }

    /** The {@code 名称：数值} lines right after the table numbered {@code table} (in document order). */
    public record TableEntries(int table, List<Entry> entries) {
    }

    /**
     * The {@code 名称：数值} lines right after a table the loader rebuilt from the budget block (a row named
     * 年度资金总额): the breakdowns 按收入性质分 / 按支出性质分 that the form prints under it as lines.
     */
    public static List<TableEntries> afterTables(SourceDocument doc) {
        List<TableEntries> out = new ArrayList<>();
        int table = -1;
        int open = -1; // the budget table whose following lines are being collected
        List<Provenance> run = new ArrayList<>();
        for (org.jixiao.corpus.model.Block b : doc.blocks()) {
            if (b instanceof org.jixiao.corpus.model.Table t) {
                flushEntries(open, run, out);
                run = new ArrayList<>();
                table++;
                open = budgetTable(t) ? table : -1;
            } else if (open >= 0) {
                run.add(b.at());
            }
        }
        flushEntries(open, run, out);
        return out;
    }

    private static boolean budgetTable(org.jixiao.corpus.model.Table t) {
        for (int r = 0; r < t.rowCount(); r++) {
            org.jixiao.corpus.model.Cell c = t.cellAt(r, 0);
            if (c != null && FormLabels.BUDGET_TOTAL.matcher(FormCells.key(c)).find()) {
                return true;
            }
        }
        return false;
    }

    private static void flushEntries(int table, List<Provenance> run, List<TableEntries> out) {
        if (table >= 0 && !run.isEmpty()) {
            FlatText t = FlatText.of(run);
            List<Entry> entries = read(t, 0, t.text().length());
            if (!entries.isEmpty()) {
                out.add(new TableEntries(table, entries));
            }
        }
    }

    /** The {@code 名称：数值} lines from {@code from}, each on its own line, until a line of another shape. */
    static List<Entry> read(FlatText t, int from, int limit) {
        List<Entry> out = new ArrayList<>();
        String text = t.text();
        int pos = from;
        if (pos < limit && text.charAt(pos) == '\n') {
            pos++;
        } else if (pos > 0 && pos < text.length() && text.charAt(pos - 1) != '\n') {
            return out; // the budget lines ended inside a line: what follows is not a list of entries
        }
        while (pos < limit && out.size() < MAX_ENTRIES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > limit ? limit : nl;
            Matcher m = ENTRY.matcher(text).region(pos, end);
            if (m.matches()) {
                out.add(new Entry(m.group(1).strip(), new BigDecimal(m.group(2)), m.group(2),
                        t.at(m.start(2), m.end(2))));
            } else if (!text.substring(pos, end).isBlank() && !EMPTY_ENTRY.matcher(text).region(pos, end).matches()) {
                break;
            }
            pos = end + 1;
        }
        return out;
    }
}
