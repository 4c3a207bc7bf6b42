package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.corpus.model.Cell;

/**
 * The fiscal year evaluated. Reports are written in the spring after the year they evaluate, so the year
 * of writing ({@code 绩效评价工作于2025年3月初启动}) is the wrong answer that is most often at hand. The
 * year comes from where a report states what it evaluates: the title's 年度, the form's 年度 line or cell,
 * and the sentence {@code 对XX 2024年整体支出…}; a plain 年度 elsewhere only adds a little weight, and a year
 * followed by a month is a date, never a candidate.
 */
final class YearFinder {

    private static final Pattern YEAR_OF_TITLE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(度)?(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern FORM_YEAR_LINE = Pattern.compile("^[(（]?\\s*((?:19|20)\\d{2})\\s*年度?\\s*[)）]?$");
    private static final Pattern YEAR_LABEL = Pattern.compile("^(评价|预算|考核|项目)?年度$");
    /** A cover's year line: 评价年度：2023年, 所属年度:2023. */
    private static final Pattern LABELLED_YEAR_LINE = Pattern.compile(
            "^(?:评价|预算|考核|项目|所属|绩效|自评)年度[:：]((?:19|20)\\d{2})(?:年度?)?$");
    /** A year in Chinese numerals before 年 (二〇二三年度). */
    private static final Pattern NUMERAL_YEAR = Pattern.compile("[一二〇零○Ｏ][九〇零○Ｏ][一二三四五六七八九〇零○Ｏ]{2}(?=年)");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final Pattern YEAR_VALUE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})");
    private static final Pattern SENTENCE = Pattern.compile("[。；;，,]");
    private static final Pattern PUBLICATION = Pattern.compile("(公开|公示)$");
    /** A year in the running text that is not a date (2022年6月 is when something happened). */
    /**
     * A year's last day (截止2023年12月31日, the date a fiscal year's spending is counted to; a project period
     * 2016年1月起至2016年12月止): a mention of that year,
     * though a date is otherwise no year mention (a report's own date is often the next year's).
     */
    private static final Pattern YEAR_END =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*12\\s*月\\s*(?:31\\s*日|止|底|末)");
    /**
     * A year in the running text that is not a date, nor history: a year something started in ({@code 从2010年开展…},
     * {@code 自2015年起}, {@code 1984年成立}) is not the year evaluated.
     */
    private static final Pattern ANY_YEAR = Pattern.compile(
            "(?<!\\d)(?<![从自])((?:19|20)\\d{2})\\s*年(度)?(?!\\s*\\d{1,2}\\s*月)(?!以来|以前|前|后|起|成立|建成|建立)");
    /** "对2023年某资金开展了绩效自评": the evaluated year, the unit left out. */
    private static final Pattern EVALUATED_SELF = Pattern.compile(
            "对\\s*(?<year>(?:19|20)\\d{2})\\s*年度?[^。；;]{0,40}?(开展|进行|实施)了?[^。；;]{0,6}(绩效自评|绩效评价|自评)");
    /** A project named with its year: "项目名称 | 2020年某某扶持项目". */
    private static final Pattern PROJECT_NAME = Pattern.compile(
            "项目名称\\s*[:：|]?\\s*\\|?\\s*(?<year>(?:19|20)\\d{2})\\s*年度?(?!\\s*\\d{1,2}\\s*月)");

    private static final Pattern NAME_LABEL = Pattern.compile("^(项目|项目支出|专项资金)名称$");
    /** The project's year at the start of its name, after the budget system's project code if printed (5109…357-2023年…). */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "\\s*(?:" + FormFields.BUDGET_CODE + ")?((?:19|20)\\d{2})\\s*年度?(?!\\s*\\d{1,2}\\s*月)");
    /** A form's title in a cell of its own table: 部门预算项目支出绩效自评表(2023年度). */
    private static final Pattern FORM_TITLE_CELL = Pattern.compile(
            "^[^|]{0,30}绩效[^|]{0,12}表\\s*[(（]\\s*((?:19|20)\\d{2})\\s*年度?\\s*[)）]$");

    /** A cited notice that orders a year's self-evaluation: 《关于开展2023年度预算绩效自评工作的通知》. Group 1 is the year. */
    private static final Pattern NOTICE = Pattern.compile(
            "《[^《》]{0,30}?开展\\s*((?:19|20)\\d{2})\\s*年度?[^《》]{0,30}?(?:自评|绩效评价)[^《》]{0,20}》");
    static final int TITLE = 6;
    static final int FORM = 4;
    static final int EVALUATED = 3;
    static final int MENTION_DU = 2;
    static final int MENTION = 1;

    private YearFinder() {
    }

    private static org.jixiao.corpus.model.Provenance sub(Line line, int from, int to) {
        return line.at().text().length() == line.text().length() ? line.at().sub(from, to) : line.at();
    }

    /**
     * Whether {@code s} holds four digits that open with 19 or 20 — what the year group {@code (19|20)\d{2}}
     * of every running-text pattern here (and of {@link UnitMentions}'s) needs to match.
     */
    static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} with each year written in Chinese numerals before 年 (二〇二三年, 二零二三年) in Arabic digits: the same
     * length, so offsets found in the result quote {@code s}.
     */
    static String arabicYears(String s) {
        if (s.indexOf('年') < 0) {
            return s;
        }
        Matcher m = NUMERAL_YEAR.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        do {
            String digits = m.group().replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
            StringBuilder y = new StringBuilder();
            for (char c : digits.toCharArray()) {
                y.append((char) ('0' + NUMERALS.indexOf(c)));
            }
            if (y.toString().startsWith("19") || y.toString().startsWith("20")) {
                b.replace(m.start(), m.end(), y.toString());
            }
        } while (m.find());
        return b.toString();
    }

    /** What {@code \d} matches in a Java pattern (ASCII digits). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Candidate<Integer> find(List<Line> lines, TitleFinder.Title title) {
        List<Candidate<Integer>> cands = new ArrayList<>();
        if (title != null) {
            Matcher m = YEAR_OF_TITLE.matcher(arabicYears(title.at().text()));
            if (m.find()) {
                // a page publishing results (…评价结果公开) is dated by the year it publishes in, often the next
                int weight = PUBLICATION.matcher(title.text()).find() ? EVALUATED : m.group(2) != null ? TITLE : TITLE - 1;
                cands.add(new Candidate<>(Integer.parseInt(m.group(1)), weight, "title", title.at().sub(m.start(), m.end())));
            }
        }
        for (Line line : lines) {
            String lineText = arabicYears(line.text()); // same length: offsets still quote the line
            String s = lineText.strip();
            boolean year = hasYear(s);
            Matcher f = year ? FORM_YEAR_LINE.matcher(s) : null;
            if (f != null && !f.matches()) {
                f = LABELLED_YEAR_LINE.matcher(Spaces.removed(s));
                if (f.matches()) {
                    int i = lineText.indexOf(f.group(1));
                    cands.add(new Candidate<>(Integer.parseInt(f.group(1)), FORM, "form-year", line.at().sub(i, i + 4)));
                    continue;
                }
            }
            if (f != null && f.matches()) {
                int i = lineText.indexOf(f.group(1));
                cands.add(new Candidate<>(Integer.parseInt(f.group(1)), FORM, "form-year", line.at().sub(i, i + 4)));
                continue;
            }
            String key = line.isCell() ? Spaces.removed(s) : null;
            Matcher titleCell = line.isCell() && year ? FORM_TITLE_CELL.matcher(key) : null;
            if (titleCell != null && titleCell.matches()) {
                int i = lineText.indexOf(titleCell.group(1));
                cands.add(new Candidate<>(Integer.parseInt(titleCell.group(1)), FORM, "form-title-cell",
                        i >= 0 ? line.at().sub(i, i + 4) : line.at()));
                continue;
            }
            if (line.isCell() && YEAR_LABEL.matcher(key).matches()) {
                Cell c = line.cell();
                Cell right = line.table().cellAt(c.row(), c.col() + c.colSpan());
                if (right != null && right != c) {
                    Matcher v = YEAR_VALUE.matcher(right.text());
                    if (v.find()) {
                        cands.add(new Candidate<>(Integer.parseInt(v.group(1)), FORM, "form-year-cell",
                                right.at().sub(v.start(1), v.end(1))));
                    }
                }
                continue;
            }
            if (line.isCell() && NAME_LABEL.matcher(key).matches()) {
                // a form's project named with its year: 项目名称 | 2020年某某扶持项目
                Cell c = line.cell();
                Cell right = line.table().cellAt(c.row(), c.col() + c.colSpan());
                if (right != null && right != c) {
                    Matcher v = NAMED_YEAR.matcher(right.text());
                    if (v.lookingAt()) {
                        cands.add(new Candidate<>(Integer.parseInt(v.group(1)), EVALUATED, "project-name-cell",
                                right.at().sub(v.start(1), v.end(1))));
                    }
                }
                continue;
            }
            if (year) {
                // in running text or a cell (项目起止时间 | 2016年1月起至2016年12月止)
                Matcher end = YEAR_END.matcher(lineText);
                while (end.find()) {
                    cands.add(new Candidate<>(Integer.parseInt(end.group(1)), MENTION, "year-end",
                            sub(line, end.start(), end.end())));
                }
            }
            if (line.isCell() || !year) {
                continue; // every pattern below reads a year (19xx or 20xx): most lines of a report have none
            }
            // the notice that ordered this self-evaluation: 根据《关于开展2023年度部门整体支出绩效自评工作的通知》
            Matcher notice = NOTICE.matcher(lineText);
            while (notice.find()) {
                cands.add(new Candidate<>(Integer.parseInt(notice.group(1)), EVALUATED, "notice",
                        sub(line, notice.start(1), notice.end(1))));
            }
            // what the running text says it evaluates; cited documents (《关于开展2022年…的通知》) blanked first
            String text = UnitMentions.blankCited(lineText);
            for (Pattern p : new Pattern[] {UnitMentions.EVALUATED_PATTERN, UnitMentions.REPORTED, EVALUATED_SELF,
                    PROJECT_NAME}) {
                Matcher e = p.matcher(text);
                while (e.find()) {
                    String group = e.group("year") != null ? "year"
                            : p.namedGroups().containsKey("year0") && e.group("year0") != null ? "year0" : null;
                    if (group != null) {
                        cands.add(new Candidate<>(Integer.parseInt(e.group(group)), EVALUATED, "evaluated",
                                sub(line, e.start(group), e.end(group))));
                    }
                }
            }
            Matcher u = UnitMentions.UNIT_YEAR_PATTERN.matcher(text);
            // a heading-like line (a title repeated, 某镇2021年…结果公开) is the title's year again, not a statement
            boolean headingLike = text.strip().length() <= 70 && !SENTENCE.matcher(text).find();
            while (!headingLike && u.find()) {
                if (UnitMentions.isPlacedUnit(u.group("name"))) {
                    cands.add(new Candidate<>(Integer.parseInt(u.group("year")), EVALUATED, "unit-year",
                            sub(line, u.start("year"), u.end("year"))));
                }
            }
            Matcher a = ANY_YEAR.matcher(text);
            while (a.find()) {
                cands.add(new Candidate<>(Integer.parseInt(a.group(1)), a.group(2) != null ? MENTION_DU : MENTION,
                        "year-mention", sub(line, a.start(), a.end())));
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        // plain mentions decide only when nothing states the evaluated year: a 2024 report may well talk
        // about its 2025年度 plans more often than it repeats its own year
        boolean stated = cands.stream().anyMatch(c -> c.weight() >= EVALUATED);
        Map<Integer, Integer> score = new TreeMap<>();
        for (Candidate<Integer> c : cands) {
            if (stated && c.weight() < EVALUATED) {
                continue;
            }
            score.merge(c.value(), c.weight(), Integer::sum);
        }
        int year = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return cands.stream().filter(c -> c.value() == year)
                .max(Comparator.comparingInt(Candidate::weight)).orElseThrow();
    }
}
