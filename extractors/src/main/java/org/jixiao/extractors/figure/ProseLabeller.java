package org.jixiao.extractors.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NonFigure;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Quantity;
import org.jixiao.extractors.number.QuantityRange;

/**
 * Names the quantities of running text (a paragraph, or the text of a table cell) by the phrase before them.
 *
 * <p>The label of a quantity is the text between the previous delimiter ({@code ，。；：、} …) or the previous
 * figure and the number, with parenthesized asides, leading connectives and linking words removed
 * ({@link LabelText#clean}): {@code 2025年财政拨款收入为1234.56万元} → {@code 2025年财政拨款收入}. Years,
 * dates and document numbers are not delimiters: they belong to the label ({@code 2025年}). Then, in order:
 * <ol>
 *   <li>a number right after {@code ：} or at the start of a parenthesis names nothing itself, so the phrase
 *       before the colon or parenthesis is its label ({@code 一般公共预算:742.25}, {@code 产出指标(50分)});</li>
 *   <li>a number that follows the previous figure directly or after {@code 、}, {@code 和}, {@code 及} or
 *       {@code 与} shares its label ({@code 新增低保户26户29人}, {@code 补助3万元和10万元});</li>
 *   <li>a count whose words before it end in a verb, conjunction, place or year is named by the noun after its
 *       measure word ({@code 共实施120项修复项目} → {@code 共实施修复项目数});</li>
 *   <li>a count whose clause goes on with the noun after its measure word and a short predicate counts the things
 *       the predicate holds of ({@code 服务7个项目实行两卡制管理。} → {@code 服务实行两卡制管理的项目数}); an amount
 *       followed by a predicate saying the money was settled takes it into its label
 *       ({@code 资金3728万元全部执行到位。} → {@code 资金全部执行到位});</li>
 *   <li>a label that only names a size ({@code 长}) after a comma takes the thing of the clause before
 *       ({@code 护岸工程共4段，长3.47km} → {@code 护岸工程长});</li>
 *   <li>a number that opens its clause is named by the phrase after it ({@code ，162户国有土地上房屋…});</li>
 *   <li>a list of names matched to a list of numbers ({@code A、B、C的得分分别为94、93、98}) pairs them by place
 *       ({@code A得分}) when the counts agree and 的 marks where the names end; otherwise every number gets the
 *       whole list phrase with its place, {@code A、B、C得分 (1/3)};</li>
 *   <li>a label made only of relation words ({@code 减少}, {@code 扣}, {@code 得分}) right after a figure of the
 *       same clause chain whose own label ended in a relation word takes that figure's subject: {@code 本年收入较上年收入减少107.28万元，减少5.83%} names the
 *       rate {@code 本年收入较上年收入减少(%)} — the unit is appended only when the composed label would
 *       otherwise repeat the previous one word for word, so the two figures stay distinguishable.</li>
 * </ol>
 * Ranges ({@code 90-100分}) are bands, not figures; they only bound the next label.
 */
final class ProseLabeller {

    /** Where a label's text stops, looking back from its number. */
    private static final String DELIMITERS = "，。；：、,;:!?！？\n\t";
    /**
     * The same inside a table cell, without the line break: a form's narrow cells wrap their words
     * ({@code 满意度\n指标(10分)}), and whether a format kept the wrap as a line break must not change the label.
     */
    private static final String CELL_DELIMITERS = "，。；：、,;:!?！？\t";
    /** Where a sentence ends: a relation word never borrows a subject across these. */
    private static final String CLAUSE_CHAIN = "，,、";

    /** What may stand between two figures that share one label: 3万元、5万元 / 3万元和5万元. */
    private static final Pattern JOINED = Pattern.compile("以及|[、和及与\\s]");

    /** Longest label kept for a 分别为 list of names. */
    private static final int LIST_LENGTH = 200;

