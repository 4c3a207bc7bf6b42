package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.ArithmeticChecks;
import org.jixiao.extractors.check.arith.ArithmeticChecks.Coverage;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Operand;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * The prose half of the {@code sum} rule: a stated total and the parts the text then lists.
 *
 * <ul>
 *   <li><b>An itemised total.</b> "共计X万元，其中：A万元、B万元…" (also across a full stop: "…X万元。其中：…"),
 *       "X万元，为A万元，B万元…", "X万元。具体是：A万元；B万元…". The parts are the following figures of the total's
 *       unit, each after a separator and a short name; the list ends at the end of the sentence, at a separator
 *       stronger than the one between its first two parts (a "，" list ends at "；"), at a word that makes the next
 *       figure a comparison or another total, and — <i>a list ends where its parts end</i> — once the parts
 *       already add up to the total (so "其中A 30.9万元，B 30.9万元，下达资金61.8万元" restates the total instead
 *       of adding it). Parts above the total: no reading holds, an error. Parts below it: a 其中 list may be a
 *       selection, so only a warning, and only when the list looks complete (three or more parts, closed by the
 *       end of the sentence, no 等, covering at least nine tenths) or announces itself as the itemisation (具体是).</li>
 *   <li><b>An enumerated total.</b> "区直单位X万元。区直单位项目有：一是…A万元…二是…B万元": the first figure of
 *       each 一是/二是… item, against the total of the subject that introduces the enumeration. Only parts above
 *       the total are reported (an error): items may be described without all of their money.</li>
 *   <li><b>Two breakdowns.</b> "按收入性质分:X … 按支出性质分:Y" side by side: X and Y are one total (a warning).</li>
 *   <li><b>分别为.</b> "分别为A、B、C，合计X": the listed figures are all the parts and must add up.</li>
 * </ul>
 * Counts (套, 台, 个) are added like amounts, when the units agree or one figure names the other's unit in its
 * parenthesis ("2480套(台、块、项)" and "1935台(套)").
 */
final class ProseSums {

    private static final String RULE = SumRule.RULE;
    private static final Pattern OPENER = Pattern.compile(
            "^[，,。；;]?(其中|具体(?:是|为|如下)|具体包括|(?<![分])为|包括)[:：，,]?");
    private static final Pattern UNIT_TAIL = Pattern.compile("^(万元|亿元|千元|元)?[(（][^()（）]{1,10}[)）]");
    private static final Pattern SEPARATOR = Pattern.compile("^[、，,；;]");
    private static final Pattern STOP = Pattern.compile("[。\\n《]");
    /** Words that make the next figure a comparison, a share or another total, not a part. */
    private static final Pattern NOT_A_PART = Pattern.compile(
            "较|比上|增加|减少|增长|下降|上年|去年|同期|占|率|%|％|累计|合计|共计|总计|其中|分别|剩余|结余|结转|尚未|未|平均|人均|每");
    /** Words that make the next score the whole's (自评得分95分 after the weights), or a deduction, not a part. */
    private static final Pattern NOT_A_SCORE_PART = Pattern.compile("自评|总|综合|评价|最终|扣|满分");
    private static final Pattern RESPECTIVELY = Pattern.compile("分别(为|是|达到?)[:：]?$");
    private static final Pattern PROSE_TOTAL_WORD = Pattern.compile("(合计|共计|总计|总额|总共|累计)(为|是|达)?$");
    private static final Pattern ENUMERATION = Pattern.compile("([^。；;\\n]{2,24}?)(?:有|包括)[:：]\\s*一是");
    private static final Pattern BREAKDOWN =
            Pattern.compile("按([\\u4e00-\\u9fa5]{2,6}?)分[:：]\\s*(\\d[\\d,]*(?:\\.\\d+)?)(?![\\d.%％])");
    private static final int BREAKDOWN_WINDOW = 200;
    /** How far before its 一是 an enumeration's introduction can start (subject, 有/包括, colon, spacing). */
    private static final int ENUMERATION_REACH = 64;
    private static final String ORDINALS = "一二三四五六七八九十";
    private static final BigDecimal MOSTLY = new BigDecimal("0.9");

