package org.jixiao.extractors.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Section;

/**
 * The indicator table of a form whose grid was lost: the header {@code 一级指标二级指标三级指标分值年度指标值全年实际值得分…}
 * with the rows run together after it, on one line ({@code 产出指标(60分)数量指标安装路标10≥120米≥120米10…}) or one
 * row a line ({@code 质量指标验收合格率100%85%1212人手不足}). The header's column words (data:
 * {@code flat-vocabulary.tsv}, {@code indicator.*}) give the columns' order; first- and second-level names
 * ({@code level1}, {@code level2}) start rows; a row is its label, then its values in the header's order.
 *
 * <p>How a row's values are told apart without a grid: a weight is a number up to 100, a score a number up to the
 * weight, a target and an actual either two measures ({@code ≥95%}, {@code 20万元}: sign, number, unit; both in the
 * same unit) or one run of words between two numbers (split only when it is one word printed twice, 达标达标).
 * Every split those shapes allow is tried; splits whose target and actual differ by more than a factor of ten are
 * dropped when a closer one exists; a value is kept only when every remaining split gives it. A row none of
 * whose splits fits is skipped up to the next first- or second-level name close after it (a cell wrapped onto
 * the next line, OCR debris), and then the table no longer counts as closed; with no such name near, it ends the
 * table. Words standing in the target and actual columns right after the label (及时较及时88) are told from
 * it only when they are two worded values of the vocabulary ({@code answer}: 达到预期, 部分达到, 是) ending it;
 * otherwise the row keeps them in its label, with no target or actual.
 *
 * <p>When a section states its weight ({@code 产出指标(40分)}), a row whose digits split two ways ({@code 710}: 71 and 0, or 7
 * and 10) takes the reading that makes the section's row weights add up to it, if exactly one does.
 *
 * <p>A form that sets targets without scoring them ({@code 县级专项资金绩效目标自评表}: 年度指标值, 全年完成值, no 分值
 * or 得分) is read too: a row is its label, then a target and an actual of one shape (two measures in one unit, or
 * words). The national template as web pages print it (one row a line, narrow cells wrapped, empty rows
 * {@code 指标2:} and {@code ……} between filled ones, a first-level name lost to a vertical cell) is read past its
 * filler.
 *
 * <p>The grid is guessed, so checks never call a difference over these rows an error ({@code Checks}).
 */
public final class FlatIndicatorTable {

    /** The column kinds of an indicator header. */
    enum Kind { TARGET, ACTUAL, WEIGHT, SCORE, METHOD, NOTE }

    /**
     * The rows read, the first-level sections they name, where the table ends in the text, and whether it ends
     * at its closing line (总分, 合计): then no row was lost to a split that did not read. {@code subsections}
     * are the second-level names with the weights a criteria table prints for them, {@code deductions} the points
     * its criteria take off per step ({@link FlatCriteriaTable}).
     */
    public record Result(List<Section> sections, List<Indicator> indicators, int end, boolean closed,
                         List<Section> subsections, List<FlatCriteriaTable.Deduction> deductions) {

        Result(List<Section> sections, List<Indicator> indicators, int end, boolean closed) {
            this(sections, indicators, end, closed, List.of(), List.of());
        }
    }

