package org.jixiao.extractors.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting unit as the running text gives it, where no form or title names it: the sentence saying what
 * was evaluated ({@code 对XX 2024年整体支出…}, {@code 现将XX 2023年度…报告如下}), a unit opening a sentence with
 * the year it spent in ({@code 某镇人民政府2023年度下达…}), the signature at the end (a line that is just a
 * name, next to a date), and the unit a first-person {@code 我局}/{@code 我委} stands for.
 *
 * <p>Text inside 《…》 (the titles of documents cited) and document numbers ({@code 某财社〔2023〕12号}) is
 * blanked first, and units a report merely mentions — higher authorities, finance departments allocating the
 * money, universities and consultants ({@link FieldLabels#notReporting}) — are never taken from the text.
 */
final class UnitMentions {

    static final int EVALUATED = 4;
    static final int SIGNATURE = 4;
    static final int UNIT_YEAR = 2;
    static final int FIRST_PERSON = 2;

    /** "对XX 2024年(度)…" : what was evaluated, with the year it was evaluated for. */
    static final Pattern EVALUATED_PATTERN = Pattern.compile(
            "对(?<name>[\\p{IsHan}()（）]{3,40}?)\\s*(?<year>(19|20)\\d{2})\\s*年度?\\s*(的)?(部门|单位|整体|预算|项目|专项|财政|支出|绩效|一般公共)");
    /** "现将XX 2023年度…" / "现将XX部门整体…": the unit (or the place) whose report follows. */
    static final Pattern REPORTED = Pattern.compile(
            "现将\\s*(?:(?<year0>(?:19|20)\\d{2})\\s*年度?\\s*)?(?<name>[\\p{IsHan}()（）]{2,40}?)\\s*"
                    + "(?:(?<year>(?:19|20)\\d{2})\\s*年度?|部门整体|单位整体|整体支出|部门预算|项目支出|绩效自评|绩效评价)");
    /** A unit opening a sentence with the year: "(一)某镇人民政府2023年度下达…". */
    static final Pattern UNIT_YEAR_PATTERN = Pattern.compile(
            "(?<![\\p{IsHan}])(?<name>\\p{IsHan}{3,40}?)\\s*(?<year>(?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    /** Names read from running text must open with a place (某县…, 市…): "工作格局" ends like a unit too. */
    /**
     * A name that opens with its place. The place's characters hold no 为, 是 or 的: a run of a sentence read as a
     * name ({@code 管理项目为省商务厅}, from 社会服务与管理项目为省商务厅本级的经常性项目) does not open with a place.
     */
    private static final Pattern PLACE_FIRST =
            Pattern.compile("^(中共|中国共产党)?[\\p{IsHan}&&[^为是的]]{0,6}?(省|市|县|区|州|旗|盟|镇|乡|苏木|街道)");
    private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{2,8}(市|县|区|旗)$");
    private static final Pattern CITED = Pattern.compile("《[^《》]{0,120}》|\\p{IsHan}{1,12}\\s*[〔【\\[﹝(（]\\s*(19|20)\\d{2}\\s*[〕】\\]﹞)）]\\s*\\d+\\s*号");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?\\s*$|^\\s*(19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}\\s*$");
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "^\\s*(?<name>[\\p{IsHan}()（）]{3,40})\\s*(19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?\\s*$");
    private static final Pattern FIRST_PERSON_PATTERN = Pattern.compile("(?:我|本)(局|委(?![托员屈])|中心|厅|院|站|镇|乡|街道|处(?![理置])|办(?![法理公]))");
    /** Characters that open a unit's name in running text besides punctuation: prepositions before an object. */
    static final String OPENERS = "向由对将把被给为在和与及、";
    private static final String SENTENCE_START = "。！？；;!?\n";

    private UnitMentions() {
    }

    /** Whether a name opens with a place (某县…, 市…), as a unit's full name does and 商贸中心 does not. */
    static boolean opensWithPlace(String name) {
        return PLACE_FIRST.matcher(name).find();
    }

    /** How many prepositions open a run of text before the name it introduces (对某区某街道…). */
    private static int leadingOpeners(String s) {
        int i = 0;
        while (i < s.length() && "对向由将把被给为在".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Whether a name read before a year in running text is a unit opening with its place, one the report may be by. */
    static boolean isPlacedUnit(String run) {
        String raw = run.substring(leadingOpeners(run));
        String name = UnitNames.clean(raw);
        return name.equals(raw) && UnitNames.isUnitName(name) && PLACE_FIRST.matcher(name).find()
                && !FieldLabels.notReporting(name);
    }

    /** Every line's text with 《…》 and document numbers blanked, keeping offsets. */
    static String blankCited(String s) {
        if (s.indexOf('《') < 0 && s.indexOf('号') < 0) {
            return s; // CITED needs one of the two; its Han-run alternative is slow to fail on long lines
        }
        Matcher m = CITED.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    static void find(List<Line> lines, List<Candidate<String>> cands) {
        Map<String, Line> firstPerson = new LinkedHashMap<>();
        List<Line> prose = lines.stream().filter(l -> !l.isCell()).toList();
        // each line with its citations blanked, once: the first-person pass below reads every line again per suffix
        List<String> blanked = prose.stream().map(l -> blankCited(l.text())).toList();
        for (int i = 0; i < prose.size(); i++) {
            Line line = prose.get(i);
            String s = blanked.get(i);
            // the three year patterns need a 19xx/20xx; most lines have none
            boolean year = YearFinder.hasYear(s);
            Matcher e = EVALUATED_PATTERN.matcher(s);
            while (year && e.find()) {
                addMention(e.group("name"), EVALUATED, "evaluated", line, e.start("name"), false, cands);
            }
            Matcher r = REPORTED.matcher(s);
            boolean reported = s.contains("现将");
            while (reported && r.find()) {
                String name = r.group("name");
                int unitEnd = reportingUnitEnd(name);
                addMention(unitEnd > 0 ? name.substring(0, unitEnd) : name, EVALUATED, "reported", line,
                        r.start("name"), true, cands);
            }
            Matcher u = UNIT_YEAR_PATTERN.matcher(s);
            while (year && u.find()) {
                int skip = leadingOpeners(u.group("name"));
                String name = u.group("name").substring(skip);
                if (PLACE_FIRST.matcher(name).find()) {
                    addMention(name, UNIT_YEAR, "unit-year", line, u.start("name") + skip, false, cands);
                }
            }
            signature(prose, i, cands);
            Matcher f = FIRST_PERSON_PATTERN.matcher(s);
            while (f.find()) {
                firstPerson.putIfAbsent(f.group(1), line);
            }
        }
        for (String suffix : firstPerson.keySet()) {
            Map<String, Candidate<String>> named = new LinkedHashMap<>();
            for (int i = 0; i < prose.size(); i++) {
                named(prose.get(i), blanked.get(i), suffix, named);
            }
            cands.addAll(named.values());
        }
    }

    /** What may follow a unit's name in the subject of 现将…报告如下: the funds or the spending reported on. */
    private static final Pattern FUNDS_AFTER_UNIT = Pattern.compile(
            "^(财政|资金|专项|项目|部门|整体|预算|衔接|转移支付|中央|省级|市级|县级|区级)");

    /**
     * Where the unit ends in a 现将 subject that goes on to name the funds ({@code 某县交通运输局财政衔接推进乡村振兴资金项目}):
     * the longest prefix that is a unit's name, opens with a place and is followed by a funds word; 0 when the
     * subject is a unit as a whole or holds none.
     */
    private static int reportingUnitEnd(String subject) {
        if (UnitNames.isUnitName(subject)) {
            return 0;
        }
        for (int end = subject.length() - 1; end >= 3; end--) {
            String prefix = subject.substring(0, end);
            if (UnitNames.isUnitName(prefix) && PLACE_FIRST.matcher(prefix).find()
                    && FUNDS_AFTER_UNIT.matcher(subject.substring(end)).find()) {
                return end;
            }
        }
        return 0;
    }

    private static void addMention(String raw, int weight, String rule, Line line, int start, boolean placeToo,
                                   List<Candidate<String>> cands) {
        String name = UnitNames.clean(raw);
        boolean unit = UnitNames.isUnitName(name);
        boolean place = placeToo && PLACE.matcher(name).matches() && !name.endsWith("地区");
        if (!name.equals(raw) || !(unit || place) || FieldLabels.notReporting(name)) {
            return;
        }
        cands.add(new Candidate<>(name, weight, rule, sub(line, start, start + name.length())));
    }

    /** A line that is just a unit's name, with a date on the line before or after it, or after the name. */
    private static void signature(List<Line> prose, int i, List<Candidate<String>> cands) {
        Line line = prose.get(i);
        String s = line.text();
        if (s.indexOf('\n') >= 0 || s.strip().length() > 50) {
            return;
        }
        Matcher nd = NAME_THEN_DATE.matcher(s);
        if (nd.matches()) {
            String name = UnitNames.clean(nd.group("name"));
            if (UnitNames.isUnitName(name) && nd.group("name").startsWith(name)) {
                cands.add(new Candidate<>(name, SIGNATURE, "signature", sub(line, nd.start("name"), nd.start("name") + name.length())));
            }
            return;
        }
        String name = UnitNames.clean(s);
        if (!UnitNames.isUnitName(name) || !s.strip().startsWith(name)) {
            return;
        }
        boolean dated = (i > 0 && DATE_LINE.matcher(prose.get(i - 1).text()).matches())
                || (i + 1 < prose.size() && DATE_LINE.matcher(prose.get(i + 1).text()).matches());
        if (dated) {
            int from = s.indexOf(name);
            cands.add(new Candidate<>(name, SIGNATURE, "signature", sub(line, from, from + name.length())));
        }
    }

    /**
     * Units ending in {@code suffix} that open a clause (after punctuation, a preposition or a list's 和/、), for a
     * text that calls itself 我{@code suffix}: the unit it stands for is among them. A unit opening a sentence
     * is its subject and weighs more than one inside a list; each name counts once, at its best place.
     */
    private static void named(Line line, String s, String suffix, Map<String, Candidate<String>> named) {
        for (int e = s.indexOf(suffix); e >= 0; e = s.indexOf(suffix, e + 1)) {
            int end = e + suffix.length();
            int j = e - 1;
            while (j >= 0 && end - j <= 16 && isHan(s.charAt(j)) && OPENERS.indexOf(s.charAt(j)) < 0) {
                j--;
            }
            if (end - j > 16) {
                continue;
            }
            String name = s.substring(j + 1, end);
            if (!UnitNames.isUnitName(name) || !PLACE_FIRST.matcher(name).find() || FieldLabels.notReporting(name)) {
                continue;
            }
            int weight = j < 0 || SENTENCE_START.indexOf(s.charAt(j)) >= 0 ? FIRST_PERSON : FIRST_PERSON - 1;
            Candidate<String> old = named.get(name);
            if (old == null || old.weight() < weight) {
                named.put(name, new Candidate<>(name, weight, "first-person", sub(line, j + 1, end)));
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static org.jixiao.corpus.model.Provenance sub(Line line, int from, int to) {
        return line.at().text().length() == line.text().length() ? line.at().sub(from, to) : line.at();
    }
}