    private ProseSums() {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
        List<Figure> figures = report.figures().stream()
                .filter(f -> f.at() != null && f.at().table() == null && f.value() != null
                        && (f.kind() == Figure.Kind.AMOUNT || f.kind() == Figure.Kind.COUNT
                        || f.kind() == Figure.Kind.SCORE))
                .sorted(Comparator.comparingInt(f -> f.at().start()))
                .toList();
        List<Provenance> reported = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            itemised(text, figures, i, reported, out);
        }
        enumerated(text, figures, reported, out);
        breakdowns(report, text, out);
        respectively(text, figures, reported, out);
    }

    // --- 其中 / 为 / 具体是 ---------------------------------------------------------------------------------

    private static void itemised(String text, List<Figure> figures, int i,
                                 List<Provenance> reported, List<Finding> out) {
        Figure total = figures.get(i);
        Matcher opener = null;
        List<Figure> parts = new ArrayList<>();
        int level = -1;
        int previousEnd = total.at().end();
        boolean closed = false;
        boolean etc = false;
        for (int j = i + 1; j < figures.size(); j++) {
            Figure p = figures.get(j);
            if (!sameUnit(text, p, total)) {
                if (followedBySeparator(text, p)) {
                    break;
                }
                continue; // a figure inside a part's name (二期项目)
            }
            if (parts.isEmpty()) {
                opener = opener(tail(text.substring(total.at().end(), p.at().start())));
                if (opener == null) {
                    return;
                }
            } else {
                String between = tail(text.substring(previousEnd, p.at().start()));
                Matcher sep = SEPARATOR.matcher(between);
                // a section scored by its rate (预算执行率得分10分) is a part of a score like any other
                String named = total.kind() == Figure.Kind.SCORE ? between.replace("率得分", "得分") : between;
                if (!sep.find() || between.length() > 40 || STOP.matcher(between).find()
                        || NOT_A_PART.matcher(named).find()
                        || total.kind() == Figure.Kind.SCORE && NOT_A_SCORE_PART.matcher(between).find()) {
                    break;
                }
                int strength = strength(sep.group().charAt(0));
                if (level < 0) {
                    level = strength;
                } else if (strength > level) {
                    break;
                }
                if (parts.size() >= 2 && sum(parts, total, Coverage.EXHAUSTIVE).consistent()) {
                    break; // the parts already make the total: what follows restates it or starts anew
                }
            }
            parts.add(p);
            previousEnd = p.at().end();
        }
        if (parts.size() < 2 || overlaps(reported, total.at())) {
            return;
        }
        boolean itemisation = opener.group(1).startsWith("具体") && !opener.group(1).endsWith("包括");
        String after = tail(text.substring(previousEnd, Math.min(text.length(), previousEnd + 12)));
        etc = after.startsWith("等");
        closed = after.isEmpty() || after.startsWith("。") || after.startsWith("\n")
                || level == 0 && (after.startsWith("；") || after.startsWith(";"));
        if (sum(parts, total, Coverage.EXHAUSTIVE).consistent()) {
            return;
        }
        Comparison partial = sum(parts, total, Coverage.PARTIAL);
        String actual = total.at().text();
        List<Provenance> at = evidence(total, parts);
        if (!partial.verdict().explainable() || partial.verdict().severity().isPresent()) {
            Worded.finding(partial, RULE, "sum.prose-total", "正文“" + opener.group(1) + "”所列分项之和超过总额"
                    + actual + "，不符", actual, at).ifPresent(f -> add(f, reported, out));
            return;
        }
        BigDecimal printed = printedSum(parts);
        boolean complete = parts.size() >= 3 && closed && !etc
                && printed.compareTo(total.value().multiply(MOSTLY)) >= 0;
        if (itemisation && !etc || complete) {
            add(new Finding(RULE, "sum.prose-shortfall", Finding.Severity.WARNING,
                    "正文所列" + parts.size() + "个分项之和" + printed.toPlainString() + total.unit() + "少于总额"
                            + actual + "，若分项已列全则总额或分项有误",
                    printed.toPlainString() + total.unit(), actual, partial.tolerance(), at), reported, out);
        }
    }

    /** The opener of an itemised list right after a total ("，其中：", "。具体是：", "，为"), or null. */
    private static Matcher opener(String gap) {
        Matcher m = OPENER.matcher(gap);
        if (!m.find()) {
            return null;
        }
        String lead = gap.substring(m.end());
        if (lead.length() > 24 || STOP.matcher(lead).find() || NOT_A_PART.matcher(lead).find()
                || gap.startsWith("。") && m.group(1).equals("为")) {
            return null;
        }
        return m;
    }

    /** The separator's strength: 、 and ， (0) inside a ； list (1). */
    private static int strength(char c) {
        return c == '；' || c == ';' ? 1 : 0;
    }

    // --- 有：一是…二是… -------------------------------------------------------------------------------------

    private static void enumerated(String text, List<Figure> figures, List<Provenance> reported, List<Finding> out) {
        // Found from each 一是 backwards, in a window as wide as the pattern can reach: a find() over the whole
        // text tries the lazy subject at every position and cost more than every other sum check together.
        Matcher m = ENUMERATION.matcher(text);
        int searched = 0;
        for (int at = text.indexOf("一是"); at >= 0; at = text.indexOf("一是", at + 2)) {
            m.region(Math.max(searched, at - ENUMERATION_REACH), at + 2);
            if (!m.find()) {
                continue;
            }
            searched = m.end();
            String subject = m.group(1);
            int introStart = m.start();
            int sentenceStart = Math.max(text.lastIndexOf('。', introStart - 2), text.lastIndexOf('\n', introStart - 1));
            Figure total = null;
            for (Figure f : figures) {
                if (f.at().end() <= introStart && f.at().start() > sentenceStart && f.label() != null
                        && f.label().length() >= 2 && subject.contains(f.label())) {
                    total = f;
                }
            }
            int paragraphEnd = text.indexOf('\n', m.end());
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            if (total == null) {
                continue;
            }
            List<Figure> parts = new ArrayList<>();
            int from = m.end() - 2;
            for (int k = 0; k < ORDINALS.length(); k++) {
                int marker = text.indexOf(ORDINALS.charAt(k) + "是", from);
                if (marker < 0 || marker >= paragraphEnd || k > 0 && marker != from && parts.isEmpty()) {
                    break;
                }
                int nextMarker = k + 1 < ORDINALS.length() ? text.indexOf(ORDINALS.charAt(k + 1) + "是", marker) : -1;
                int itemEnd = nextMarker < 0 || nextMarker > paragraphEnd ? paragraphEnd : nextMarker;
                Figure part = null;
                for (Figure f : figures) {
                    if (f.at().start() > marker && f.at().end() <= itemEnd && sameUnit(text, f, total)) {
                        part = f;
                        break;
                    }
                }
                if (part == null) {
                    break;
                }
                parts.add(part);
                from = itemEnd;
            }
            if (parts.size() < 2 || overlaps(reported, total.at())) {
                continue;
            }
            Comparison partial = sum(parts, total, Coverage.PARTIAL);
            String actual = total.at().text();
            if (!partial.verdict().explainable()) {
                Worded.finding(partial, RULE, "sum.prose-enumeration", "正文逐项（一是、二是…）列出的“" + subject
                                + "”各项金额之和超过其总额" + actual + "，不符", actual, evidence(total, parts))
                        .ifPresent(f -> add(f, reported, out));
            }
        }
    }

    // --- 按收入性质分 X / 按支出性质分 Y ---------------------------------------------------------------------

    /**
     * Two breakdowns of one total printed side by side ("按收入性质分:812.40 … 按支出性质分:796.15", a form's budget
     * block flattened to text) must agree. A warning, not an error: where income and spending are both meant,
     * a year's balance can legitimately separate them.
     */
    private static void breakdowns(Report report, String text, List<Finding> out) {
        Matcher m = BREAKDOWN.matcher(text);
        String previousDimension = null;
        int previousStart = -1;
        int previousEnd = -1;
        BigDecimal previousValue = null;
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
            if (previousValue != null && m.start() - previousEnd <= BREAKDOWN_WINDOW
                    && !m.group(1).equals(previousDimension)) {
                Comparison c = ArithmeticChecks.sum(List.of(Operand.printed(previousValue)), Operand.printed(value),
                        Coverage.EXHAUSTIVE, "");
                if (!c.consistent()) {
                    Provenance first = Spans.of(report, previousStart, previousEnd);
                    Provenance second = Spans.of(report, m.start(2), m.end(2));
                    out.add(new Finding(RULE, "sum.breakdowns", Finding.Severity.WARNING,
                            "同一总额的两种分类合计不一致：按" + previousDimension + "分为" + first.text() + "，按"
                                    + m.group(1) + "分为" + second.text(),
                            first.text(), second.text(), c.tolerance(), List.of(first, second)));
                }
                previousValue = null;
                continue;
            }
            previousDimension = m.group(1);
            previousStart = m.start(2);
            previousEnd = m.end(2);
            previousValue = value;
        }
    }

    // --- 分别为…，合计X ----------------------------------------------------------------------------------------

    private static void respectively(String text, List<Figure> figures, List<Provenance> reported,
                                     List<Finding> out) {
        for (int i = 0; i < figures.size(); i++) {
            Figure first = figures.get(i);
            int from = i > 0 ? figures.get(i - 1).at().end() : Math.max(0, first.at().start() - 12);
            if (!RESPECTIVELY.matcher(text.substring(Math.min(from, first.at().start()), first.at().start())).find()) {
                continue;
            }
            int j = i + 1;
            while (j < figures.size() && JOINER.matcher(between(text, figures.get(j - 1), figures.get(j))).matches()) {
                j++;
            }
            if (j >= figures.size() || j - i < 2
                    || !PROSE_TOTAL_WORD.matcher(between(text, figures.get(j - 1), figures.get(j))).find()) {
                continue;
            }
            Figure total = figures.get(j);
            List<Figure> parts = figures.subList(i, j);
            if (parts.stream().anyMatch(p -> !Objects.equals(p.unit(), total.unit()) || p.value().signum() < 0)
                    || overlaps(reported, total.at())) {
                continue;
            }
            Comparison c = sum(parts, total, Coverage.EXHAUSTIVE);
            String actual = total.value().toPlainString() + total.unit();
            Worded.finding(c, RULE, "sum.prose-total", "正文所列各分项之和与合计" + actual + "不符", actual,
                    evidence(total, parts)).ifPresent(f -> add(f, reported, out));
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static Comparison sum(List<Figure> parts, Figure total, Coverage coverage) {
        List<Operand> operands = parts.stream().map(p -> Operand.printed(p.value())).toList();
        return ArithmeticChecks.sum(operands, Operand.printed(total.value()), coverage, total.unit());
    }

    private static BigDecimal printedSum(List<Figure> parts) {
        return parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Provenance> evidence(Figure total, List<Figure> parts) {
        List<Provenance> at = new ArrayList<>();
        at.add(total.at());
        parts.forEach(p -> at.add(p.at()));
        return at;
    }

    private static void add(Finding f, List<Provenance> reported, List<Finding> out) {
        out.add(f);
        reported.add(f.at().get(0));
    }

    private static boolean overlaps(List<Provenance> reported, Provenance at) {
        return reported.stream().anyMatch(p -> p.start() == at.start());
    }

    /**
     * Whether two figures can be added: the same unit, or (for counts) one names the other's unit in the
     * parenthesis after it ("套(台、块、项)"). Negative figures never are parts.
     */
    static boolean sameUnit(String text, Figure a, Figure b) {
        if (a.kind() != b.kind() || a.value().signum() < 0) {
            return false;
        }
        if (Objects.equals(a.unit(), b.unit())) {
            return true;
        }
        if (a.kind() != Figure.Kind.COUNT || a.unit() == null || b.unit() == null) {
            return false;
        }
        return parenthesis(text, a).contains(b.unit()) || parenthesis(text, b).contains(a.unit());
    }

    private static String parenthesis(String text, Figure f) {
        Matcher m = UNIT_TAIL.matcher(text.substring(f.at().end(), Math.min(text.length(), f.at().end() + 14)));
        return m.find() ? m.group() : "";
    }

    private static boolean followedBySeparator(String text, Figure f) {
        String after = tail(text.substring(f.at().end(), Math.min(text.length(), f.at().end() + 14)));
        return after.isEmpty() || SEPARATOR.matcher(after).find() || after.startsWith("。");
    }

    /** A gap after a figure without the figure's unit and its parenthesis ("万元", "(台、块、项)") or spaces. */
    private static String tail(String gap) {
        String g = BLANKS.matcher(gap).replaceAll("");
        Matcher m = UNIT_TAIL.matcher(g);
        if (m.find()) {
            return g.substring(m.end());
        }
        return LEADING_UNIT.matcher(g).replaceFirst("");
    }

    // compiled once: tail is asked for the gap between every two neighbouring figures of a sentence
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u3000]");
    private static final Pattern LEADING_UNIT = Pattern.compile("^(万元|亿元|千元|元)");
    private static final Pattern JOINER = Pattern.compile("[、，,和及与]?");

    private static String between(String text, Figure a, Figure b) {
        if (b.at().start() < a.at().end()) {
            return "";
        }
        return tail(text.substring(a.at().end(), b.at().start()));
    }
}
