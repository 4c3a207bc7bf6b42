package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * The reporting department: candidates from every place where a report names itself — its title, the labelled
 * fields of its forms and of the page that publishes it ({@link FormFields}: 单位名称, 实施单位, 主管部门, 来源 …),
 * and the running text ({@link UnitMentions}: what was evaluated, a unit opening a sentence with its year, the
 * signature, the unit a 我局 stands for) — each checked against the administrative-suffix grammar
 * ({@link UnitNames}). Candidates naming one unit (one an abbreviation of the other) are grouped, and the group
 * with the most evidence wins: the sum of its weights, so a unit that the form, the publishing line and the text
 * all name outweighs a title that names only a project's object. Units a report merely mentions — higher
 * authorities, the finance department, consultants — never come from the text. HanLP's organization recognition
 * is the fallback when nothing else names a unit.
 */
final class DepartmentFinder {

    /** The department, its aliases, where it was read, and every candidate considered. */
    record Department(String name, List<String> aliases, Provenance at, List<Candidate<String>> candidates) {
    }

    static final int TITLE = 6;
    static final int FORM_NAME = 6;
    static final int TITLE_FIELD = 5;
    /** A name HanLP finds in a title the rules cannot read: often the project's object, not its unit. */
    static final int TITLE_NER = 3;
    static final int IMPLEMENTER = 4;
    static final int PUBLISHER = 3;
    static final int SUPERVISOR = 2;
    /** The government office that runs a county's website publishes every department's reports. */
    static final int SITE_OWNER = 1;
    static final int NER = 2;

    private static final Pattern FINANCE_BUREAU = Pattern.compile("财政(局|厅|部|委)$");
    /** A division of an unnamed parent (厅规划财务处): the publisher line of a department's own site. */
    private static final Pattern DIVISION = Pattern.compile("^(厅|局|委|办)");
    private static final Pattern SITE_OWNER_NAME = Pattern.compile("(人民政府|政府)(办公室|办公厅)?$|政府办公(室|厅)$");

    private DepartmentFinder() {
    }

    static Department find(List<Line> lines, TitleFinder.Title title, String text, ChineseNlp nlp) {
        List<Candidate<String>> cands = new ArrayList<>();
        if (title != null) {
            String unit = TitleFinder.unitOf(title.text());
            if (unit != null) {
                int i = title.at().text().indexOf(unit);
                cands.add(new Candidate<>(unit, TITLE, "title", i >= 0 ? title.at().sub(i, i + unit.length()) : title.at()));
            } else if (beside(lines, title, cands)) {
                // a cover that prints the unit on its own line above or below a title that does not name it
            } else {
                // a title whose wording the rules do not know: ask HanLP for the organization it names
                for (ChineseNlp.Entity e : nlp.entities(title.at().text())) {
                    if (e.kind() == ChineseNlp.EntityKind.ORGANIZATION && UnitNames.isUnitName(UnitNames.clean(e.text()))
                            && UnitNames.clean(e.text()).equals(e.text()) && !FieldLabels.notReporting(e.text())) {
                        cands.add(new Candidate<>(e.text(), TITLE_NER, "title-ner", title.at().sub(e.start(), e.end())));
                        break;
                    }
                }
            }
        }
        for (FormFields.Field f : FormFields.read(lines)) {
            int weight = switch (f.kind()) {
                case NAME -> f.layout().equals("cell-below") ? IMPLEMENTER : FORM_NAME;
                case TITLE -> TITLE_FIELD;
                case IMPLEMENTER -> f.layout().equals("cell-below") ? SUPERVISOR : IMPLEMENTER;
                case SUPERVISOR -> SUPERVISOR;
                case PUBLISHER -> SITE_OWNER_NAME.matcher(f.value()).find() || DIVISION.matcher(f.value()).find()
                        ? SITE_OWNER : PUBLISHER;
                case HIGHER -> 0;
            };
            if (weight > 0) {
                cands.add(new Candidate<>(f.value(), weight, "form:" + f.label() + ":" + f.layout(), f.at()));
            }
        }
        UnitMentions.find(lines, cands);
        if (cands.stream().noneMatch(c -> c.weight() >= NER)) {
            organizations(lines, nlp, cands);
        }
        if (cands.isEmpty()) {
            governingPlace(lines, nlp, cands);
        }
        if (cands.isEmpty()) {
            return null;
        }
        return choose(cands, text, nlp);
    }

    /** How many lines above or below a title its unit's own line may stand (a blank line, a date between). */
    private static final int BESIDE = 2;
    private static final Pattern BRACKETED = Pattern.compile("^[(（]\\s*([^()（）]+?)\\s*[)）]$");

