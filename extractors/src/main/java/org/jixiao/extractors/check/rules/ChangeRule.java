package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Direction;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.evaluation.prose.ProseFacts;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code change}: a year-on-year statement in one sentence — this year's amount, last year's, the change and
 * its percentage ({@code 收入为1234.56万元，上年实际收入为1300.00万元，…减少65.44万元，减少5.03%}) — must agree
 * with itself. The roles come from the figures' labels: a label ending in a direction word (增加, 减少, 增长,
 * 下降 …) is the change, one naming the previous year (上年, 去年, 上一年, 同期) is last year's figure, and the
 * first other amount in the sentence is this year's. All amounts must share a unit; otherwise nothing is judged
 * here (mixed units are the {@code unit} rule's business).
 */
public final class ChangeRule implements CheckRule {

    private static final Pattern CHANGE = Pattern.compile("(增加|增长|提高|上升|增|减少|下降|降低|减|降)(幅度|比例|比率|率|额|了)?(\\(%\\))?$");
    private static final Pattern PREVIOUS = Pattern.compile("上年|去年|上一年|同期|上年度");

    @Override
    public String rule() {
        return "change";
    }

    @Override
    public List<Finding> check(Report report, ProseFacts prose) {
        String text = report.source().text().text();
        List<Finding> out = new ArrayList<>();
        List<Figure> sentence = new ArrayList<>();
        int sentenceEnd = -1;
        for (Figure f : report.figures()) {
            if (f.at() == null || f.at().table() != null) {
                continue;
            }
            if (f.at().start() >= sentenceEnd) {
                judge(sentence, out);
                sentence = new ArrayList<>();
                sentenceEnd = endOfSentence(text, f.at().end());
            }
            sentence.add(f);
        }
        judge(sentence, out);
        return out;
    }

    private static int endOfSentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private void judge(List<Figure> sentence, List<Finding> out) {
        Figure current = null;
        Figure previous = null;
        Figure change = null;
        Figure percent = null;
        Direction direction = null;
        for (Figure f : sentence) {
            String label = f.label() == null ? "" : f.label();
            Matcher m = CHANGE.matcher(label);
            if (m.find()) {
                Direction d = m.group(1).matches("增加|增长|提高|上升|增") ? Direction.INCREASE : Direction.DECREASE;
                if (f.kind() == Figure.Kind.AMOUNT && change == null) {
                    change = f;
                    direction = d;
                } else if (f.kind() == Figure.Kind.RATE && percent == null && (direction == null || direction == d)) {
                    percent = f;
                    direction = d;
                }
            } else if (f.kind() == Figure.Kind.AMOUNT && PREVIOUS.matcher(label).find()) {
                if (previous == null) {
                    previous = f;
                }
            } else if (f.kind() == Figure.Kind.AMOUNT && current == null && change == null) {
                current = f;
            }
        }
        if (current == null || previous == null || direction == null
                || !Objects.equals(current.unit(), previous.unit())) {
            return;
        }
        if (change != null && Objects.equals(change.unit(), current.unit())) {
            Comparison c = ArithmeticChecks.change(op(current), op(previous), op(change), direction, current.unit());
            Worded.finding(c, rule(), "change.amount",
                    "“" + change.label() + change.value().toPlainString() + current.unit() + "”与本年、上年数之差不符",
                    change.value().toPlainString() + current.unit(), at(change, current, previous)).ifPresent(out::add);
        }
        if (percent != null) {
            Comparison c = ArithmeticChecks.changePercent(op(current), op(previous), op(percent), direction);
            Worded.finding(c, rule(), "change.percent",
                    "增减幅度" + percent.value().toPlainString() + "%与本年、上年数不符",
                    percent.value().toPlainString() + "%", at(percent, current, previous)).ifPresent(out::add);
        }
    }

    private static Operand op(Figure f) {
        return Operand.printed(f.value());
    }

    private static List<Provenance> at(Figure... figures) {
        List<Provenance> out = new ArrayList<>();
        for (Figure f : figures) {
            Optional.ofNullable(f.at()).ifPresent(out::add);
        }
        return out;
    }
}
