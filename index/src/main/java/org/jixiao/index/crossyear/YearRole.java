package org.jixiao.index.crossyear;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.check.arith.ArithmeticChecks.Direction;

/**
 * What a figure's label says about the year it belongs to and what it measures, read from the words alone so
 * the same label means the same thing in every report: {@code 上年实际收入} is last year's 收入,
 * {@code 本年度收入总额} this year's 收入, {@code 本年收入较上年减少} a change of 收入.
 *
 * <p>The measure ({@link #key}) is the label without its year words, comparison words and fillers (实际, 合计,
 * 总额, 数 …), so that two reports that word the same line differently still meet: {@code 上年实际收入},
 * {@code 本年度收入总额} and {@code 2024年度本单位收入合计} all become {@code 收入}. Funding qualifiers such as
 * 财政拨款 or 基本 are kept, because 基本支出 is not 支出.
 */
record YearRole(Period period, String key, Direction direction) {

    /** Which year a figure speaks of, relative to its report's own year. */
    enum Period {
        /** The report's own year (本年, 今年, its year number, or no year word at all). */
        THIS_YEAR,
        /** The year before (上年, 去年, 上一年度, the year number before). */
        LAST_YEAR,
        /** A change between the two (ends in 增加/减少/增长/下降 …). */
        CHANGE,
        /** Neither, or not a year figure at all (上年结转 is an item of this year's budget, another year's number). */
        OTHER,
        /** No year word of its own: takes the period of the figure before it in the same clause chain. */
        UNMARKED
    }

    private static final Pattern CHANGE = Pattern.compile(
            "(增加|增长|提高|上升|增|减少|下降|降低|减|降)(幅度|比例|比率|率|额|了)?(为)?(\\(%\\)|%)?$");
    /** Longest change ending: 减少 + 幅度 + 为 + (%) is 9 characters. */
    private static final int CHANGE_TAIL = 10;
    private static final Pattern INCREASE = Pattern.compile("增加|增长|提高|上升|增");
    /** Money carried over from earlier years is part of this year's funds, not last year's figure. */
    private static final Pattern CARRY_OVER = Pattern.compile("(上年度?|以前年度|上一年度?)(结转|结余)");
    private static final Pattern LAST_YEAR = Pattern.compile("上年度|上一年度|上一年|上年|去年|前一年");
    private static final Pattern THIS_YEAR = Pattern.compile("本年度|本年|今年|当年");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})年");
    /** Where a comparison starts: the measure is what comes before it (本年收入 | 较上年收入减少). */
    private static final Pattern COMPARISON = Pattern.compile("较|比上|比去|与上|与去|同比|相比|环比");
    private static final Pattern NOISE = Pattern.compile(
            "\\d{4}年度?|本年度|上年度|上一年度|上一年|本年|上年|去年|今年|当年|前一年|同期|全年|年度|其中|"
                    + "实际|合计|总额|总计|共计|累计|决算|本单位|本部门|完成|(?<=.)数|总|为|的|共|是|达到|达|约|"
                    + "\\(%\\)|%|[\\s:：,，、()（）]");

    private static final Pattern FUNDING = Pattern.compile("财政拨款|一般公共预算|财政");
    private static final Pattern SLASHES = Pattern.compile("/+");
    private static final Pattern EDGE_SLASHES = Pattern.compile("^/|/$");

    /** The role of a figure labelled {@code label} in a report of {@code reportYear} (null when unknown). */
    static YearRole of(String label, Integer reportYear) {
        String l = label == null ? "" : label.strip();
        // a change word ends the label: only its tail is searched, so a long table label costs no more
        int tail = Math.max(0, l.length() - CHANGE_TAIL);
        Matcher change = CHANGE.matcher(l).region(tail, l.length());
        if (change.find()) {
            Direction d = INCREASE.matcher(change.group(1)).matches() ? Direction.INCREASE : Direction.DECREASE;
            return new YearRole(Period.CHANGE, key(l.substring(0, change.start())), d);
        }
        if (CARRY_OVER.matcher(l).find()) {
            return new YearRole(Period.OTHER, key(l), null);
        }
        Period period = explicitYear(l, reportYear).orElse(null);
        if (period == null) {
            if (LAST_YEAR.matcher(l).find()) {
                period = Period.LAST_YEAR;
            } else if (THIS_YEAR.matcher(l).find()) {
                period = Period.THIS_YEAR;
            } else {
                period = Period.UNMARKED;
            }
        }
        return new YearRole(period, key(l), null);
    }

    /** A year number in the label: the report's year, the one before, or another year (not compared). */
    private static Optional<Period> explicitYear(String label, Integer reportYear) {
        Matcher m = YEAR_NUMBER.matcher(label);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (reportYear == null) {
            return Optional.of(Period.OTHER);
        }
        if (year == reportYear) {
            return Optional.of(Period.THIS_YEAR);
        }
        return Optional.of(year == reportYear - 1 ? Period.LAST_YEAR : Period.OTHER);
    }

    /**
     * The measure: the subject before a comparison word if there is one (本年收入较上年收入 → 收入), without year
     * words and fillers; table labels keep their {@code row/column} shape.
     */
    static String key(String label) {
        String known = KEYS.get(label);
        if (known != null) {
            return known;
        }
        String k = keyNow(label);
        if (KEYS.size() >= MAX_KEPT_KEYS) {
            KEYS.clear();
        }
        KEYS.put(label, k);
        return k;
    }

    /**
     * Keys of labels seen, by label: every figure of both reports of a pair gets a key, and table labels repeat
     * across rows, reports and years, so most keys are a lookup instead of four regular-expression passes. Bounded.
     */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEPT_KEYS = 50_000;

    private static String keyNow(String label) {
        Matcher cmp = COMPARISON.matcher(label);
        String subject = label;
        if (cmp.find()) {
            String before = clean(label.substring(0, cmp.start()));
            subject = before.isEmpty() ? label.substring(cmp.end()) : label.substring(0, cmp.start());
        }
        return clean(subject);
    }

    private static String clean(String s) {
        String k = NOISE.matcher(s).replaceAll("");
        return k.indexOf('/') < 0 ? k : EDGE_SLASHES.matcher(SLASHES.matcher(k).replaceAll("/")).replaceAll("");
    }

    /**
     * The measure without its funding source ({@code 财政拨款收入} → {@code 收入}): reports word their headline
     * income either way ("2025年财政拨款收入为…，上年实际收入为…"), so when no figure has the exact measure, one
     * with the same measure but another funding wording is the next best pairing.
     */
    static String looseKey(String key) {
        return FUNDING.matcher(key).replaceAll("");
    }
}
