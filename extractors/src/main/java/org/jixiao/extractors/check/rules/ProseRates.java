package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Candidate;
import org.jixiao.extractors.check.arith.ArithmeticChecks.CandidateMatch;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.check.arith.Verdict;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * The prose half of the {@code rate} rule: a rate printed right after its numerator, with the denominator said
 * earlier in the same paragraph ("资金共计X万元，…已拨付Y万元，…实际支出率Z%"). The numerator is the nearest amount
 * before the rate in its sentence; each earlier amount of the paragraph in the same unit and not below it is a
 * candidate denominator, and the best-explained candidate is judged at the printed precision.
 *
 * <p>Severity. The pairing is read, not printed, so a rate that no candidate explains is at most a warning, and
 * only when the best candidate misses by less than one percentage point (a farther miss more likely means the
 * denominator is not in the paragraph). A rate that only truncation explains (63.17% for 63.1789%) is an
 * {@code info} note, like the same case in a form: cutting digits is a common writing habit, not a wrong
 * figure, yet the note keeps it visible.
 */
final class ProseRates {

    private static final String RULE = "rate";
    private static final Pattern RATE_WORD = Pattern.compile("(执行|支出|拨付|到位|使用|支付|兑付)率$");
    private static final BigDecimal ONE_POINT = BigDecimal.ONE;

    private ProseRates() {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
        List<Figure> figures = report.figures().stream()
                .filter(f -> f.at() != null && f.at().table() == null && f.value() != null)
                .sorted(Comparator.comparingInt(f -> f.at().start()))
                .toList();
        for (int i = 0; i < figures.size(); i++) {
            Figure rate = figures.get(i);
            if (rate.kind() != Figure.Kind.RATE || rate.label() == null || !RATE_WORD.matcher(rate.label()).find()) {
                continue;
            }
            Figure numerator = null;
            int n = i - 1;
            for (; n >= 0; n--) {
                Figure f = figures.get(n);
                if (f.kind() == Figure.Kind.RATE || breaks(text, f.at().end(), rate.at().start(), "。\n")) {
                    break;
                }
                if (f.kind() == Figure.Kind.AMOUNT) {
                    numerator = f;
                    break;
                }
            }
            if (numerator == null || numerator.value().signum() <= 0) {
                continue;
            }
            List<Candidate> denominators = new ArrayList<>();
            List<Provenance> candidates = new ArrayList<>();
            for (int d = n - 1; d >= 0; d--) {
                Figure f = figures.get(d);
                if (breaks(text, f.at().end(), numerator.at().start(), "\n")) {
                    break;
                }
                if (f.kind() == Figure.Kind.AMOUNT && Objects.equals(f.unit(), numerator.unit())
                        && f.value().compareTo(numerator.value()) >= 0) {
                    denominators.add(new Candidate(f.at().text(), Operand.printed(f.value())));
                    candidates.add(f.at());
                }
            }
            if (denominators.isEmpty()) {
                continue;
            }
            CandidateMatch m = ArithmeticChecks.rate(Operand.printed(numerator.value()), denominators,
                    Operand.printed(rate.value()), numerator.unit());
            List<Provenance> at = List.of(rate.at(), numerator.at(),
                    candidates.get(m.all().indexOf(m.comparison())));
            String printed = rate.at().text();
            String message = "正文" + printed + "与" + numerator.at().text() + "÷" + m.label() + "不符";
            if (m.comparison().verdict() != Verdict.INCONSISTENT) {
                Worded.finding(m.comparison(), RULE, "rate.prose", message, printed, at).ifPresent(out::add);
                continue;
            }
            BigDecimal computed = m.comparison().computedValue();
            if (computed != null && computed.subtract(rate.value()).abs().compareTo(ONE_POINT) < 0) {
                out.add(new Finding(RULE, "rate.prose", Finding.Severity.WARNING,
                        message + "（分母取自同段文字，系推断）", m.comparison().computedValue().toPlainString() + "%",
                        printed, m.comparison().tolerance(), at));
            } else if (computed != null) {
                // 年度预算数为500万元，实际支出450万元，预算执行率为95%: the sentence names all three
                // 年初预算120万元，全年预算130万元，执行123.5万元，执行率96%: every budget it names misses
                Figure budget = null;
                Comparison c = null;
                for (Figure b : statedBudgets(text, figures, n, numerator)) {
                    var bc = ArithmeticChecks.rate(Operand.printed(numerator.value()), Operand.printed(b.value()),
                            Operand.printed(rate.value()), numerator.unit());
                    if (bc.verdict() != Verdict.INCONSISTENT || bc.computedValue() == null) {
                        budget = null;
                        c = null;
                        break;
                    }
                    if (c == null || bc.computedValue().subtract(rate.value()).abs()
                            .compareTo(c.computedValue().subtract(rate.value()).abs()) < 0) {
                        budget = b;
                        c = bc;
                    }
                }
                if (c != null) {
                    out.add(new Finding(RULE, "rate.prose", Finding.Severity.WARNING,
                            "正文" + printed + "与同句" + numerator.at().text() + "÷" + budget.at().text() + "不符（应为"
                                    + c.computedValue().toPlainString() + "%）",
                            c.computedValue().toPlainString() + "%", printed, c.tolerance(),
                            List.of(rate.at(), numerator.at(), budget.at())));
                }
            }
        }
    }

    private static final Pattern SPENT = Pattern.compile("支出|执行|使用|支付|拨付|完成");
    private static final Pattern BUDGETED = Pattern.compile("预算|安排|下达|批复|计划");
    /**
     * The budgeted amounts when the rate's sentence states the pairing in words: the numerator labelled as spent
     * (实际支出), and every amount before it in the same sentence in its unit labelled as budgeted (年度预算数, 年初
     * 预算 and 全年预算); empty otherwise. Then a rate far from every quotient is the text's own inconsistency, not a
     * wrong guess.
     */
    private static List<Figure> statedBudgets(String text, List<Figure> figures, int n, Figure numerator) {
        if (numerator.label() == null || !SPENT.matcher(numerator.label()).find()) {
            return List.of();
        }
        List<Figure> found = new ArrayList<>();
        for (int d = n - 1; d >= 0; d--) {
            Figure f = figures.get(d);
            if (breaks(text, f.at().end(), numerator.at().start(), "。\n;；")) {
                break;
            }
            if (f.kind() == Figure.Kind.AMOUNT) {
                if (!Objects.equals(f.unit(), numerator.unit()) || f.label() == null
                        || !BUDGETED.matcher(f.label()).find() || SPENT.matcher(f.label()).find()
                        || f.value().signum() <= 0) {
                    return List.of();
                }
                found.add(f);
            }
        }
        return found;
    }

    private static boolean breaks(String text, int from, int to, String stops) {
        for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
            if (stops.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
