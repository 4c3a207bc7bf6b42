package org.jixiao.extractors.figure;

import java.util.List;

import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Cleans the words around a number into a label, at word boundaries.
 *
 * <p>Trimming works on HanLP words, not characters: a linking word is dropped only when it is a word of its
 * own ({@code 单位共} → {@code 单位}, while {@code 一般公共} keeps its {@code 共}). Labels longer than
 * {@value #MAX_LENGTH} characters keep their last words only, because the words nearest the number name it
 * and a clause-long label helps nobody.
 */
final class LabelText {

    /** Longest label kept; longer ones keep their trailing words. */
    static final int MAX_LENGTH = 40;

    private static final String END_PUNCTUATION = " \t\n\r“”\"'‘’:：,，;；、。.!！?？-—·•*";

    private final ChineseNlp nlp;
    private final LabelWords words = LabelWords.get();

    LabelText(ChineseNlp nlp) {
        this.nlp = nlp;
    }

    /**
     * Collapses white space left by line wraps and layout: removed between Chinese characters ({@code 年初
     * 预算数} → {@code 年初预算数}), one space kept between Latin letters or digits.
     */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch)) {
                out.append(ch);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (out.length() > 0 && j < s.length() && isLatin(out.charAt(out.length() - 1)) && isLatin(s.charAt(j))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Removes balanced parenthesized asides: {@code 在职公务员（含专职居干）及行政工勤} → {@code 在职公务员及行政工勤}. */
    static String dropAsides(String s) {
        return dropAsides(s, false);
    }

    /**
     * Removes parenthesized asides; with {@code onlyAnnotations}, only those holding a digit or a unit
     * ({@code 产出指标(50分)} → {@code 产出指标}, {@code 执行数(万元)} → {@code 执行数}, {@code 办事处(本级)} kept).
     */
    static String dropAsides(String s, boolean onlyAnnotations) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '（') {
                int close = matching(s, i);
                if (close > i) {
                    String inner = s.substring(i + 1, close);
                    if (!onlyAnnotations || inner.chars().anyMatch(Character::isDigit)
                            || UnitStatements.inParentheses(inner).isPresent()) {
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Strips punctuation and quote marks from both ends. */
    static String stripEnds(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && END_PUNCTUATION.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && END_PUNCTUATION.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * The label for the words before a number: asides and end punctuation removed, leading connectives
     * ({@code 其中}) and trailing linking words ({@code 为}, {@code 合计}) dropped, capped in length. May be
     * empty (the number opened its clause, or only linking words preceded it).
     */
    String clean(String before) {
        return clean(before, MAX_LENGTH);
    }

    /** {@link #clean(String)} with another cap: a list of names ({@code A、B、C的得分}) is kept whole. */
    String clean(String before, int maxLength) {
        String s = stripEnds(squeeze(dropAsides(before)));
        if (s.isEmpty()) {
            return s;
        }
        List<ChineseNlp.Token> tokens = nlp.segment(s);
        int from = 0;
        int to = tokens.size();
        while (to > from && words.linking().contains(tokens.get(to - 1).word())
                && !(to - 1 == from && words.total().contains(tokens.get(from).word()))) {
            to--; // 共计59人 alone keeps 共计: the total is named by the word for total
        }
        while (from < to && words.leading().contains(tokens.get(from).word())) {
            from++;
        }
        if (from >= to) {
            return "";
        }
        int end = tokens.get(to - 1).end();
        int start = tokens.get(from).start();
        while (end - start > maxLength && from < to - 1) {
            from++;
            start = tokens.get(from).start();
        }
        return stripEnds(s.substring(start, end));
    }

    /** Whether every word of {@code label} is a relation word ({@code 减少}, {@code 扣}, {@code 同比增长}). */
    boolean isRelationOnly(String label) {
        if (label.isEmpty()) {
            return false;
        }
        return nlp.segment(label).stream().allMatch(t -> words.relation().contains(t.word()));
    }

    /** {@code label} without its trailing relation words: {@code 本年收入较上年收入减少} → {@code 本年收入较上年收入}. */
    String subject(String label) {
        List<ChineseNlp.Token> tokens = nlp.segment(label);
        int to = tokens.size();
        while (to > 0 && words.relation().contains(tokens.get(to - 1).word())) {
            to--;
        }
        return to == 0 ? "" : label.substring(0, tokens.get(to - 1).end());
    }

    /** Whether every word of {@code label} names a size ({@code 长}, {@code 面积}): the label names no thing. */
    boolean isDimensionOnly(String label) {
        return !label.isEmpty() && nlp.segment(label).stream().allMatch(t -> words.dimension().contains(t.word()));
    }

    /**
     * Whether the words before a count leave the counted thing unnamed: they end in a verb ({@code 共实施},
     * {@code 配套}), a conjunction ({@code …项目和}), a place, organization, pronoun, scope word or
     * body ({@code 全县}, {@code 我单位}, {@code 县林草局}), or a year ({@code 2021年}), or are one or two characters ({@code 供}, {@code 全县}). Then the noun after the measure word
     * names it ({@code 共实施120项修复项目}).
     */
    boolean leavesCountUnnamed(String label) {
        if (label.isEmpty()) {
            return true;
        }
        List<ChineseNlp.Token> tokens = nlp.segment(label);
        ChineseNlp.Token last = tokens.get(tokens.size() - 1);
        return isVerb(last) || words.conjunction().contains(last.word()) || last.isPlace()
                || last.isOrganization() || last.pos().startsWith("r") || last.pos().startsWith("t")
                || words.scope().stream().anyMatch(label::endsWith) || words.namesHolder(last.word()) || words.namesHolder(label) || label.length() <= 2
                || endsInYear(tokens);
    }

    /** {@code 某某县2022年}: the segmenter splits a year into a number and 年, so it is no time word (t) there. */
    private static boolean endsInYear(List<ChineseNlp.Token> tokens) {
        int n = tokens.size();
        return n >= 2 && (tokens.get(n - 1).word().equals("年") || tokens.get(n - 1).word().equals("年度"))
                && tokens.get(n - 2).word().matches("(?:19|20)\\d\\d");
    }

    private boolean endsInNoun(String phrase) {
        List<ChineseNlp.Token> tokens = nlp.segment(phrase);
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).pos().startsWith("n");
    }

    /** Longest predicate kept in a label ({@code 实行两卡制管理}, {@code 全部执行到位}). */
    private static final int PREDICATE_LENGTH = 12;
    private static final String QUOTES = "“”\"‘’'「」『』";

    /**
     * The things a count is the subject of, when its clause says what holds of them
     * ({@code 7个|项目实行“两卡制”管理} → {@code 实行两卡制管理的项目}): the noun after the measure word, then a
     * short predicate opening with a verb that runs to the clause's end. Empty otherwise. {@code after} is the
     * text from the measure word's end to the clause's end, without digits.
     */
    String predicatedNoun(String after) {
        String s = squeeze(after);
        if (s.chars().anyMatch(Character::isDigit)) {
            return ""; // another figure's words, or a date, in the clause: it is no short subject and predicate
        }
        String noun = countedNoun(s);
        int at = noun.isEmpty() ? -1 : s.indexOf(noun);
        if (at < 0 || !endsInNoun(noun)) {
            return ""; // 指标认真|开展自查: the words after the measure word are no noun phrase closed before a verb
        }
        String predicate = predicate(s.substring(at + noun.length()), false);
        return predicate.isEmpty() ? "" : predicate + "的" + noun;
    }

    /**
     * A short predicate right after an amount that says the money was settled, opening with a settled word
     * ({@code 全部}, {@code 足额}, {@code 已}: {@code 资金3728万元|全部执行到位}) and running to the clause's end;
     * empty otherwise. Such a predicate tells which amount this is (the one spent, paid out), so it joins the label.
     */
    String settledPredicate(String after) {
        String s = squeeze(after);
        return words.settled().stream().anyMatch(s::startsWith) ? predicate(s, true) : "";
    }

    /**
     * The predicate {@code s} cleaned of quotes, when it is short, holds no digit, opens with a verb (or, with
     * {@code adverb}, an adverb or settled word then a verb) and ends with a verb; empty otherwise.
     */
    private String predicate(String s, boolean adverb) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        String p = stripEnds(b.toString());
        if (p.isEmpty() || p.length() > PREDICATE_LENGTH || p.chars().anyMatch(Character::isDigit)
                || p.chars().anyMatch(c -> "()（）".indexOf(c) >= 0)) {
            return "";
        }
        List<ChineseNlp.Token> tokens = nlp.segment(p);
        int first = 0;
        while (adverb && first < tokens.size() - 1 && (tokens.get(first).pos().startsWith("d")
                || words.settled().contains(tokens.get(first).word()))) {
            first++;
        }
        ChineseNlp.Token last = tokens.get(tokens.size() - 1);
        // a predicate opens with a verb and ends with one (管理, 到位, 完毕); 实施情况从产出指标 is a phrase going on
        return first < tokens.size() && isVerb(tokens.get(first)) && last.pos().startsWith("v") ? p : "";
    }

    /** Whether {@code label}'s last word joins it to what follows ({@code 修复项目和}). */
    boolean endsInConjunction(String label) {
        List<ChineseNlp.Token> tokens = nlp.segment(label);
        return !tokens.isEmpty() && words.conjunction().contains(tokens.get(tokens.size() - 1).word());
    }

    /**
     * The noun phrase right after a count's measure word ({@code 9个|省级示范村开展…} → {@code 省级示范村}), cut
     * at a conjunction or at a verb after the first word; empty when a verb, particle, position word
     * ({@code 以上}) or number follows the measure word, i.e. when nothing is named there.
     */
    String countedNoun(String after) {
        String s = squeeze(after);
        List<ChineseNlp.Token> tokens = nlp.segment(s);
        if (tokens.isEmpty() || !namesThing(tokens.get(0))) {
            return "";
        }
        int to = 1;
        while (to < tokens.size() && !isVerb(tokens.get(to))
                && !words.conjunction().contains(tokens.get(to).word())) {
            to++;
        }
        return stripEnds(s.substring(0, tokens.get(to - 1).end()));
    }

    private static boolean isVerb(ChineseNlp.Token t) {
        return t.pos().startsWith("v") && !t.pos().equals("vn");
    }

    /** A word that can start a noun phrase: a noun, an attributive ({@code 省级}), an adjective. */
    private static boolean namesThing(ChineseNlp.Token t) {
        String p = t.pos();
        return p.startsWith("n") || p.equals("vn") || p.startsWith("b") || p.startsWith("a") || p.startsWith("j")
                || p.startsWith("g");
    }
}
