package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.extractors.number.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade bands a report applies to its total score (评价等级): "得分≥85分为优秀; 75≤得分<85分为良好…",
 * "90-100分为优、80-89分为良…", "优(90分以上)、良(80-89分)…", "优秀:90分以上;良好:80-89分…".
 *
 * <p>A report's own bands override the usual defaults ({@link #DEFAULT}: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).
 * Bands are kept as lower bounds only: each band runs from its lower bound up to the next band's. That reads
 * integer ranges such as "80-89分为良、90-100分为优" as contiguous ([80, 90) is 良), which is what the writer meant
 * even though 89.5 lies in neither range as written; a band stated only by an upper bound ("60分以下为差",
 * "得分<60分") is the bottom band. Lower bounds are inclusive unless stated strictly ("&gt;85", "高于", "(不含)");
 * "90分以上" includes 90, as in Chinese regulatory usage (以上含本数) and as the neighbouring band "80-89" implies.
 *
 * <p><b>Rounding policy.</b> A printed score is an interval ({@code 85} is [84.5, 85.5]); {@link #classify} returns
 * every grade a value in that interval can earn. A stated grade is an error only if <em>no</em> value in the score's
 * interval earns it: "85分, 良好" under "≥85为优秀" is indeterminate, not an error, because the unrounded score may
 * have been 84.7. A caller who knows a score is exact (a sum of integer points, say) passes
 * {@link Interval#exact}, and then 85 is 优秀 without doubt.
 */
public final class GradeBands {

    /** Grade levels, so that synonyms compare equal (优 = 优秀, 中 = 一般, 合格 = 及格 …). */
    public enum Level {
        EXCELLENT("优", "优秀"),
        GOOD("良", "良好", "较好"),
        FAIR("中", "中等", "一般"),
        /** Pass/fail schemes are kept apart from 中/差: "合格" under an 优良中差 scheme is not a grade of it. */
        PASS("合格", "及格"),
        POOR("差", "较差"),
        FAIL("不合格", "不及格");

        private final List<String> names;

        Level(String... names) {
            this.names = List.of(names);
        }

        public List<String> names() {
            return names;
        }

        /** The level of a grade name ("优秀", "良", with or without 级/等); empty when not a grade. */
        public static Optional<Level> of(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String n = name.strip().replaceAll("[\"“”「」'‘’]", "").replaceFirst("(等级|等|级|档)$", "");
            for (Level level : values()) {
                if (level.names.contains(n)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One band: its name as written, its level, and its lower bound ({@code null} for the bottom band that is
     * stated only by an upper bound).
     */
    public record Band(String name, Level level, BigDecimal lower, boolean lowerInclusive) {
        public Band {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
        }

        boolean admits(BigDecimal score) {
            if (lower == null) {
                return true;
            }
            int c = score.compareTo(lower);
            return c > 0 || (c == 0 && lowerInclusive);
        }
    }

    /**
     * The grades a score interval can earn, best first; {@code belowAllBands} when part of the interval lies below
     * every stated band (a negative score under "0-59分为差").
     */
    public record Classification(List<Band> possible, boolean belowAllBands) {
        public Classification {
            possible = List.copyOf(possible);
        }

        /** The grade, when the whole interval earns the same one. */
        public Optional<Band> grade() {
            return possible.size() == 1 && !belowAllBands ? Optional.of(possible.get(0)) : Optional.empty();
        }

        /** The interval straddles a boundary: a stated grade on either side is not an error. */
        public boolean indeterminate() {
            return possible.size() + (belowAllBands ? 1 : 0) > 1;
        }

        public Set<Level> levels() {
            Set<Level> levels = EnumSet.noneOf(Level.class);
            possible.forEach(b -> levels.add(b.level()));
            return levels;
        }
    }

    /** How a stated grade compares with the score. */
    public enum Match {
        /** The score earns exactly this grade. */
        MATCHES,
        /** The score straddles a boundary and this grade is one of those it can earn: not an error. */
        INDETERMINATE,
        /** No value the printed score allows earns this grade. */
        MISMATCH,
        /** The stated grade is not one of the bands' grades: nothing to compare. */
        UNKNOWN_GRADE
    }

    /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below: the usual four-level scheme when a report states none. */
    public static final GradeBands DEFAULT = new GradeBands(List.of(
            new Band("优", Level.EXCELLENT, BigDecimal.valueOf(90), true),
            new Band("良", Level.GOOD, BigDecimal.valueOf(80), true),
            new Band("中", Level.FAIR, BigDecimal.valueOf(60), true),
            new Band("差", Level.POOR, null, false)), false);

    private static final String GRADE = String.join("|", GradeMentions.NAMES);
    /** The last characters of every grade name: a clause without one of them names no grade. */
    private static final String GRADE_CHARS = "优秀良好般中等格差";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String SUBJECT = "(?:综合得分|总得分|评价得分|自评得分|得分|分数|总分|评分|分值|X|x|S|s)?";
    /** "…为优秀", "…评定为良": the range is in the text before. */
    private static final Pattern GRADE_AFTER = Pattern.compile(
            "(?:的为|为|评为|定为|属于|属)[\"“「]?(" + GRADE + ")[\"”」]?(?=$|[^\\p{IsHan}]|等|级|档|次)");
    // "优(90分以上)", "良好(80≤得分<90)" (the range in the brackets) and "优秀:90分以上" (the range after a colon, up to
    // the end of the clause): see GradeMentions

    private static final Pattern BETWEEN = Pattern.compile(
            NUM + "分?(≤|<)" + SUBJECT + "(?:≤|<)" + NUM + "分?");
    private static final Pattern DASH = Pattern.compile(
            NUM + "分?(\\((?:不含|含)[^()]*\\))?(?:-|~|—|–|至|到)" + NUM + "分?");
    private static final Pattern AT_LEAST = Pattern.compile(
            SUBJECT + "(≥|>|不低于|大于等于|大于或等于|高于|大于|超过)" + NUM);
    private static final Pattern ABOVE = Pattern.compile(
            NUM + "分?(\\((?:不含|含)[^()]*\\))?(?:及|或)?以上(\\((?:不含|含)[^()]*\\))?");
    private static final Pattern BELOW = Pattern.compile(
            "(?:(?:≤|<|低于|小于|不足|不到|不满)" + NUM + ")|(?:" + NUM + "分?(?:\\((?:不含|含)[^()]*\\))?(?:及|或)?以下)");

    private final List<Band> bands;
    private final boolean stated;

    private GradeBands(List<Band> bands, boolean stated) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(Band::lower, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())));
        this.bands = List.copyOf(sorted);
        this.stated = stated;
    }

    /** Bands from highest to lowest; the bottom band (no lower bound), if any, last. */
    public List<Band> bands() {
        return bands;
    }

    /** Whether these bands were stated by the report rather than assumed. */
    public boolean stated() {
        return stated;
    }

    /**
     * The first set of at least two bands stated in {@code text} (normalized: half-width digits and punctuation),
     * or empty. A grade that repeats starts a new set, so a passage that states bands twice (for projects and for
     * the department) yields the first statement.
     */
    public static Optional<GradeBands> parse(String text) {
        String t = prepare(text);
        List<Band> current = new ArrayList<>();
        for (int from = 0, to; from < t.length(); from = to + 1) {
            to = clauseEnd(t, from);
            for (Band band : bandsIn(t.substring(from, to))) {
                boolean repeats = current.stream().anyMatch(b -> b.level() == band.level()
                        || (b.lower() == null && band.lower() == null));
                if (repeats) {
                    if (current.size() >= 2) {
                        return Optional.of(new GradeBands(current, true));
                    }
                    current.clear();
                }
                current.add(band);
            }
        }
        return current.size() >= 2 ? Optional.of(new GradeBands(current, true)) : Optional.empty();
    }

    /** The report's bands when it states them, else {@link #DEFAULT}. */
    public static GradeBands parseOrDefault(String text) {
        return parse(text).orElse(DEFAULT);
    }

    /** The band of an exact score; empty below every band. */
    public Optional<Band> classify(BigDecimal score) {
        int i = indexOf(score);
        return i < bands.size() ? Optional.of(bands.get(i)) : Optional.empty();
    }

    /** Every grade a value in {@code score} can earn (see the rounding policy in the class comment). */
    public Classification classify(Interval score) {
        int top = score.hi() == null ? 0 : indexOf(score.hi());
        int bottom = score.lo() == null ? bands.size() - (hasBottomBand() ? 1 : 0) : indexOf(score.lo());
        List<Band> possible = top < bands.size()
                ? bands.subList(top, Math.min(bottom, bands.size() - 1) + 1)
                : List.of();
        return new Classification(possible, bottom >= bands.size());
    }

    /** Whether a stated grade ("优秀", "良", "合格" …) agrees with the score. */
    public Match gradeMatches(Interval score, String statedGrade) {
        Optional<Level> level = Level.of(statedGrade);
        if (level.isEmpty() || bands.stream().noneMatch(b -> b.level() == level.get())) {
            return Match.UNKNOWN_GRADE;
        }
        Classification c = classify(score);
        if (!c.levels().contains(level.get())) {
            return Match.MISMATCH;
        }
        return c.levels().size() == 1 && !c.belowAllBands() ? Match.MATCHES : Match.INDETERMINATE;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Band b : bands) {
            s.append(s.isEmpty() ? "" : "; ").append(b.name()).append(b.lower() == null ? " <" : b.lowerInclusive() ? " ≥" : " >");
            s.append(b.lower() == null ? "" : b.lower().toPlainString());
        }
        return s.toString();
    }

    private boolean hasBottomBand() {
        return !bands.isEmpty() && bands.get(bands.size() - 1).lower() == null;
    }

    private int indexOf(BigDecimal score) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).admits(score)) {
                return i;
            }
        }
        return bands.size();
    }

    /**
     * The end of the clause that starts at {@code from}: the next {@code ; 。 , 、} or line break, else the text's end.
     * Colons are not clause breaks: "等级:得分≥85分为优秀" and "优秀:90分以上" both need what follows them.
     */
    private static int clauseEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ';' || c == '。' || c == ',' || c == '、' || c == '\n') {
                return i;
            }
        }
        return t.length();
    }

    /**
     * The text as the shapes are written for: TeX and two-char comparisons as ≤ ≥, full-width brackets and clause
     * punctuation half-width, and no spaces or dollars. One pass over the text for the single characters (this runs
     * over the whole text of every report).
     */
    private static String prepare(String text) {
        String t = text;
        if (t.indexOf('\\') >= 0) {
            t = t.replace("\\leqslant", "≤").replace("\\geqslant", "≥")
                    .replace("\\leq", "≤").replace("\\geq", "≥").replace("\\le", "≤").replace("\\ge", "≥")
                    .replace("\\lt", "<").replace("\\gt", ">");
        }
        if (t.indexOf('=') >= 0) {
            t = t.replace("<=", "≤").replace(">=", "≥");
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' || Spaces.isSpace(c)) {
                continue;
            }
            b.append(switch (c) {
                case '≦' -> '≤';
                case '≧' -> '≥';
                case '（' -> '(';
                case '）' -> ')';
                case '～' -> '~';
                case '，' -> ',';
                case '；' -> ';';
                case '：' -> ':';
                default -> c;
            });
        }
        return b.toString();
    }

    private static List<Band> bandsIn(String clause) {
        if (!mayStateABand(clause)) {
            return List.of();
        }
        List<Band> found = new ArrayList<>(2);
        // each shape is searched only in a clause that has its marker (为/属, a bracket, a colon): every clause
        // with a digit and a grade character passes the pre-filter, and most have none of the three
        if (clause.indexOf('为') >= 0 || clause.indexOf('属') >= 0) {
            Matcher after = GRADE_AFTER.matcher(clause);
            int from = 0;
            while (after.find()) {
                rangeBand(clause.substring(from, after.start()), after.group(1)).ifPresent(found::add);
                from = after.end();
            }
        }
        for (GradeMentions.Mention m : GradeMentions.beforeBracket(clause)) {
            rangeBand(m.range(), m.grade()).ifPresent(found::add);
        }
        for (GradeMentions.Mention m : GradeMentions.beforeColon(clause)) {
            rangeBand(m.range(), m.grade()).ifPresent(found::add);
        }
        // one clause may state a band in two of these shapes at once ("为优秀(90分以上)"): keep it once
        List<Band> distinct = new ArrayList<>(found.size());
        for (Band b : found) {
            if (distinct.stream().noneMatch(d -> d.level() == b.level())) {
                distinct.add(b);
            }
        }
        return distinct;
    }

    /** A cheap pre-filter (most clauses of a report have no digit or no grade word): a band needs both. */
    private static boolean mayStateABand(String clause) {
        boolean digit = false;
        boolean gradeChar = false;
        for (int i = 0; i < clause.length() && !(digit && gradeChar); i++) {
            char c = clause.charAt(i);
            digit |= c >= '0' && c <= '9';
            gradeChar |= GRADE_CHARS.indexOf(c) >= 0;
        }
        return digit && gradeChar;
    }

    /** The band described by a range expression, or empty when the text states no range. */
    private static Optional<Band> rangeBand(String range, String grade) {
        Level level = Level.of(grade).orElseThrow();
        Matcher m = BETWEEN.matcher(range);
        if (m.find()) {
            return Optional.of(new Band(grade, level, new BigDecimal(m.group(1)), m.group(2).equals("≤")));
        }
        m = DASH.matcher(range);
        if (m.find()) {
            boolean strict = m.group(2) != null && m.group(2).startsWith("(不含");
            return Optional.of(new Band(grade, level, new BigDecimal(m.group(1)), !strict));
        }
        m = AT_LEAST.matcher(range);
        if (m.find()) {
            String op = m.group(1);
            boolean inclusive = op.equals("≥") || op.startsWith("不低于") || op.startsWith("大于等于")
                    || op.startsWith("大于或等于");
            return Optional.of(new Band(grade, level, new BigDecimal(m.group(2)), inclusive));
        }
        m = ABOVE.matcher(range);
        if (m.find()) {
            boolean strict = (m.group(2) != null && m.group(2).startsWith("(不含"))
                    || (m.group(3) != null && m.group(3).startsWith("(不含"));
            return Optional.of(new Band(grade, level, new BigDecimal(m.group(1)), !strict));
        }
        if (BELOW.matcher(range).find()) {
            return Optional.of(new Band(grade, level, null, false));
        }
        return Optional.empty();
    }
}
