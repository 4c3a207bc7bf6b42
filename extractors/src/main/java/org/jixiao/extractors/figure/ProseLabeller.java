package org.jixiao.extractors.figure;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
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
 * ({@link LabelText#clean}): {@code 2025年财政拨款收入为1733.73万元} → {@code 2025年财政拨款收入}. Years,
 * dates and document numbers are not delimiters: they belong to the label ({@code 2025年}). Then, in order:
 * <ol>
 *   <li>a number right after {@code ：} or at the start of a parenthesis names nothing itself, so the phrase
 *       before the colon or parenthesis is its label ({@code 一般公共预算:742.25}, {@code 产出指标(50分)});</li>
 *   <li>a number that follows the previous figure directly or after {@code 、} shares its label
 *       ({@code 新增低保户26户29人});</li>
 *   <li>a number that opens its clause is named by the phrase after it ({@code ，162户国有土地上房屋…});</li>
 *   <li>a label made only of relation words ({@code 减少}, {@code 扣}, {@code 得分}) right after a figure of the
 *       same clause chain takes that figure's subject: {@code 本年收入较上年收入减少107.28万元，减少5.83%} names the
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
        for (Mention m : NumberScanner.scan(s)) {
            if (m instanceof NonFigure) {
                continue;
            }
            if (m instanceof QuantityRange) {
                prevEnd = m.end();
                prev = null;
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
            boolean chained = prev != null && (p.stop < prevEnd || CLAUSE_CHAIN.indexOf(s.charAt(p.stop)) >= 0);
            if (label.isEmpty() && prev != null && s.substring(prevEnd, q.start()).replace('、', ' ').isBlank()) {
                label = prev.label();
            } else if (label.isEmpty()) {
                label = phraseAfter(s, q.end());
            } else if (chained && text.isRelationOnly(label)) {
                String subject = text.subject(prev.label());
                if (!subject.isEmpty()) {
                    String composed = subject + label;
                    if (composed.equals(prev.label()) && !q.unit().equals(prev.quantity().unit())) {
                        composed += "(" + q.unit().symbol() + ")";
                    }
                    label = composed;
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
        return out;
    }

    /** The cleaned phrase ending at {@code end}, and the offset of the delimiter that stopped it (−1: none). */
    private record Phrase(String label, int stop) {
    }

    private Phrase phraseBefore(String s, int end, int floor) {
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
        return new Phrase(text.clean(s.substring(i, end)), stop);
    }

    /** The phrase after a number up to the next delimiter or digit: the name of a number that opens its clause. */
    private String phraseAfter(String s, int from) {
        int i = from;
        while (i < s.length() && delimiters.indexOf(s.charAt(i)) < 0 && !Character.isDigit(s.charAt(i))
                && "(（)）".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return text.clean(s.substring(from, i));
    }
}
