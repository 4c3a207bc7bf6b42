package org.jixiao.extractors.evaluation.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.form.FlatVocabulary.Column;
import org.jixiao.extractors.evaluation.form.FormLabels.BudgetColumn;

/**
 * A budget block whose grid a PDF text dump flattened into one line with the labels torn from their values: the
 * header words, then a run of values with no label before them ({@code 年初预算数 全年预算数 全年执行数 分值 执行率 得分
 * 120.00 120.00 96.5 10 8.04 120.00 …}), the row labels somewhere after, and a cell or two of the first row
 * displaced further on, after some unrelated label ({@code … 总体目标 80.42%}).
 *
 * <p>The first row is the longest prefix of the run whose values fit the header's columns in order by their shapes
 * ({@link RunTogether}: a rate ends with %, an amount may be large, a weight or score is a small number, a score at
 * most its weight). When that row leaves columns empty, the numbers standing alone after other labels before the
 * indicator table (not a funding-source line's) are tried in those columns, in order; they are taken only when
 * 执行数 ÷ 预算数 then gives the 执行率 (within one percentage point). A column is read only when every remaining
 * reading gives it the same value; 分值 and 得分 only when 得分 = 分值 × 执行率 confirms which is which; the amounts
 * only when the rate confirms them, or, with no rate printed, when the run ends with the first row (else where
 * that row ends is a guess).
 *
 * <p>The alignment is inferred, so every place read here is reported as guessed: no check may call a difference
 * over it an error ({@link FlatForms#guessedGrid}).
 */
final class FlatValueRun {

    /**
     * The first budget row read (labelled with the block's total word if one is printed in the block), where the
     * block ends (the search for displaced cells stopped there) and every place the reading placed.
     */
    record Result(FlatForms.Row row, int end, List<Provenance> guessed) {
    }

    /** Where a form's budget block ends at the latest: its indicator table or its score line begins. */
    private static final Pattern BLOCK_END = Pattern.compile("一级指标|" + FlatVocabulary.alternation(
            concat(FlatVocabulary.get().level1, FlatVocabulary.get().scores)));
    /** Beyond this many readings of the first row, displaced cells are not tried (each multiplies the work). */
    private static final int MAX_FIRST_READINGS = 64;
    /** How many characters before a stretch of numbers are its label's own words. */
    private static final int LABEL_TAIL = 6;
    /** A number token that can be a cell's value. */
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*%?");

    private FlatValueRun() {
    }

    /** The block after the header ending at {@code from}, when a value (not a label) follows it; else null. */
    static Result read(FlatText t, int from, int limit, List<Column> cols) {
        String text = t.text();
        int start = from;
        while (start < limit && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= limit || !Character.isDigit(text.charAt(start))) {
            return null;
        }
        List<Token> run = new ArrayList<>();
        for (Token tok : tokens(text, start, limit)) {
            if (!tok.value() && !tok.dash()) {
                break;
            }
            run.add(tok);
        }
        List<BudgetColumn> kinds = cols.stream().map(Column::kind).toList();
        List<RunTogether.Value[]> first = List.of();
        int k = run.size();
        for (; k >= 1; k--) {
            first = RunTogether.readings(text, start, run.get(k - 1).end(), kinds, null);
            if (!first.isEmpty()) {
                break;
            }
        }
        if (first.isEmpty()) {
            return null;
        }
        // the first row ends where the run does (but for empty cells' dashes), or where the columns ran out: then
        // where it ends is itself a guess (a last cell left empty lets the next row's first values in)
        boolean bounded = run.subList(k, run.size()).stream().allMatch(Token::dash);
        int runEnd = run.get(run.size() - 1).end();
        Matcher e = BLOCK_END.matcher(text).region(runEnd, limit);
        int end = e.find() ? e.start() : limit;
        List<RunTogether.Value[]> chosen = choose(text, first, strays(text, runEnd, end), kinds);
        boolean scored = chosen.stream().allMatch(r -> RunTogether.scored(r, kinds));
        // amounts stand unconfirmed only in a row whose end is certain and that prints no rate: a printed rate
        // that 执行数 ÷ 预算数 does not give says the amounts were put in the wrong columns
        boolean confirmed = chosen.stream().allMatch(r -> RunTogether.confirmed(r, kinds));
        boolean rated = chosen.stream().anyMatch(r -> java.util.Arrays.stream(r)
                .anyMatch(v -> v != null && kinds.get(v.column()) == BudgetColumn.RATE));
        boolean misplaced = !confirmed && (rated || !bounded);
        List<FlatForms.Value> values = new ArrayList<>();
        List<Provenance> guessed = new ArrayList<>();
        for (RunTogether.Value v : RunTogether.agreed(chosen, kinds.size())) {
            Column c = cols.get(v.column());
            if (!scored && (c.kind() == BudgetColumn.WEIGHT || c.kind() == BudgetColumn.SCORE)) {
                continue; // which small number is the weight and which the score, only 得分 = 分值 × 执行率 tells
            }
            if (misplaced && RunTogether.isAmount(c.kind())) {
                continue;
            }
            Provenance at = t.at(v.start(), v.end());
            values.add(new FlatForms.Value(c.kind(), c.text(), v.number(), v.text(), at));
            guessed.add(at);
        }
        if (values.isEmpty()) {
            return null;
        }
        String block = Spaces.removed(text.substring(from, end));
        String label = FlatVocabulary.get().totals.stream().filter(block::contains).findFirst().orElse("");
        return new Result(new FlatForms.Row(label, true, values), end, guessed);
    }

