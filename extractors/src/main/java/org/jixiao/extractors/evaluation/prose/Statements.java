package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.prose.Spans.Span;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Qualifier;
import org.jixiao.extractors.number.Quantity;

/**
 * Statements of the prose that the checks judge as printed, besides the evaluations: lists of names aligned with
 * values ({@code …分别为…}), stated numbers of projects ({@code 共N个项目}), and first-level weights declared as
 * a scoring rule ({@code 产出指标40分、效益指标30分…}).
 */
final class Statements {

    private static final Pattern ALIGNED = Pattern.compile("分别为|分别是|依次为|分别得");
    private static final Pattern LIST_LABEL = Pattern.compile(
            "(?:的)?((?:自评|评价|绩效)*(?:得分|评分|分数|分值)|(?:全年|年初)?预算(?:数|金额)?|执行(?:数|金额)?|支出(?:数)?|执行率)$");
    private static final Pattern GAP_IN_LIST = Pattern.compile("^[、，,和及与\\s]*$");

    private Statements() {
    }

    /** Every list of names aligned with values ({@code …分别为…}), as printed, also when the counts differ. */
    static List<AlignedList> alignedLists(List<Prose.Unit> units) {
        List<AlignedList> lists = new ArrayList<>();
        for (Prose.Unit u : units) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS + ";；")) {
                lists.addAll(alignedIn(u, s));
            }
        }
        return lists;
    }

    /** Every stated number of projects ({@code 涉及…等5个}, {@code 共N个项目}). */
    static List<StatedCount> statedCounts(List<Prose.Unit> units) {
        List<StatedCount> counts = new ArrayList<>();
        for (Prose.Unit u : units) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS)) {
                String sentence = u.text().substring(s.from(), s.to());
                if (!sentence.contains("项目") && !sentence.contains("自评")) {
                    continue;
                }
                for (Quantity q : NumberScanner.quantities(sentence)) {
                    if (isProjectCount(sentence, q)) {
                        counts.add(new StatedCount(q.value().intValueExact(), u.at(s.from() + q.start(), s.from() + q.end())));
                    }
                }
            }
        }
        return counts;
    }

    private static boolean isProjectCount(String sentence, Quantity q) {
        String sym = q.unit().symbol();
        if (q.kind() != Kind.COUNT || !(sym.equals("个") || sym.equals("项")) || q.value().scale() > 0
                || q.value().signum() <= 0) {
            return false;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 2));
        if (after.startsWith("项目") || after.startsWith("专项")) {
            return true;
        }
        String before = sentence.substring(Math.max(0, q.start() - 2), q.start());
        boolean introduced = before.endsWith("等") || before.endsWith("共") || before.endsWith("共对");
        boolean ends = after.isEmpty() || "，,。;；、)）".indexOf(after.charAt(0)) >= 0;
        return introduced && ends;
    }

    /** First-level weights declared as a scoring rule ({@code 产出指标40分、预算执行率指标10分…}). */
    static List<DeclaredWeight> declaredWeights(List<Prose.Unit> units) {
        List<DeclaredWeight> weights = new ArrayList<>();
        for (Prose.Unit u : units) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS)) {
                String sentence = u.text().substring(s.from(), s.to());
                if (sentence.contains("得分") || sentence.contains("扣")) {
                    continue;
                }
                List<DeclaredWeight> found = new ArrayList<>();
                for (Quantity q : NumberScanner.quantities(sentence)) {
                    if (q.kind() != Kind.SCORE || q.qualifier() != Qualifier.EXACT) {
                        continue;
                    }
                    String prefix = sentence.substring(0, q.start()).stripTrailing();
                    if (prefix.endsWith("为") || prefix.endsWith(":")) {
                        prefix = prefix.substring(0, prefix.length() - 1);
                    }
                    // a name standing apart: after punctuation, or opening the list (其中产出指标50分、…); the
                    // budget section by its longer names (预算资金执行率) when the section names give only its tail
                    Matcher m = apart(Vocabulary.SECTION_AT_END.matcher(prefix), prefix);
                    int group = 3;
                    if (m == null) {
                        m = apart(Vocabulary.BUDGET_SECTION_AT_END.matcher(prefix), prefix);
                        group = 1;
                    }
                    if (m != null) {
                        found.add(new DeclaredWeight(m.group(group), q.value(),
                                u.at(s.from() + m.start(group), s.from() + q.end())));
                    }
                }
                if (found.size() >= 2) {
                    weights.addAll(found);
                }
            }
        }
        return weights;
    }

    /** The matcher when its name ends the prefix standing apart from the words before it, else null. */
    private static Matcher apart(Matcher m, String prefix) {
        if (!m.find()) {
            return null;
        }
        return m.start() == 0 || "、，,。:;(（)）".indexOf(prefix.charAt(m.start() - 1)) >= 0
                || prefix.startsWith("其中", m.start() - 2) ? m : null;
    }

    /** The aligned lists in one span of a unit. */
    private static List<AlignedList> alignedIn(Prose.Unit u, Span span) {
        List<AlignedList> lists = new ArrayList<>();
        String text = u.text().substring(span.from(), span.to());
        Matcher k = ALIGNED.matcher(text);
        while (k.find()) {
            int segStart = Spans.afterLast(text, k.start(), "，,。;:：");
            String seg = text.substring(segStart, k.start());
            Matcher lab = LIST_LABEL.matcher(seg);
            String label = "";
            int namesEnd = seg.length();
            if (lab.find()) {
                label = lab.group(1);
                namesEnd = lab.start();
            }
            List<String> names = new ArrayList<>();
            List<Provenance> nameAt = new ArrayList<>();
            int from = 0;
            String namesText = seg.substring(0, namesEnd);
            for (int i = 0; i <= namesText.length(); i++) {
                if (i == namesText.length() || namesText.charAt(i) == '、') {
                    String raw = namesText.substring(from, i);
                    String name = Names.clean(raw);
                    if (name != null) {
                        int off = raw.indexOf(name);
                        int abs = span.from() + segStart + from + Math.max(off, 0);
                        names.add(name);
                        nameAt.add(u.at(abs, abs + name.length()));
                    }
                    from = i + 1;
                }
            }
            if (names.size() < 2) {
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            List<Provenance> valueAt = new ArrayList<>();
            int pos = k.end();
            String tail = text.substring(k.end());
            for (Mention m : NumberScanner.scan(tail)) {
                if (!(m instanceof Quantity q) || !GAP_IN_LIST.matcher(tail.substring(pos - k.end(), m.start())).matches()) {
                    break;
                }
                values.add(q.value());
                valueAt.add(u.at(span.from() + k.end() + q.start(), span.from() + k.end() + q.end()));
                pos = k.end() + m.end();
            }
            if (values.isEmpty()) {
                continue;
            }
            int first = span.from() + segStart;
            lists.add(new AlignedList(label, names, nameAt, values, valueAt, u.at(first, span.from() + pos)));
        }
        return lists;
    }
}