    /** The header's level words, each of which a narrow column may wrap (一级 / 指标 on two lines). */
    private static final Pattern HEADER = Pattern.compile("一级\\s*指标\\s*二级\\s*指标\\s*(?:三级\\s*指标|指标\\s*名称)");
    /**
     * A template row left empty ({@code 指标2:}, {@code 指标1:/ / /}) or a section weight whose name a dump lost
     * ({@code (50分)} alone on its line, the first-level cell printed vertically): nothing to read, the table goes on.
     */
    private static final Pattern FILLER = Pattern.compile(
            "(?:指标\\d{1,2}[:：][ \\t\\u3000/／—-]*|[(（]\\s*\\d+(?:\\.\\d+)?\\s*分?\\s*[)）][ \\t\\u3000]*)(?:\\n|$)");
    /** The ellipsis row alone on its line ({@code ……}): ends the table unless more rows follow it. */
    private static final Pattern ELLIPSIS_LINE = Pattern.compile("(?:……|\\.\\.\\.)+[ \\t\\u3000]*(?:\\n|$)");
    private static final Pattern NUMBERED_ROW = Pattern.compile("指标\\d{1,2}[:：]");
    private static final Pattern SUFFIX = Pattern.compile("\\s*[(（][^()（）\\n]{1,10}[)）]");
    /** What ends the rows: the closing line, the empty template row (……), a 注 after the table. */
    static final Pattern END = Pattern.compile("总分|合计|总计|……|\\.\\.\\.|注[:：]");
    /** The closing line itself (总分, 合计), past the empty template row. */
    static final Pattern CLOSING = Pattern.compile("(?:……|\\.\\.\\.)*\\s*(?:总分|合计|总计)");
    private static final Pattern WEIGHT_SUFFIX = Pattern.compile("\\s*[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]");
    static final int MAX_ROWS = 40;
    /** How far past a row that does not read the next level name may be: farther, the table has ended. */
    private static final int MAX_SKIP = 150;

    private FlatIndicatorTable() {
    }

    /** Where the first indicator header in {@code [from, to)} of the text starts and ends, or null. */
    static int[] header(String text, int from, int to) {
        Matcher h = HEADER.matcher(text).region(from, to);
        return h.find() ? new int[] {h.start(), h.end()} : null;
    }

