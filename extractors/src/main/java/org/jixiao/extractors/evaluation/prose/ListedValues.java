package org.jixiao.extractors.evaluation.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.prose.Drafts.Draft;
import org.jixiao.extractors.evaluation.prose.Spans.Span;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Qualifier;
import org.jixiao.extractors.number.Quantity;

import static org.jixiao.extractors.evaluation.prose.Reading.amount;

/**
 * The list passes of {@link ProseEvaluations}: scores listed against names ({@code A、B、C自评得分分别为94、93、98})
 * and budget lists ({@code 财政拨付A 12.3万元、B 4.5万元}). A budget list only adds to projects already found:
 * a name read from a list alone is too weak to start an evaluation.
 */
final class ListedValues {

    private static final Pattern VERB = Pattern.compile("拨付|下达|安排|拨|预算|执行|支出");

    private final Reading r;

    ListedValues(Reading r) {
        this.r = r;
    }

    /** The scores of an aligned list, each to the project named at the same place. */
    void attach(AlignedList l) {
        boolean scores = l.label().contains("分");
        boolean executed = Vocabulary.EXECUTED_WORDS.matcher(l.label()).find();
        boolean budget = !scores && !l.label().contains("率") && Vocabulary.BUDGET_WORDS.matcher(l.label()).find();
        if (!scores && !executed && !budget) {
            return;
        }
        int n = Math.min(l.names().size(), l.values().size());
        for (int i = 0; i < n; i++) {
            String name = r.names.canonical(l.names().get(i));
            Provenance at = l.nameAt().get(i);
            if (scores) {
                Draft d = r.drafts.findOrCreate(Scope.PROJECT, name, at, x -> x.score == null);
                if (d.score == null) {
                    d.score = l.values().get(i);
                }
            }
        }
    }

    /** Budget lists of one unit: each named amount to a project already found without that figure. */
    void budgetLists(Prose.Unit u) {
        String text = u.text();
        for (Span s : Spans.split(text, Spans.CLAUSE_ENDS)) {
            String sentence = text.substring(s.from(), s.to());
            List<Span> parts = Spans.split(sentence, "，,、");
            List<Object[]> pairs = new ArrayList<>();
            String verb = null;
            for (Span p : parts) {
                String part = sentence.substring(p.from(), p.to());
                List<Mention> ms = NumberScanner.scan(part);
                if (ms.isEmpty() || !(ms.getLast() instanceof Quantity q) || q.kind() != Kind.AMOUNT
                        || !part.substring(q.end()).isBlank() || q.qualifier() != Qualifier.EXACT) {
                    continue;
                }
                String raw = part.substring(0, q.start());
                int nameFrom = 0;
                if (pairs.isEmpty()) {
                    // the verb opens the list (财政拨XX…); later names are not cut at words like 预算
                    Matcher v = VERB.matcher(raw);
                    while (v.find()) {
                        verb = v.group();
                        nameFrom = v.end();
                    }
                }
                String name = Names.clean(raw.substring(nameFrom));
                if (name != null) {
                    pairs.add(new Object[] {name, q, s.from() + p.from()});
                }
            }
            if (pairs.size() < 2 || verb == null) {
                continue;
            }
            boolean executed = Vocabulary.EXECUTED_WORDS.matcher(verb).find();
            for (Object[] pair : pairs) {
                Quantity q = (Quantity) pair[1];
                int base = (int) pair[2];
                Draft d = r.drafts.find(Scope.PROJECT, r.names.canonical((String) pair[0]),
                        x -> executed ? x.executed == null : x.fullYear == null);
                if (d == null) {
                    continue;
                }
                Amount a = amount(q, u.at(base + q.start(), base + q.end()));
                if (executed && d.executed == null) {
                    d.executed = a;
                } else if (!executed && d.fullYear == null) {
                    d.fullYear = a;
                }
            }
        }
    }
}