    /**
     * Adds, as the title's unit, a line next to the title that is nothing but a unit's name ({@code 某市某区城市管理和综合
     * 执法局} / {@code 2019年部门整体支出绩效评价报告}): a cover splits the title over two lines. True if one was found.
     */
    private static boolean beside(List<Line> lines, TitleFinder.Title title, List<Candidate<String>> cands) {
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            Provenance p = lines.get(i).at();
            if (p.start() <= title.at().start() && title.at().start() < Math.max(p.end(), p.start() + 1)) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        for (int d = 1; d <= BESIDE; d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i < 0 || i >= lines.size() || lines.get(i).isCell()) {
                    continue;
                }
                String t = BRACKETED.matcher(lines.get(i).text().strip()).replaceAll("$1"); // （某镇人民政府）
                String unit = UnitNames.clean(t);
                if (unit != null && unit.equals(t) && UnitNames.isUnitName(unit) && !FieldLabels.notReporting(unit)
                        && !FINANCE_BUREAU.matcher(unit).find()) {
                    int k = lines.get(i).at().text().indexOf(unit);
                    cands.add(new Candidate<>(unit, TITLE, "title-line", lines.get(i).at().sub(k, k + unit.length())));
                    return true;
                }
            }
        }
        return false;
    }

    /** Fallback: the organization HanLP recognises most often near the top, other than a finance bureau. */
    private static void organizations(List<Line> lines, ChineseNlp nlp, List<Candidate<String>> cands) {
        Tally tally = new Tally();
        for (Line line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            for (ChineseNlp.Entity e : nlp.entities(line.text())) {
                String name = UnitNames.clean(e.text());
                if (e.kind() == ChineseNlp.EntityKind.ORGANIZATION && UnitNames.isUnitName(name)
                        && !FINANCE_BUREAU.matcher(name).find() && !FieldLabels.notReporting(name)
                        && UnitMentions.OPENERS.indexOf(name.charAt(0)) < 0 && UnitMentions.opensWithPlace(name)) {
                    tally.add(name, line.at().sub(e.start(), e.end()));
                }
            }
        }
        tally.most(1, "ner", cands);
    }

    /** A city, county or district name: a government may report in its place's name alone. */
    private static final Pattern GOVERNED_PLACE = Pattern.compile("\\p{IsHan}{2,8}(市|县|区|旗|盟|州)");
    /** What may stand before a clause's subject: a line start or a clause delimiter. */
    private static final String CLAUSE_OPENERS = "，。：:；;,)）";

    /**
     * Last fallback, when no unit at all is named: a place that is the subject of the report's clauses
     * ({@code ，某某市严格按照…}, {@code 目标2：某某市完成…}) at least twice is the government reporting in the
     * place's name (a summary of a transfer payment reported by a city). A place merely mentioned — a
     * higher authority, a destination of funds — does not open clauses.
     */
    private static void governingPlace(List<Line> lines, ChineseNlp nlp, List<Candidate<String>> cands) {
        Tally tally = new Tally();
        for (Line line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            String t = line.text();
            for (ChineseNlp.Entity e : nlp.entities(t)) {
                if (e.kind() != ChineseNlp.EntityKind.PLACE || !GOVERNED_PLACE.matcher(e.text()).matches()
                        || Regions.COMMON_AREA.matcher(e.text()).find()) {
                    continue;
                }
                if (e.start() == 0 || CLAUSE_OPENERS.indexOf(t.charAt(e.start() - 1)) >= 0) {
                    tally.add(e.text(), line.at().sub(e.start(), e.end()));
                }
            }
        }
        tally.most(2, "place-subject", cands);
    }

    /** How far down the fallbacks look for names: the top of a report, where its author is named. */
    private static final int TOP_LINES = 60;

    /** Names counted with the place each was first seen; the most frequent becomes a fallback candidate. */
    private static final class Tally {
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, Provenance> first = new LinkedHashMap<>();

        void add(String name, Provenance at) {
            counts.merge(name, 1, Integer::sum);
            first.putIfAbsent(name, at);
        }

        /** Adds the most frequent name seen at least {@code min} times, if any, as a candidate of this source. */
        void most(int min, String source, List<Candidate<String>> cands) {
            counts.entrySet().stream().filter(e -> e.getValue() >= min).max(Map.Entry.comparingByValue())
                    .ifPresent(e -> cands.add(new Candidate<>(e.getKey(), NER, source, first.get(e.getKey()))));
        }
    }

    /**
     * Groups the candidates that name one unit (one an abbreviation of the other) and takes the group with the
     * most evidence: the sum of its candidates' weights, so a unit that the form, the publisher line and the
     * signature all name outweighs one a single sentence mentions. Within the group the most complete name is
     * the department.
     */
    private static Department choose(List<Candidate<String>> cands, String text, ChineseNlp nlp) {
        List<List<Candidate<String>>> groups = new ArrayList<>();
        for (Candidate<String> c : cands) {
            List<Candidate<String>> home = null;
            for (List<Candidate<String>> g : groups) {
                if (g.stream().anyMatch(o -> UnitNames.sameUnit(o.value(), c.value()))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        List<Candidate<String>> group = groups.stream()
                .max(Comparator.<List<Candidate<String>>>comparingInt(g -> g.stream().mapToInt(Candidate::weight).sum())
                        .thenComparingInt(g -> g.stream().mapToInt(Candidate::weight).max().orElse(0)))
                .orElseThrow();
        int top = group.stream().mapToInt(Candidate::weight).max().orElse(0);
        // the most complete name among those read where the report names itself most surely; a name only a
        // sentence mentions does not lengthen what a form or title states
        Candidate<String> best = group.stream()
                .filter(c -> c.weight() >= Math.min(top, PUBLISHER))
                .max(Comparator.<Candidate<String>>comparingInt(c -> c.value().length())
                        .thenComparingInt(Candidate::weight))
                .orElseThrow();
        String name = best.value();
        Set<String> aliases = new LinkedHashSet<>();
        for (Candidate<String> c : group) {
            // a spelling read where the report names itself; a mention in a sentence is checked below like any short form
            if (!c.value().equals(name) && c.weight() >= Math.min(top, PUBLISHER)) {
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