    /** The indicator table whose header is the first in {@code [from, to)} of the text, or null. */
    static Result read(FlatText t, int from, int to) {
        String text = t.text();
        Matcher h = HEADER.matcher(text).region(from, to);
        if (!h.find()) {
            return null;
        }
        List<Kind> cols = new ArrayList<>();
        int pos = header(text, h.end(), to, cols);
        boolean scored = cols.contains(Kind.WEIGHT) && cols.contains(Kind.SCORE)
                && (cols.contains(Kind.TARGET) || cols.contains(Kind.ACTUAL));
        // a form that sets targets without scoring them (县级专项资金绩效目标自评表): 年度指标值 and 全年完成值 only
        boolean measured = cols.contains(Kind.TARGET) && cols.contains(Kind.ACTUAL)
                && !cols.contains(Kind.WEIGHT) && !cols.contains(Kind.SCORE);
        if (!scored && !measured) {
            return null;
        }
        if (FlatIndicatorCells.oneCellPerLine(text, h.start(), pos, 3 + cols.size())) {
            // the header printed one word a line: the rows are one cell a line too
            Result cells = FlatIndicatorCells.read(t, pos, to, cols);
            if (cells != null) {
                return cells;
            }
        }
        List<Kind> values = cols.stream().filter(k -> k != Kind.NOTE).toList();
        boolean note = cols.contains(Kind.NOTE);
        FlatVocabulary vocab = FlatVocabulary.get();
        List<Section> sections = new ArrayList<>();
        List<Indicator> rows = new ArrayList<>();
        List<FlatIndicatorRows.Row> read = new ArrayList<>(); // each row as split, beside its indicator
        List<Integer> rowEnds = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        boolean closed = false;
        boolean skipped = false;
        while (pos < to && rows.size() < MAX_ROWS) {
            pos = skipSpace(text, pos, to);
            int filler = filler(text, pos, to, vocab);
            if (filler > pos) {
                pos = filler;
                continue;
            }
            if (pos < to && END.matcher(text).region(pos, to).lookingAt()) {
                // closed by the total line, past the empty template row (……) some forms print before it
                closed = !skipped && CLOSING.matcher(text).region(pos, to).lookingAt();
                break;
            }
            Level l1 = level(text, pos, to, vocab.level1);
            if (l1 != null) {
                String word1 = l1.word();
                int end = l1.end();
                BigDecimal weight = null;
                Matcher w = WEIGHT_SUFFIX.matcher(text).region(end, to);
                if (w.lookingAt()) {
                    weight = new BigDecimal(w.group(1));
                    end = w.end();
                }
                level1 = word1;
                level2 = null;
                final String name = word1;
                if (sections.stream().noneMatch(s -> s.name().equals(name))) {
                    sections.add(new Section(word1, weight, null, t.atStart(pos, end)));
                }
                pos = end;
                continue;
            }
            Level l2 = level(text, pos, to, vocab.level2);
            if (l2 != null) {
                level2 = l2.word();
                pos = l2.end();
                Matcher s = SUFFIX.matcher(text).region(pos, to);
                if (s.lookingAt()) {
                    pos = s.end(); // 数量指标(必填)
                }
                continue;
            }
            // a row ends before the next level name: its label never runs over one (…衔接8是是8社会效益指标…)
            int rowTo = levelAt(text, pos + 1, to, vocab);
            // cells a dump kept apart by spaces: every gap is a cell boundary, which the run-together reader, free
            // to split digits anywhere, would not respect (≥60个 60 10 10 read as 分值 1, 得分 0; a score above its
            // weight, 10 12总分100 96, as 分值 9, 得分 6)
            FlatIndicatorRows.Row row = SpacedIndicatorRow.read(t, pos, rowTo, values);
            if (row == null) {
                row = FlatIndicatorRows.row(text, pos, rowTo, values, false);
            }
            if (row == null || bare(row.target()) && bare(row.actual())) {
                // …是否有效达到预期达到预期1111: read as target 1, actual 1, 分值 1, 得分 1, unless the words before
                // the digits are the target and actual (分值 11, 得分 11): a label that ends in two answers says so
                FlatIndicatorRows.Row absorbed = FlatIndicatorRows.row(text, pos, rowTo, values, true);
                if (row == null || absorbed != null && answers(absorbed.label(), vocab) != null) {
                    row = absorbed;
                }
            }
            if (row == null) {
                // a score above its weight is what the checks look for: read it, not lose the row and its table,
                // when the row is whole (a name without digits, its target and actual told apart), not OCR debris
                FlatIndicatorRows.Row above = FlatIndicatorRows.row(text, pos, rowTo, values, false, true);
                row = above != null && whole(above) ? above : null;
            }
            if (row == null) {
                // a row the shapes cannot split (a cell wrapped onto the next line, OCR debris): resume at the next
                // first- or second-level name, and the table no longer counts as read to its closing line
                int resume = nextLevel(text, pos + 1, to, vocab);
                // before any row has read, only a level name right under the header goes on (数量指标 over a first
                // row whose name opens with a number, 800吨饲料储备到位率): else the header was no table's
                if (resume < 0 || rows.isEmpty() && level2 == null) {
                    break;
                }
                skipped = true;
                pos = resume;
                continue;
            }
            int end = row.end();
            String noteText = null;
            // the note runs to the line's end, or to a level name printed on the same line (…改进措施满意度指标(20分)…)
            int lineEnd = levelAt(text, end, FlatIndicatorRows.lineEnd(text, end, to), vocab);
            if (note && lineEnd > end && !startsRow(t, text, end, to, values, vocab)) {
                // one row a line: what is left of the line is the row's 偏差原因
                noteText = FormCells.clean(text.substring(end, lineEnd));
                end = lineEnd;
            }
            String[] answers = row.target() == null && row.actual() == null && values.size() > 2
                    && values.get(0) == Kind.TARGET && values.get(1) == Kind.ACTUAL ? answers(row.label(), vocab) : null;
            rows.add(new Indicator(level1, level2, answers == null ? row.label() : answers[0],
                    answers == null ? row.target() : answers[1], answers == null ? row.actual() : answers[2], null,
                    row.weight(), row.score(), noteText == null || noteText.isEmpty() ? null : noteText,
                    t.atStart(pos, row.end())));
            read.add(row);
            rowEnds.add(rowTo);
            pos = end;
        }
        return rows.isEmpty() ? null : new Result(sections, bySectionWeights(text, sections, rows, read, rowEnds, values),
                pos, closed);
    }