    /** A quantity with the label the text gives it. */
    record Labelled(String label, Quantity quantity, Provenance at, boolean colonEntry) {
    }

    private final LabelText text;
    private final String delimiters;

    private ProseLabeller(LabelText text, String delimiters) {
        this.text = text;
        this.delimiters = delimiters;
    }

    /** For paragraphs, where a line break ends a line of text. */
    static ProseLabeller forProse(LabelText text) {
        return new ProseLabeller(text, DELIMITERS);
    }

    /** For the text of table cells, where a line break is usually a wrap. */
    static ProseLabeller forCells(LabelText text) {
        return new ProseLabeller(text, CELL_DELIMITERS);
    }

    /** Every single quantity of {@code block}'s text with its label; those no phrase names are left out. */
    List<Labelled> label(Provenance block) {
        String s = block.text();
        List<Labelled> out = new ArrayList<>();
        int prevEnd = 0;
        Labelled prev = null;
        int listStart = -1; // first figure of a 分别为 list, while the list runs
        for (Mention m : NumberScanner.scan(s)) {
            if (m instanceof NonFigure) {
                continue;
            }
            if (m instanceof QuantityRange) {
                prevEnd = m.end();
                prev = null;
                listStart = closeList(out, listStart);
                continue;
            }
            Quantity q = (Quantity) m;
            Phrase p = phraseBefore(s, q.start(), prevEnd);
            boolean colonEntry = false;
            if (p.label.isEmpty() && p.stop >= 0 && "(（:：".indexOf(s.charAt(p.stop)) >= 0) {
                colonEntry = s.charAt(p.stop) == ':' || s.charAt(p.stop) == '：';
                int before = p.stop;
                while (before > prevEnd && Character.isWhitespace(s.charAt(before - 1))) {
                    before--;
                }
                p = phraseBefore(s, before, prevEnd);
            }
            String label = p.label;
            String predicated;
            boolean chained = prev != null && (p.stop < prevEnd || CLAUSE_CHAIN.indexOf(s.charAt(p.stop)) >= 0);
            boolean listed = label.isEmpty() && prev != null
                    && JOINED.matcher(s.substring(prevEnd, q.start())).replaceAll("").isBlank();
            if (!listed) {
                listStart = closeList(out, listStart);
            }
            if (listed) {
                label = prev.label();
            } else if (!label.isEmpty() && respectively(s, p.stop < 0 ? prevEnd : p.stop + 1, q.start())) {
                // 社区办公经费、社区党建经费…自评得分分别为94、93…: the whole list names the figures
                label = phraseBefore(s, q.start(), prevEnd, delimiters.replace("、", ""), LIST_LENGTH).label;
                listStart = out.size();
            } else if (!label.isEmpty() && q.unit().kind() == Kind.COUNT && text.leavesCountUnnamed(label)
                    && !text.countedNoun(s.substring(q.end(), afterEnd(s, q.end()))).isEmpty()) {
                // 共实施120项修复项目: the measure word's noun names the count; the words before stay as its
                // context (共实施修复项目), unless they end in a conjunction that belongs to the previous count
                String noun = text.countedNoun(s.substring(q.end(), afterEnd(s, q.end())));
                label = text.endsInConjunction(label) ? noun : text.clean(label + noun);
                if (!label.endsWith("数")) {
                    label += "数"; // the figure is the number of those things: 共实施修复项目数
                }
            } else if (!label.isEmpty() && q.unit().kind() == Kind.COUNT
                    && !(predicated = text.predicatedNoun(clauseAfter(s, q.end()))).isEmpty()) {
                // 卫生服务7个项目实行“两卡制”管理。: the count is its clause's subject, so it counts the things the
                // predicate holds of (…卫生服务实行两卡制管理的项目数)
                label = text.clean(label + predicated);
                if (!label.endsWith("数")) {
                    label += "数";
                }
            } else if (!label.isEmpty() && q.unit().kind() == Kind.AMOUNT
                    && !(predicated = text.settledPredicate(clauseAfter(s, q.end()))).isEmpty()) {
                // 服务资金3728万元全部执行到位。: what was done with the money says which amount it is
                label = text.clean(label + predicated);
            } else if (p.stop >= 0 && CLAUSE_CHAIN.indexOf(s.charAt(p.stop)) >= 0 && text.isDimensionOnly(label)) {
                // 护岸工程共4段，长3.47km: 长 names a size of the thing the clause before names
                String thing = clauseSubject(s, p.stop);
                if (!thing.isEmpty()) {
                    label = thing + label;
                }
            } else if (label.isEmpty()) {
                label = phraseAfter(s, q.end());
            } else if (chained && text.isRelationOnly(label)) {
                String subject = text.subject(prev.label());
                // only a subject that itself ended in a relation (…减少107.28万元，减少5.83%): after
                // "上年为1210.62万元，同比减少46.22万元" the 上年 figure is not what decreased
                if (!subject.isEmpty() && !subject.equals(prev.label())) {
                    String composed = subject + label;
                    if (composed.equals(prev.label()) && !q.unit().equals(prev.quantity().unit())) {
                        composed += "(" + q.unit().symbol() + ")";
                    }
                    label = composed;
                }
            }
            if (!listed && prev != null && p.stop < prevEnd && isTail(label) && spelledOut(s, prev.quantity())) {
                // 受益人群三个嘎查261人, 某某保护二期项目255万元: a number spelled in words is part of a name,
                // so the two characters after it continue the previous figure's phrase, not a new one (while
                // after 男2人, 女 is a name of its own)
                label = text.clean(prev.label() + label);
            } else if (!label.isEmpty() && p.stop >= 0 && s.charAt(p.stop) == '。') {
                String title = titleBefore(s, p.stop);
                if (!title.isEmpty()) {
                    // ㈠某某工程项目。安排资金7000万元: the numbered item's title names what the money is for
                    label = text.clean(title + label);
                }
            }
            prevEnd = q.end();
            if (label.isEmpty()) {
                prev = null;
                continue;
            }
            Labelled l = new Labelled(label, q, block.sub(q.start(), q.end()), colonEntry);
            out.add(l);
            prev = l;
        }
        closeList(out, listStart);
        return out;
    }

