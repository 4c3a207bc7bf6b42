package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;

/**
 * Labelled fields that name a unit — 单位名称, 实施单位, 主管部门, 来源 … ({@link FieldLabels}) — in every layout
 * a form reaches us in: table cells (the value right of or below the label), {@code |}-separated rows of a
 * web page, a label alone on its line with the value on the next, {@code 来源：XX} inline, and cells run
 * together into one line ({@code 主管部门某县水利局实施单位某县水利局资金情况…}), where the value ends at the
 * next label or stop word.
 */
final class FormFields {

    /** A field: what its unit is to the report, the label as printed, the unit's name and where it is. */
    record Field(FieldLabels.Kind kind, String label, String value, Provenance at, String layout) {
    }

    /** Characters that make a word with a unit suffix before them: 处室, 科室, 局长, 院长. */
    private static final String INSIDE_WORD = "室长";
    private static final Pattern VALUE_RUN = Pattern.compile("[\\p{IsHan}()（）]+");
    private static final Pattern SECOND_LABEL = Pattern.compile("^[/／、]\\s*(项目)?(负责人|联系人|代码|编码)(及电话)?");
    /** Labels that are everyday words too (资金来源, 各部门, 项目名称): only standing apart, before a separator. */
    private static final Pattern EVERYDAY_LABEL = Pattern.compile("来源|部门|名称|标题");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s:：]*");
    private static final Pattern TITLE_VALUE = Pattern.compile("^[^|\\s]+(\\s[^|\\s]+)*");
    /**
     * The budget unit's or project's code that budget systems print before its name ({@code 219001-某镇人民政府},
     * {@code 5109…357-2023年…项目}): a digit, then digits or capitals, then a dash or underscore, never a year
     * ({@code 2019-2020年} is a range) ({@link #BUDGET_CODE}).
     */
    static final String BUDGET_CODE = "(?!(?:19|20)\\d{2}\\s*[-－—_])\\d[0-9A-Z]{2,}\\s*[-－—_]\\s*";
    private static final Pattern UNIT_CODE = Pattern.compile("^" + BUDGET_CODE + "(?=\\p{IsHan})");

    private FormFields() {
    }

    static List<Field> read(List<Line> lines) {
        List<Field> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        FieldLabels.Kind pending = null;
        String pendingLabel = null;
        for (Line line : lines) {
            if (line.isCell()) {
                pending = null;
                cell(line, out, seen);
                continue;
            }
            String text = line.text();
            int from = 0;
            for (String sub : text.split("\n", -1)) {
                int off = from;
                from += sub.length() + 1;
                if (sub.isBlank()) {
                    continue;
                }
                Provenance at = sub(line, off, off + sub.length());
                // one cell a line, each ended by its pipe (主管部门 | then 某局本级 |): the cell without the pipe
                String cell = terminalCell(sub);
                if (cell != null) {
                    sub = cell;
                }
                if (pending != null) {
                    int lead = sub.length() - sub.stripLeading().length();
                    value(pending, pendingLabel, sub.strip(), at.sub(lead, lead + sub.strip().length()), "label-line", out, seen);
                    pending = null;
                }
                FieldLabels.Kind alone = FieldLabels.kindOf(sub);
                if (alone != null) {
                    pending = alone;
                    pendingLabel = sub.strip();
                    continue;
                }
                if (sub.indexOf('|') >= 0) {
                    pipes(sub, at, out, seen);
                }
                inline(sub, at, out, seen);
            }
        }
        return out;
    }

    /** The text of a line that is one cell ended by a pipe ({@code 主管部门 |}), or null for any other line. */
    static String terminalCell(String line) {
        String t = line.stripTrailing();
        if (t.length() < 2 || t.charAt(t.length() - 1) != '|' && t.charAt(t.length() - 1) != '｜') {
            return null;
        }
        String body = t.substring(0, t.length() - 1);
        return body.isBlank() || body.indexOf('|') >= 0 || body.indexOf('｜') >= 0 ? null : body.stripTrailing();
    }

    private static Provenance sub(Line line, int from, int to) {
        Provenance at = line.at();
        return at.text().length() == line.text().length() ? at.sub(from, to) : at;
    }

    /** A label cell: the value in the first filled cell to its right, else the cell below. */
    private static void cell(Line line, List<Field> out, Set<Integer> seen) {
        FieldLabels.Kind kind = FieldLabels.kindOf(line.text());
        if (kind == null) {
            inline(line.text(), line.at(), out, seen);
            return;
        }
        Table t = line.table();
        Cell c = line.cell();
        Cell right = firstFilledRightOf(t, c);
        if (right != null && value(kind, line.text().strip(), right.text(), right.at(), "cell", out, seen)) {
            return;
        }
        Cell below = t.cellAt(c.row() + c.rowSpan(), c.col());
        if (below != null && below != c && kind != FieldLabels.Kind.PUBLISHER && kind != FieldLabels.Kind.TITLE) {
            value(kind, line.text().strip(), below.text(), below.at(), "cell-below", out, seen);
        }
    }

    /**
     * The value of a label cell: the first non-blank cell to its right in the same row. Forms often keep an
     * empty spacer column between a label and its value (a PDF's drawn grid shows it as a cell of its own).
     */
    static Cell firstFilledRightOf(Table t, Cell label) {
        for (int col = label.col() + label.colSpan(); col < t.colCount(); ) {
            Cell v = t.cellAt(label.row(), col);
            if (v == null) {
                col++;
                continue;
            }
            if (!v.isBlank()) {
                return v;
            }
            col = v.col() + v.colSpan();
        }
        return null;
    }

    /** {@code 部门: | 某局 |}: a token that is a label, and the next non-empty token. */
    private static void pipes(String s, Provenance at, List<Field> out, Set<Integer> seen) {
        List<int[]> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                String tok = s.substring(start, i);
                if (!tok.isBlank()) {
                    int lead = tok.length() - tok.stripLeading().length();
                    tokens.add(new int[] {start + lead, start + lead + tok.strip().length()});
                }
                start = i + 1;
            }
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String label = s.substring(tokens.get(k)[0], tokens.get(k)[1]);
            FieldLabels.Kind kind = FieldLabels.kindOf(label);
            if (kind != null) {
                int[] v = tokens.get(k + 1);
                value(kind, label, s.substring(v[0], v[1]), at.sub(v[0], v[1]), "pipe", out, seen);
            }
        }
    }

    /** {@code 来源：某局}, {@code 发布机构 某局}, and labels run together with their values. */
    private static void inline(String s, Provenance at, List<Field> out, Set<Integer> seen) {
        Matcher m = FieldLabels.labels(s);
        int pos = 0;
        while (pos < s.length() && FieldLabels.find(m, s, pos)) {
            pos = m.end();
            FieldLabels.Kind kind = FieldLabels.kindOf(m.group());
            if (kind == null) {
                continue;
            }
            Matcher sep = SEPARATOR.matcher(s).region(m.end(), s.length());
            sep.lookingAt();
            boolean separated = sep.end() > m.end();
            boolean loose = EVERYDAY_LABEL.matcher(m.group()).matches();
            // 来源 and 部门 are everyday words (资金来源, 各部门): as labels they stand apart and take a separator
            if (loose && m.start() > 0 && isHan(s.charAt(m.start() - 1))) {
                continue;
            }
            // 来源 某县水利局 typed with a space, which normalization drops between two Chinese characters: taken
            // only when what follows is a unit that opens with its place (来源于上级补助 is no field)
            boolean placedOnly = loose && !separated;
            int v = sep.end();
            // two labels over two values: 实施单位/项目负责人某中心/某某 — the first value is ours
            Matcher second = SECOND_LABEL.matcher(s).region(v, s.length());
            if (second.lookingAt()) {
                v = second.end();
            }
            if (kind == FieldLabels.Kind.TITLE) {
                Matcher t = TITLE_VALUE.matcher(s).region(v, s.length());
                if (t.lookingAt()) {
                    value(kind, m.group(), s.substring(v, t.end()), at.sub(v, t.end()), "inline", out, seen);
                }
                continue;
            }
            Matcher code = UNIT_CODE.matcher(s).region(v, s.length());
            if (code.lookingAt()) {
                v = code.end();
            }
            Matcher run = VALUE_RUN.matcher(s).region(v, s.length());
            // a label word inside a sentence (由项目承担单位向某委报告) is followed by a preposition, not a name
            if (run.lookingAt() && (separated || UnitMentions.OPENERS.indexOf(s.charAt(v)) < 0)) {
                value(kind, m.group(), s.substring(v, run.end()), at.sub(v, run.end()), separated ? "inline" : "run-together",
                        placedOnly, out, seen);
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Reads the unit named by a field's value text; records it unless that place was read already. */
    private static boolean value(FieldLabels.Kind kind, String label, String raw, Provenance at, String layout,
                                 List<Field> out, Set<Integer> seen) {
        return value(kind, label, raw, at, layout, false, out, seen);
    }

    /** As above; with {@code placedOnly}, only a unit whose name opens with its place (某县水利局) is read. */
    private static boolean value(FieldLabels.Kind kind, String label, String raw, Provenance at, String layout,
                                 boolean placedOnly, List<Field> out, Set<Integer> seen) {
        if (kind == FieldLabels.Kind.TITLE) {
            String unit = TitleFinder.unitOf(raw);
            if (unit == null) {
                return false;
            }
            int i = raw.indexOf(unit);
            return add(new Field(kind, label, unit, i >= 0 ? at.sub(i, i + unit.length()) : at, layout), out, seen);
        }
        int lead = raw.length() - raw.stripLeading().length();
        String s = raw.strip();
        Matcher code = UNIT_CODE.matcher(s);
        if (code.lookingAt()) {
            lead += code.end();
            s = s.substring(code.end());
        }
        Matcher run = VALUE_RUN.matcher(s);
        if (!run.lookingAt()) {
            return false;
        }
        String v = s.substring(0, run.end());
        v = v.substring(0, FieldLabels.valueEnd(v));
        for (int end = v.length(); end >= 3; end--) {
            if (end < v.length() && INSIDE_WORD.indexOf(v.charAt(end)) >= 0) {
                continue; // 财政处|室, 某局|长: a suffix character inside a word (处室, 局长) ends no name
            }
            String name = UnitNames.clean(v.substring(0, end));
            if (UnitNames.isFieldValue(name) && (!placedOnly || UnitMentions.opensWithPlace(name))) {
                int len = v.startsWith(name) ? name.length() : end;
                return add(new Field(kind, label, name, at.sub(lead, lead + len), layout), out, seen);
            }
        }
        return false;
    }

    private static boolean add(Field f, List<Field> out, Set<Integer> seen) {
        if (seen.add(f.at().start())) {
            out.add(f);
        }
        return true;
    }
}