    /**
     * Run-together digits split two ways: {@code 710} is 分值 71, 得分 0, or 分值 7, 得分 10. The row reader
     * takes the reading whose score is within its weight, but that reading is exactly what a score above its
     * weight, the error the checks are for, looks like. When a section states its weight ({@code 产出指标（40分）})
     * and its rows' weights miss it, and one other reading of one row makes them add up, that reading is the
     * row's.
     */
    private static List<Indicator> bySectionWeights(String text, List<Section> sections, List<Indicator> rows,
                                                    List<FlatIndicatorRows.Row> read, List<Integer> rowEnds,
                                                    List<Kind> cols) {
        List<Indicator> out = new ArrayList<>(rows);
        for (Section section : sections) {
            if (section.weight() == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (section.name().equals(rows.get(i).level1())) {
                    if (rows.get(i).weight() == null) {
                        sum = null;
                        break;
                    }
                    sum = sum.add(rows.get(i).weight());
                    members.add(i);
                }
            }
            if (sum == null || members.isEmpty() || sum.compareTo(section.weight()) == 0) {
                continue;
            }
            int only = -1;
            BigDecimal[] reading = null;
            for (int i : members) {
                for (BigDecimal[] ws : FlatIndicatorRows.weightsAndScores(text, read.get(i), rowEnds.get(i), cols)) {
                    if (sum.subtract(rows.get(i).weight()).add(ws[0]).compareTo(section.weight()) == 0
                            && ws[0].compareTo(rows.get(i).weight()) != 0) {
                        if (reading != null) {
                            only = -2; // two ways to make the weights add up: neither is proved
                        } else {
                            only = i;
                            reading = ws;
                        }
                    }
                }
            }
            if (only >= 0) {
                Indicator r = rows.get(only);
                out.set(only, new Indicator(r.level1(), r.level2(), r.level3(), r.target(), r.actual(), r.unit(),
                        reading[0], reading[1], r.note(), r.at()));
            }
        }
        return out;
    }

    /**
     * A label that ends with two worded values ({@code 带动辖区经济发展是否有效达到预期部分达到}) split into label,
     * target and actual; null when it does not, or when what would be left ends in 是否 or is under two characters.
     */
    static String[] answers(String label, FlatVocabulary vocab) {
        String actual = endingIn(label, vocab.answers);
        if (actual == null) {
            return null;
        }
        String rest = label.substring(0, label.length() - actual.length());
        String target = endingIn(rest, vocab.answers);
        if (target == null) {
            return null;
        }
        String name = rest.substring(0, rest.length() - target.length());
        if (name.length() < 2 || name.endsWith("是") && target.startsWith("否") || name.endsWith("是否")) {
            return null;
        }
        return new String[] {name, target, actual};
    }