    /**
     * The readings of the first row: those checked by their own rate if any; else, the first row completed by the
     * displaced numbers (the most stretches that still check); else the first row as it stands.
     */
    private static List<RunTogether.Value[]> choose(String text, List<RunTogether.Value[]> first, List<int[]> strays,
                                                    List<BudgetColumn> kinds) {
        List<RunTogether.Value[]> checked = first.stream().filter(r -> RunTogether.confirmed(r, kinds)).toList();
        if (!checked.isEmpty()) {
            return RunTogether.preferred(checked, kinds);
        }
        if (first.size() > MAX_FIRST_READINGS) {
            return first; // a row that loose cannot be completed with any confidence
        }
        // each stretch fills at least one empty column, so no more stretches than columns can be displaced cells
        for (int k = Math.min(strays.size(), kinds.size()); k >= 1; k--) {
            List<RunTogether.Value[]> completed = new ArrayList<>();
            for (RunTogether.Value[] r : first) {
                List<Integer> empty = new ArrayList<>();
                for (int c = 0; c < r.length; c++) {
                    if (r[c] == null) {
                        empty.add(c);
                    }
                }
                if (empty.size() < k) {
                    continue;
                }
                List<BudgetColumn> emptyKinds = empty.stream().map(kinds::get).toList();
                for (RunTogether.Value[] s : RunTogether.readings(text, strays.subList(0, k), emptyKinds, null)) {
                    RunTogether.Value[] whole = r.clone();
                    for (RunTogether.Value v : s) {
                        if (v != null) {
                            int c = empty.get(v.column());
                            whole[c] = new RunTogether.Value(c, v.text(), v.number(), v.start(), v.end());
                        }
                    }
                    if (RunTogether.confirmed(whole, kinds)) {
                        completed.add(whole);
                    }
                }
            }
            if (!completed.isEmpty()) {
                return RunTogether.preferred(completed, kinds);
            }
        }
        return first;
    }

    /**
     * The stretches of numbers in {@code [from, to)} printed after a label that is not a budget line's (a total
     * or funding-source word): cells displaced from the first row, or other numbers the checks must then reject.
     */
    private static List<int[]> strays(String text, int from, int to) {
        FlatVocabulary vocab = FlatVocabulary.get();
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = tokens(text, from, to);
        String label = null;
        int i = 0;
        while (i < tokens.size()) {
            Token tok = tokens.get(i);
            if (!tok.value()) {
                if (!tok.dash()) {
                    label = text.substring(tok.start(), tok.end());
                }
                i++;
                continue;
            }
            int j = i;
            int last = i;
            while (j < tokens.size() && (tokens.get(j).value() || tokens.get(j).dash())) {
                if (tokens.get(j).value()) {
                    last = j;
                }
                j++;
            }
            // the loader joins the words of neighbouring cells, so only the words right before the numbers say
            // whether they are a budget line's (上年结转资金0 0—) or cells displaced after some other label
            String tail = label == null ? null : label.replaceAll("[:：\\s]+$", "");
            tail = tail == null ? null : tail.substring(Math.max(0, tail.length() - LABEL_TAIL));
            boolean budgetLine = tail != null && (FlatForms.contains(tail, vocab.totals)
                    || FlatForms.contains(tail, vocab.sources));
            if (label != null && !budgetLine) {
                out.add(new int[] {tok.start(), tokens.get(last).end()});
            }
            i = j;
        }
        return out;
    }

    /**
     * A token of the dump: a number (digits with separators, a decimal point or a %), a dash (an empty cell) or a
     * label (anything else up to the next number, dash or white space). The loader drops the spaces between a
     * number and the words around it, so a number ends where a word starts.
     */
    record Token(int start, int end, boolean value, boolean dash) {
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (RunTogether.isDash(c)) {
                out.add(new Token(i, i + 1, false, true));
                i++;
            } else {
                boolean number = isNumberChar(c);
                int j = i + 1;
                while (j < to && !Character.isWhitespace(text.charAt(j)) && !RunTogether.isDash(text.charAt(j))
                        && isNumberChar(text.charAt(j)) == number) {
                    j++;
                }
                out.add(new Token(i, j, number && NUMBER.matcher(text.substring(i, j)).matches(), false));
                i = j;
            }
        }
        return out;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '%';
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
