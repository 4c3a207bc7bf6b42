package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern YEAR_VALUE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})");
    private static final Pattern ANY_YEAR_DU = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年度");

    static final int TITLE = 6;
    static final int FORM = 4;
    static final int EVALUATED = 3;
    static final int MENTION = 1;

    private YearFinder() {
    }

    static Candidate<Integer> find(List<Line> lines, TitleFinder.Title title) {
        List<Candidate<Integer>> cands = new ArrayList<>();
        if (title != null) {
            Matcher m = YEAR_OF_TITLE.matcher(title.at().text());
            if (m.find()) {
                cands.add(new Candidate<>(Integer.parseInt(m.group(1)), m.group(2) != null ? TITLE : TITLE - 1, "title",
                        title.at().sub(m.start(), m.end())));
            }
        }
        for (Line line : lines) {
            String s = line.text().strip();
            Matcher f = FORM_YEAR_LINE.matcher(s);
            if (f.matches()) {
                int i = line.text().indexOf(f.group(1));
                cands.add(new Candidate<>(Integer.parseInt(f.group(1)), FORM, "form-year", line.at().sub(i, i + 4)));
                continue;
            }
            if (line.isCell() && YEAR_LABEL.matcher(s.replaceAll("\\s+", "")).matches()) {
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
            Matcher e = UnitMentions.EVALUATED_PATTERN.matcher(line.text());
            while (e.find()) {
                cands.add(new Candidate<>(Integer.parseInt(e.group("year")), EVALUATED, "evaluated",
                        line.at().sub(e.start("year"), e.end("year"))));
            }
            Matcher a = ANY_YEAR_DU.matcher(line.text());
            while (a.find()) {
                cands.add(new Candidate<>(Integer.parseInt(a.group(1)), MENTION, "year-mention",
                        line.at().sub(a.start(), a.end())));
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