    private static String endingIn(String text, List<String> words) {
        for (String w : words) { // longest first
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** A target or actual printed as a bare number, no unit, no sign. */
    private static boolean bare(String value) {
        return value != null && value.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** A row read in full: a name of four or more characters without a digit, and its target and actual. */
    private static boolean whole(FlatIndicatorRows.Row row) {
        return row.label().length() >= 4 && row.label().chars().noneMatch(Character::isDigit)
                && row.target() != null && row.actual() != null;
    }

    /**
     * Whether another row starts at {@code pos} (a level name, the closing line, or a row that reads): on a form
     * printed as one line, the text after a row's last value is the next row, not the row's 偏差原因.
     */
    private static boolean startsRow(FlatText t, String text, int pos, int to, List<Kind> values, FlatVocabulary vocab) {
        int p = skipSpace(text, pos, to);
        return level(text, p, to, vocab.level1) != null || level(text, p, to, vocab.level2) != null
                || END.matcher(text).region(p, to).lookingAt() || SpacedIndicatorRow.read(t, p, to, values) != null
                || FlatIndicatorRows.row(text, p, to, values, false) != null;
    }

    /** Where the next first- or second-level name starts in {@code [from, to)}; {@code to} if none does. */
    private static int levelAt(String text, int from, int to, FlatVocabulary vocab) {
        for (int p = from; p < to; p++) {
            if (level(text, p, to, vocab.level1) != null || level(text, p, to, vocab.level2) != null) {
                return p;
            }
        }
        return to;
    }

    /** Where the next first- or second-level name starts in {@code [from, to)}, before any closing word; -1 if none. */
    private static int nextLevel(String text, int from, int to, FlatVocabulary vocab) {
        Matcher end = END.matcher(text).region(from, to);
        int limit = Math.min(end.find() ? end.start() : to, from + MAX_SKIP);
        for (int p = from; p < limit; p++) {
            if (level(text, p, limit, vocab.level1) != null || level(text, p, limit, vocab.level2) != null) {
                return p;
            }
        }
        return -1;
    }

    /** Reads the header's column words from {@code pos}; returns where they end. */
    private static int header(String text, int pos, int to, List<Kind> out) {
        FlatVocabulary vocab = FlatVocabulary.get();
        while (true) {
            int p = skipSpace(text, pos, to);
            String best = null;
            Kind kind = null;
            int bestEnd = -1;
            for (var e : vocab.indicatorColumns.entrySet()) {
                if (best != null && e.getKey().length() <= best.length()) {
                    continue;
                }
                // a column word a hard-wrapped line or a narrow cell broke (偏差原因分析及改 / 进措施)
                int end = wrappedEnd(text, p, to, e.getKey());
                if (end >= 0) {
                    best = e.getKey();
                    kind = e.getValue();
                    bestEnd = end;
                }
            }
            if (best == null) {
                return pos;
            }
            out.add(kind);
            pos = bestEnd;
            Matcher s = SUFFIX.matcher(text).region(pos, to);
            if (s.lookingAt()) {
                pos = s.end();
            }
        }
    }

    /** A level name as it stands in the text: the vocabulary's word and where it ends there. */
    private record Level(String word, int end) {
    }

    /**
     * The longest of {@code words} at {@code pos}, or null. A narrow cell may wrap its name onto the next line
     * ({@code 可持续影 / 响指标}); a name read across a line break must not end where a digit or colon follows,
     * which would make it take the 指标 of the next row's {@code 指标1:}.
     */
    private static Level level(String text, int pos, int to, List<String> words) {
        Level best = null;
        for (String w : words) {
            if (best != null && w.length() <= best.word().length()) {
                continue;
            }
            int end = wrappedEnd(text, pos, to, w);
            if (end >= 0) {
                best = new Level(w, end);
            }
        }
        return best;
    }

    /** Where {@code word} ends when it stands at {@code pos}, line breaks inside it allowed; -1 when it does not. */
    private static int wrappedEnd(String text, int pos, int to, String word) {
        int p = pos;
        boolean wrapped = false;
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && p < to && text.charAt(p) != word.charAt(i)) {
                int q = p;
                while (q < to && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '\u3000')) {
                    q++;
                }
                if (q < to && text.charAt(q) == '\n') {
                    p = skipSpace(text, q, to);
                    wrapped = true;
                }
            }
            if (p >= to || text.charAt(p) != word.charAt(i)) {
                return -1;
            }
            p++;
        }
        if (wrapped && p < to && (Character.isDigit(text.charAt(p)) || text.charAt(p) == ':' || text.charAt(p) == '：')) {
            return -1;
        }
        return p;
    }

    /**
     * Where the template filler at {@code pos} ends (an empty numbered row, a lost section's weight, an ellipsis
     * row with more rows after it), or {@code pos} when none stands there.
     */
    private static int filler(String text, int pos, int to, FlatVocabulary vocab) {
        int p = pos;
        int ellipsis = -1; // where the first ellipsis row starts, if one was passed
        while (p < to) {
            Matcher f = FILLER.matcher(text).region(p, to);
            Matcher e = ELLIPSIS_LINE.matcher(text).region(p, to);
            if (f.lookingAt()) {
                p = skipSpace(text, f.end(), to);
            } else if (e.lookingAt()) {
                ellipsis = ellipsis < 0 ? p : ellipsis;
                p = skipSpace(text, e.end(), to);
            } else {
                break;
            }
        }
        if (ellipsis < 0 || NUMBERED_ROW.matcher(text).region(p, to).lookingAt()
                || level(text, p, to, vocab.level1) != null || level(text, p, to, vocab.level2) != null) {
            return p;
        }
        return ellipsis; // the ellipsis ends the rows: the closing line, or the end of the table, comes next
    }

    private static int skipSpace(String text, int pos, int to) {
        while (pos < to && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The provenance of a span (kept for callers that quote a row). */
    static Provenance at(FlatText t, int from, int to) {
        return t.at(from, to);
    }
}