    /** A numbered item's title ({@code ㈠}, {@code (一)}, {@code 一、}, {@code 1.}) standing as its own sentence. */
    private static final Pattern TITLE = Pattern.compile(
            "\\s*(?:[㈠-㈩]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．](?!\\d))"
                    + "([^，。；：,;:!?！？\\n]{2,48})");

    /**
     * The title of a numbered item when the sentence ending at {@code stop} is the first of its block or line and is only
     * that title ({@code ㈠某某工程项目。}); empty otherwise.
     */
    private String titleBefore(String s, int stop) {
        java.util.regex.Matcher m = TITLE.matcher(s.substring(s.lastIndexOf('\n', stop) + 1, stop));
        return m.matches() ? text.clean(LabelText.dropAsides(m.group(1), true)) : "";
    }

    /** Whether a quantity is written without Arabic digits ({@code 三个}, {@code 二期}). */
    private static boolean spelledOut(String s, Quantity q) {
        return s.substring(q.start(), q.end()).chars().noneMatch(c -> c >= '0' && c <= '9');
    }

    /** A label of at most two characters: the tail of a name a figure interrupted, not a name of its own. */
    private boolean isTail(String label) {
        return !label.isEmpty() && label.length() <= 2 && !text.isRelationOnly(label)
                && label.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Whether the words before a number end in 分别 (为/是): a list of names matched to a list of numbers. */
    private static boolean respectively(String s, int from, int to) {
        String w = LabelText.stripEnds(LabelText.squeeze(s.substring(from, to)));
        while (!w.isEmpty() && "为是达到".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w.endsWith("分别");
    }

    /**
     * Ends a 分别为 list: each member's label gets its place, {@code (2/6)}, so that the figures stay apart and
     * the reader can pair them with the names. (Pairing them by position is left to the reader on purpose:
     * reports do print five names and six scores.) Returns −1, the "no list open" mark.
     */
    private static int closeList(List<Labelled> out, int listStart) {
        if (listStart >= 0 && out.size() - listStart > 1) {
            int n = out.size() - listStart;
            List<String> names = paired(out.get(listStart).label(), n);
            for (int i = 0; i < n; i++) {
                Labelled l = out.get(listStart + i);
                String label = names == null ? l.label() + " (" + (i + 1) + "/" + n + ")" : names.get(i);
                out.set(listStart + i, new Labelled(label, l.quantity(), l.at(), l.colonEntry()));
            }
        }
        return -1;
    }

    /**
     * {@code A、B、C的自评得分} with three numbers → {@code A自评得分}, {@code B自评得分}, {@code C自评得分}; null
     * unless the list has exactly {@code n} names and its last one separates name from measure with 的, the
     * only case where the split is not a guess.
     */
    private static List<String> paired(String listLabel, int n) {
        String[] items = listLabel.split("、");
        int of = items[items.length - 1].lastIndexOf('的');
        if (items.length != n || of <= 0 || of == items[items.length - 1].length() - 1) {
            return null;
        }
        String measure = items[items.length - 1].substring(of + 1);
        items[items.length - 1] = items[items.length - 1].substring(0, of);
        List<String> out = new ArrayList<>(n);
        for (String name : items) {
            if (name.isBlank()) {
                return null;
            }
            out.add(name + measure);
        }
        return out;
    }

    /** The cleaned phrase ending at {@code end}, and the offset of the delimiter that stopped it (−1: none). */
    private record Phrase(String label, int stop) {
    }

    private Phrase phraseBefore(String s, int end, int floor) {
        return phraseBefore(s, end, floor, delimiters, LabelText.MAX_LENGTH);
    }

    private Phrase phraseBefore(String s, int end, int floor, String delimiters, int maxLength) {
        int depth = 0;
        int i = end;
        int stop = -1;
        while (i > floor) {
            char c = s.charAt(i - 1);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                if (depth == 0) {
                    stop = i - 1;
                    break;
                }
                depth--;
            } else if (depth == 0 && delimiters.indexOf(c) >= 0) {
                stop = i - 1;
                break;
            }
            i--;
        }
        return new Phrase(text.clean(s.substring(i, end), maxLength), stop);
    }

    /** The phrase after a number up to the next delimiter or digit: the name of a number that opens its clause. */
    private String phraseAfter(String s, int from) {
        return text.clean(s.substring(from, afterEnd(s, from)));
    }

    /** The rest of a number's clause: the text after it up to the next delimiter. */
    private String clauseAfter(String s, int from) {
        int i = from;
        while (i < s.length() && delimiters.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return s.substring(from, i);
    }

    /** Where the phrase after a number ends: the next delimiter, digit or parenthesis. */
    private int afterEnd(String s, int from) {
        int i = from;
        while (i < s.length() && delimiters.indexOf(s.charAt(i)) < 0 && !Character.isDigit(s.charAt(i))
                && "(（)）".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /**
     * The thing the clause ending at {@code stop} names: its words up to its first digit, cleaned
     * ({@code 护岸工程共4段} → {@code 护岸工程}); empty when the clause opens with a number. The count in that
     * clause (4段) may itself be a figure, so the clause is bounded by delimiters only.
     */
    private String clauseSubject(String s, int stop) {
        int i = stop;
        while (i > 0 && delimiters.indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        int j = i;
        while (j < stop && !Character.isDigit(s.charAt(j))) {
            j++;
        }
        return text.clean(s.substring(i, j));
    }
}
