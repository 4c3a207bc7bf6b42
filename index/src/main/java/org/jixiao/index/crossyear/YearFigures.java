package org.jixiao.index.crossyear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Figure;
import org.jixiao.index.crossyear.YearRole.Period;

/**
 * A report's figures with the year each speaks of and what it measures, read once in text order.
 *
 * <p>Prose often names the measure or the year only once per clause chain: {@code 2024年收入3120.40万元，上年
 * 2903.90万元，增加216.50万元} labels the second figure just {@code 上年} and the third just {@code 增加}. A figure
 * whose label lacks the measure takes it from the figure before it when the two are close (at most
 * {@link #CHAIN_GAP} characters apart); one without a year word takes that figure's year
 * ({@code 上年度总支出为1858.29万元，其中基本支出为1617.01万元} — the 基本支出 is last year's too). Table cells are
 * read alone: their labels are their row and column headers, which name both.
 */
final class YearFigures {

    /** Characters between two figures of one clause chain ("，上年", "万元，较上年的"). */
    static final int CHAIN_GAP = 30;

    /**
     * One figure as read.
     *
     * @param keys      the measures it may be (its own, and for a last-year figure the clause's subject's)
     * @param subject   for a change: this year's figure the clause is about, or null
     * @param lastYear  for a change: whether the same clause chain states last year's figure of its measure itself
     */
    record Read(Figure figure, Period period, List<String> keys, YearRole role, Figure subject, boolean lastYear) {
    }

    private YearFigures() {
    }

    static List<Read> of(ReportRecord report) {
        List<Figure> prose = new ArrayList<>();
        List<Read> out = new ArrayList<>();
        for (Figure f : report.figures()) {
            if (f.at() == null || f.value() == null
                    || (f.kind() != Figure.Kind.AMOUNT && f.kind() != Figure.Kind.RATE)) {
                continue; // scores and counts are neither compared across years nor a clause's subject
            }
            if (f.at().inTable()) {
                YearRole r = YearRole.of(f.label(), report.year());
                Period p = r.period() == Period.UNMARKED ? Period.THIS_YEAR : r.period();
                out.add(new Read(f, p, r.key().isEmpty() ? List.of() : List.of(r.key()), r, null, false));
            } else {
                prose.add(f);
            }
        }
        prose.sort(Comparator.comparingInt(f -> f.at().start()));
        Read before = null;
        Read subject = null;
        Set<String> lastYearKeys = new LinkedHashSet<>();
        String lastKey = null;
        for (Figure f : prose) {
            YearRole r = YearRole.of(f.label(), report.year());
            boolean linked = before != null && f.at().start() - before.figure().at().end() <= CHAIN_GAP;
            if (!linked) {
                subject = null;
                lastYearKeys.clear();
                lastKey = null;
            }
            Period p = r.period();
            if (p == Period.UNMARKED) {
                p = linked && (before.period() == Period.THIS_YEAR || before.period() == Period.LAST_YEAR)
                        ? before.period() : Period.THIS_YEAR;
            }
            Set<String> keys = new LinkedHashSet<>();
            if (!r.key().isEmpty()) {
                keys.add(r.key());
            } else if (lastKey != null) {
                keys.add(lastKey);
            }
            if (p == Period.LAST_YEAR && subject != null && !subject.keys().isEmpty()) {
                keys.add(subject.keys().get(0));
            }
            boolean lastYearStated = keys.stream().anyMatch(lastYearKeys::contains);
            Read read = new Read(f, p, List.copyOf(keys), r, subject == null ? null : subject.figure(),
                    lastYearStated);
            if (p == Period.THIS_YEAR && f.kind() == Figure.Kind.AMOUNT) {
                subject = read;
            } else if (p == Period.LAST_YEAR) {
                lastYearKeys.addAll(keys);
            }
            if (!keys.isEmpty()) {
                lastKey = keys.iterator().next();
            }
            out.add(read);
            before = read;
        }
        return out;
    }
}
