package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * The reporting department: candidates from the places where a report names itself — its title, the name
 * cell of its self-evaluation forms, the sentence saying what was evaluated ({@code 对XX 2024年整体支出…}) —
 * each checked against the administrative-suffix grammar ({@link UnitNames}). Candidates that are the same
 * unit (one an abbreviation of the other) are grouped; the most complete is the department, the others and
 * the short forms the text actually uses are its aliases. HanLP's organization recognition is the fallback
 * when a report names itself nowhere in those places.
 */
final class DepartmentFinder {

    /** The department, its aliases, where it was read, and every candidate considered. */
    record Department(String name, List<String> aliases, Provenance at, List<Candidate<String>> candidates) {
    }

    /** Form labels whose neighbouring cell names a unit, and how much that unit is the report's own. */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^(预算)?(部门|单位)[(（]?(单位|部门)?[)）]?名称$|^预算(部门|单位)$|^填报单位([(（]盖章[)）])?$");
    private static final Pattern IMPLEMENTER_LABEL = Pattern.compile("^(项目)?实施单位$");
    private static final Pattern SUPERVISOR_LABEL = Pattern.compile("^(项目)?主管(部门|单位)$");
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "((预算)?(部门|单位)[(（]?(单位|部门)?[)）]?名称|填报单位([(（]盖章[)）])?|预算(部门|单位))\\s*[:：]\\s*(?<name>[\\p{IsHan}()（）]{3,40})");
    /** "对XX 2024年(度)…" : what was evaluated, with the year it was evaluated for. */
    static final Pattern EVALUATED = Pattern.compile(
            "对(?<name>[\\p{IsHan}()（）]{3,40}?)\\s*(?<year>(19|20)\\d{2})\\s*年度?\\s*(的)?(部门|单位|整体|预算|项目|专项|财政|支出|绩效|一般公共)");
    private static final Pattern FINANCE_BUREAU = Pattern.compile("财政(局|厅|部|委)$");

    static final int TITLE = 3;
    static final int FORM_NAME = 3;
    static final int PROSE = 2;
    static final int IMPLEMENTER = 2;
    static final int SUPERVISOR = 1;
    static final int NER = 0;

    private DepartmentFinder() {
    }

    static Department find(List<Line> lines, TitleFinder.Title title, String text, ChineseNlp nlp) {
        List<Candidate<String>> cands = new ArrayList<>();
        if (title != null) {
            String unit = TitleFinder.unitOf(title.text());
            if (unit != null) {
                int i = title.at().text().indexOf(unit);
                cands.add(new Candidate<>(unit, TITLE, "title", i >= 0 ? title.at().sub(i, i + unit.length()) : title.at()));
            } else {
                // a title whose wording the rules do not know: ask HanLP for the organization it names
                for (ChineseNlp.Entity e : nlp.entities(title.at().text())) {
                    if (e.kind() == ChineseNlp.EntityKind.ORGANIZATION && UnitNames.isUnitName(UnitNames.clean(e.text()))
                            && UnitNames.clean(e.text()).equals(e.text())) {
                        cands.add(new Candidate<>(e.text(), TITLE, "title-ner", title.at().sub(e.start(), e.end())));
                        break;
                    }
                }
            }
        }
        Line previous = null;
        for (Line line : lines) {
            if (line.isCell()) {
                formCell(line, cands);
            } else {
                prose(line, previous, cands);
            }
            if (!line.text().isBlank()) {
                previous = line;
            }
        }
        if (cands.isEmpty()) {
            organizations(lines, nlp, cands);
        }
        if (cands.isEmpty()) {
            return null;
        }
        return choose(cands, text, nlp);
    }

    /**
     * The value of a label cell: the first non-blank cell to its right in the same row. Forms often keep an
     * empty spacer column between a label and its value (a PDF's drawn grid shows it as a cell of its own).
     */
    private static Cell firstFilledRightOf(Table t, Cell label) {
        for (int col = label.col() + label.colSpan(); col < t.colCount(); ) {
            Cell v = t.cellAt(label.row(), col);
            if (v == null) {
                col++;
                continue;
            }
            if (!v.isBlank()) {
                return v;
            }
            col = v.col() + v.colSpan();
        }
        return null;
    }

    private static void formCell(Line line, List<Candidate<String>> cands) {
        String label = line.text().replaceAll("\\s+", "").replaceAll("[:：]$", "");
        int weight = NAME_LABEL.matcher(label).matches() ? FORM_NAME
                : IMPLEMENTER_LABEL.matcher(label).matches() ? IMPLEMENTER
                : SUPERVISOR_LABEL.matcher(label).matches() ? SUPERVISOR : -1;
        if (weight < 0) {
            inline(line, cands);
            return;
        }
        Table t = line.table();
        Cell c = line.cell();
        Cell right = firstFilledRightOf(t, c);
        Cell below = t.cellAt(c.row() + c.rowSpan(), c.col());
        for (Cell v : new Cell[] {right, below}) {
            if (v == below && weight > SUPERVISOR) {
                weight--; // a label over a column heads a list of units, less surely the report's own
            }
            if (v != null && v != c) {
                String name = UnitNames.clean(v.text());
                if (UnitNames.isUnitName(name)) {
                    int i = v.text().indexOf(name);
                    Provenance at = i >= 0 ? v.at().sub(i, i + name.length()) : v.at();
                    cands.add(new Candidate<>(name, weight, "form:" + label, at));
                    return;
                }
            }
        }
    }

    private static void prose(Line line, Line previous, List<Candidate<String>> cands) {
        String s = line.text();
        // a form laid out as lines (a PDF without table structure): the label alone, the name on the next line
        if (previous != null && !previous.isCell()
                && NAME_LABEL.matcher(previous.text().replaceAll("\\s+", "")).matches()) {
            String name = UnitNames.clean(s);
            if (UnitNames.isUnitName(name) && s.strip().startsWith(name.substring(0, 1))) {
                int from = s.indexOf(s.strip());
                cands.add(new Candidate<>(name, FORM_NAME, "form-lines", line.at().sub(from, from + s.strip().length())));
            }
        }
        inline(line, cands);
        Matcher m = EVALUATED.matcher(s);
        while (m.find()) {
            String name = UnitNames.clean(m.group("name"));
            if (UnitNames.isUnitName(name) && name.equals(m.group("name"))) {
                cands.add(new Candidate<>(name, PROSE, "evaluated", line.at().sub(m.start("name"), m.end("name"))));
            }
        }
    }

    private static void inline(Line line, List<Candidate<String>> cands) {
        Matcher m = INLINE_LABEL.matcher(line.text());
        while (m.find()) {
            String raw = m.group("name");
            String name = UnitNames.clean(raw);
            if (UnitNames.isUnitName(name)) {
                cands.add(new Candidate<>(name, FORM_NAME, "form-inline",
                        line.at().sub(m.start("name"), m.start("name") + name.length())));
            }
        }
    }

    /** Fallback: the organization HanLP recognises most often near the top, other than a finance bureau. */
    private static void organizations(List<Line> lines, ChineseNlp nlp, List<Candidate<String>> cands) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Provenance> first = new LinkedHashMap<>();
        int n = 0;
        for (Line line : lines) {
            if (++n > 60) {
                break;
            }
            for (ChineseNlp.Entity e : nlp.entities(line.text())) {
                String name = UnitNames.clean(e.text());
                if (e.kind() == ChineseNlp.EntityKind.ORGANIZATION && UnitNames.isUnitName(name)
                        && !FINANCE_BUREAU.matcher(name).find()) {
                    counts.merge(name, 1, Integer::sum);
                    first.putIfAbsent(name, line.at().sub(e.start(), e.end()));
                }
            }
        }
        counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue())
                .ifPresent(e -> cands.add(new Candidate<>(e.getKey(), NER, "ner", first.get(e.getKey()))));
    }

    private static Department choose(List<Candidate<String>> cands, String text, ChineseNlp nlp) {
        Candidate<String> anchor = cands.stream()
                .max(Comparator.<Candidate<String>>comparingInt(Candidate::weight)
                        .thenComparingInt(c -> c.value().length()))
                .orElseThrow();
        List<Candidate<String>> group = cands.stream().filter(c -> UnitNames.sameUnit(c.value(), anchor.value())).toList();
        Candidate<String> best = group.stream()
                .max(Comparator.<Candidate<String>>comparingInt(c -> c.value().length())
                        .thenComparingInt(Candidate::weight))
                .orElseThrow();
        String name = best.value();
        Set<String> aliases = new LinkedHashSet<>();
        for (Candidate<String> c : group) {
            if (!c.value().equals(name)) {
                aliases.add(c.value());
            }
        }
        List<Integer> placeEnds = Regions.standard().leadingPlaces(name, nlp).stream().map(Regions.Place::end).toList();
        Set<String> longer = new LinkedHashSet<>(aliases);
        longer.add(name);
        for (String form : UnitNames.shortForms(name, placeEnds)) {
            if (!aliases.contains(form) && usedOnItsOwn(text, form, longer)) {
                aliases.add(form);
                longer.add(form); // a shorter form inside this one is this one, not another use
            }
        }
        return new Department(name, List.copyOf(aliases), best.at(), List.copyOf(cands));
    }

    /** Whether {@code form} occurs in {@code text} other than inside one of the {@code longer} names. */
    static boolean usedOnItsOwn(String text, String form, Set<String> longer) {
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            if (!insideLonger(text, i, form, longer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLonger(String text, int at, String form, Set<String> longer) {
        for (String l : longer) {
            if (l.length() <= form.length()) {
                continue;
            }
            for (int k = l.indexOf(form); k >= 0; k = l.indexOf(form, k + 1)) {
                int s = at - k;
                if (s >= 0 && text.startsWith(l, s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
