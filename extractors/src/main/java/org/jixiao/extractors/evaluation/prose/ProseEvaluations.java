package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.evaluation.prose.Drafts.Draft;
import org.jixiao.extractors.evaluation.prose.Spans.Span;
import org.jixiao.extractors.metadata.MetadataExtractor;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Qualifier;
import org.jixiao.extractors.number.Quantity;

/**
 * Evaluations stated in a report's prose (and in simple project tables that are not self-evaluation forms).
 *
 * <p>Passes, each linear in the text: per-project section score paragraphs; result sentences (score and
 * grade) and per-project paragraphs with their budget; lists aligned with names; small project tables;
 * budget lists, which only add to projects already found. A later statement never overwrites an earlier
 * value, and a value that cannot be tied to a name is left out rather than guessed. Stateless.
 */
public final class ProseEvaluations {

    private static final Pattern ALIGNED = Pattern.compile("分别为|分别是|依次为|分别得");
    private static final Pattern LIST_LABEL = Pattern.compile(
            "(?:的)?((?:自评|评价|绩效)*(?:得分|评分|分数|分值)|(?:全年|年初)?预算(?:数|金额)?|执行(?:数|金额)?|支出(?:数)?|执行率)$");
    private static final Pattern SUBJECT_SUFFIX = Pattern.compile(
            "(?:的|绩效评价|绩效自评|评价|自评|综合|绩效|经|最终|项目自评)+$");
    private static final Pattern SELF_EVALUATION = Pattern.compile("(绩效)?自评(价)?");
    private static final Pattern GAP_IN_LIST = Pattern.compile("^[、，,和及与\\s]*$");
    private static final Pattern VERB = Pattern.compile("拨付|下达|安排|拨|预算|执行|支出");

    private ProseEvaluations() {
    }

    /** The evaluations stated in {@code doc}'s prose; the department's name comes from {@link MetadataExtractor}. */
    public static List<Evaluation> extract(SourceDocument doc) {
        return extract(doc, new MetadataExtractor().extract(doc));
    }

    /** As {@link #extract(SourceDocument)}, with metadata already extracted. */
    public static List<Evaluation> extract(SourceDocument doc, ReportMetadata metadata) {
        return new Run(doc, metadata).evaluations();
    }

    /** Every list of names aligned with values ({@code …分别为…}), as printed, also when the counts differ. */
    public static List<AlignedList> alignedLists(SourceDocument doc) {
        List<AlignedList> lists = new ArrayList<>();
        for (Prose.Unit u : Prose.units(doc)) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS + ";；")) {
                lists.addAll(alignedIn(u, s));
            }
        }
        return lists;
    }

    /** Every stated number of projects ({@code 涉及…等5个}, {@code 共N个项目}). */
    public static List<StatedCount> statedCounts(SourceDocument doc) {
        List<StatedCount> counts = new ArrayList<>();
        for (Prose.Unit u : Prose.units(doc)) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS)) {
                String sentence = u.text().substring(s.from(), s.to());
                if (!sentence.contains("项目") && !sentence.contains("自评")) {
                    continue;
                }
                for (Quantity q : NumberScanner.quantities(sentence)) {
                    if (isProjectCount(sentence, q)) {
                        counts.add(new StatedCount(q.value().intValueExact(), u.at(s.from() + q.start(), s.from() + q.end())));
                    }
                }
            }
        }
        return counts;
    }

    private static boolean isProjectCount(String sentence, Quantity q) {
        String sym = q.unit().symbol();
        if (q.kind() != Kind.COUNT || !(sym.equals("个") || sym.equals("项")) || q.value().scale() > 0
                || q.value().signum() <= 0) {
            return false;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 2));
        if (after.startsWith("项目") || after.startsWith("专项")) {
            return true;
        }
        String before = sentence.substring(Math.max(0, q.start() - 2), q.start());
        boolean introduced = before.endsWith("等") || before.endsWith("共") || before.endsWith("共对");
        boolean ends = after.isEmpty() || "，,。;；、)）".indexOf(after.charAt(0)) >= 0;
        return introduced && ends;
    }

    /** First-level weights declared as a scoring rule ({@code 产出指标40分、预算执行率指标10分…}). */
    public static List<DeclaredWeight> declaredWeights(SourceDocument doc) {
        List<DeclaredWeight> weights = new ArrayList<>();
        for (Prose.Unit u : Prose.units(doc)) {
            for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS)) {
                String sentence = u.text().substring(s.from(), s.to());
                if (sentence.contains("得分") || sentence.contains("扣")) {
                    continue;
                }
                List<DeclaredWeight> found = new ArrayList<>();
                for (Quantity q : NumberScanner.quantities(sentence)) {
                    if (q.kind() != Kind.SCORE || q.qualifier() != Qualifier.EXACT) {
                        continue;
                    }
                    String prefix = sentence.substring(0, q.start()).stripTrailing();
                    if (prefix.endsWith("为") || prefix.endsWith(":")) {
                        prefix = prefix.substring(0, prefix.length() - 1);
                    }
                    Matcher m = Vocabulary.SECTION_AT_END.matcher(prefix);
                    if (m.find() && (m.start() == 0 || "、，,。:;(（)）".indexOf(prefix.charAt(m.start() - 1)) >= 0)) {
                        found.add(new DeclaredWeight(m.group(3), q.value(), u.at(s.from() + m.start(3), s.from() + q.end())));
                    }
                }
                if (found.size() >= 2) {
                    weights.addAll(found);
                }
            }
        }
        return weights;
    }

    /** The aligned lists in one span of a unit. */
    private static List<AlignedList> alignedIn(Prose.Unit u, Span span) {
        List<AlignedList> lists = new ArrayList<>();
        String text = u.text().substring(span.from(), span.to());
        Matcher k = ALIGNED.matcher(text);
        while (k.find()) {
            int segStart = Spans.afterLast(text, k.start(), "，,。;:：");
            String seg = text.substring(segStart, k.start());
            Matcher lab = LIST_LABEL.matcher(seg);
            String label = "";
            int namesEnd = seg.length();
            if (lab.find()) {
                label = lab.group(1);
                namesEnd = lab.start();
            }
            List<String> names = new ArrayList<>();
            List<Provenance> nameAt = new ArrayList<>();
            int from = 0;
            String namesText = seg.substring(0, namesEnd);
            for (int i = 0; i <= namesText.length(); i++) {
                if (i == namesText.length() || namesText.charAt(i) == '、') {
                    String raw = namesText.substring(from, i);
                    String name = Names.clean(raw);
                    if (name != null) {
                        int off = raw.indexOf(name);
                        int abs = span.from() + segStart + from + Math.max(off, 0);
                        names.add(name);
                        nameAt.add(u.at(abs, abs + name.length()));
                    }
                    from = i + 1;
                }
            }
            if (names.size() < 2) {
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            List<Provenance> valueAt = new ArrayList<>();
            int pos = k.end();
            String tail = text.substring(k.end());
            for (Mention m : NumberScanner.scan(tail)) {
                if (!(m instanceof Quantity q) || !GAP_IN_LIST.matcher(tail.substring(pos - k.end(), m.start())).matches()) {
                    break;
                }
                values.add(q.value());
                valueAt.add(u.at(span.from() + k.end() + q.start(), span.from() + k.end() + q.end()));
                pos = k.end() + m.end();
            }
            if (values.isEmpty()) {
                continue;
            }
            int first = span.from() + segStart;
            lists.add(new AlignedList(label, names, nameAt, values, valueAt, u.at(first, span.from() + pos)));
        }
        return lists;
    }

    /** One extraction over one document. */
    private static final class Run {
        private final SourceDocument doc;
        private final String department;
        private final List<String> departmentNames;
        private final boolean projectReport;
        private final List<Prose.Unit> units;
        private final Names names;
        private final Drafts drafts;
        /** Document offsets of figures already read as section weights or scores. */
        private final Set<Integer> consumed = new HashSet<>();

        Run(SourceDocument doc, ReportMetadata metadata) {
            this.doc = doc;
            this.department = metadata == null ? null : metadata.department();
            List<String> known = new ArrayList<>();
            if (metadata != null) {
                if (department != null) {
                    known.add(department);
                }
                metadata.aliases().stream().filter(a -> a != null && a.length() >= 4).forEach(known::add);
            }
            this.departmentNames = List.copyOf(known);
            this.projectReport = metadata != null && metadata.scope() == ReportMetadata.ReportScope.PROJECT;
            this.units = Prose.units(doc);
            this.names = new Names(doc.text().text());
            this.drafts = new Drafts(names);
        }

        List<Evaluation> evaluations() {
            sectionScores();
            for (Prose.Unit u : units) {
                results(u);
            }
            overallGrade();
            for (Prose.Unit u : units) {
                for (Span s : Spans.split(u.text(), Spans.SENTENCE_ENDS + ";；")) {
                    for (AlignedList l : alignedIn(u, s)) {
                        attach(l);
                    }
                }
            }
            ProjectTables.read(doc, drafts);
            for (Prose.Unit u : units) {
                budgetLists(u);
            }
            return drafts.build();
        }

        // ---- section score paragraphs -------------------------------------------------------------

        private void sectionScores() {
            Draft current = null;
            int lastUnit = -2;
            for (Prose.Unit u : units) {
                boolean any = false;
                for (Span c : Spans.split(u.text(), Spans.CLAUSE_ENDS)) {
                    SectionClause sc = sectionClause(u, c);
                    if (sc == null) {
                        continue;
                    }
                    any = true;
                    boolean open = current != null && (lastUnit == u.index() || lastUnit == u.index() - 1);
                    if (sc.name != null || !open || current.hasSection(sc.section.name())) {
                        current = startGroup(sc);
                    }
                    current.sections.add(sc.section);
                    lastUnit = u.index();
                }
                if (!any && current != null && lastUnit != u.index()) {
                    current = null;
                }
            }
        }

        private Draft startGroup(SectionClause sc) {
            if (sc.name == null && projectReport) {
                // a project's own report: its unnamed sections are the project's, named by the title elsewhere
                return drafts.create(Scope.PROJECT, null, sc.at);
            }
            if (sc.name == null && !sc.projectMarker && department != null) {
                return drafts.findOrCreate(Scope.DEPARTMENT, department, sc.at, d -> d.sections.isEmpty());
            }
            if (sc.name == null && !sc.projectMarker) {
                return drafts.create(Scope.DEPARTMENT, null, sc.at);
            }
            return drafts.create(Scope.PROJECT, sc.name, sc.at);
        }

        private record SectionClause(String name, boolean projectMarker, Section section, Provenance at) {
        }

        private SectionClause sectionClause(Prose.Unit u, Span c) {
            String clause = u.text().substring(c.from(), c.to());
            Matcher w = Vocabulary.WEIGHT_WORD.matcher(clause);
            List<Mention> mentions = NumberScanner.scan(clause);
            while (w.find()) {
                Quantity weight = quantityAt(mentions, clause, w.end());
                if (weight == null || weight.qualifier() != Qualifier.EXACT) {
                    continue;
                }
                String head = clause.substring(0, w.start());
                int colon = head.indexOf(':');
                if (colon < 0) {
                    colon = head.indexOf('：');
                }
                head = colon >= 0 ? head.substring(0, colon) : head.replaceAll("[，,\\s(（]+$", "");
                Matcher m = Vocabulary.SECTION_AT_END.matcher(head);
                if (!m.find()) {
                    return null;
                }
                Quantity score = null;
                Matcher sw = Vocabulary.SCORE_WORD.matcher(clause);
                sw.region(weight.end(), clause.length());
                while (sw.find()) {
                    score = quantityAt(mentions, clause, sw.end());
                    if (score != null) {
                        break;
                    }
                }
                int nameFrom = Spans.afterLast(head, m.start(), "，,");
                String name = Names.clean(head.substring(nameFrom, m.start()));
                int nameAt = name == null ? -1 : head.indexOf(name, nameFrom);
                boolean marker = m.group(2) != null;
                if (name != null) {
                    name = marker ? names.beforeGenericProject(name) : names.canonical(name);
                } else if (marker) {
                    String subject = paragraphSubject(u.text());
                    int i = subject == null ? -1 : u.text().indexOf(subject);
                    if (i >= 0 && i + subject.length() <= c.from()) {
                        name = names.canonical(subject);
                    }
                }
                int end = score != null ? score.end() : weight.end();
                consume(u, c.from() + weight.start());
                if (score != null) {
                    consume(u, c.from() + score.start());
                }
                Section section = new Section(m.group(3), weight.value(), score == null ? null : score.value(),
                        u.at(c.from() + m.start(3), c.from() + end));
                int atFrom = c.from() + (nameAt >= 0 ? nameAt : m.start());
                return new SectionClause(name, marker, section, u.at(atFrom, c.from() + end));
            }
            return null;
        }

        private void consume(Prose.Unit u, int unitOffset) {
            consumed.add(u.docOffsets()[unitOffset]);
        }

        private boolean isConsumed(Prose.Unit u, int unitOffset) {
            return consumed.contains(u.docOffsets()[unitOffset]);
        }

        // ---- result sentences and project paragraphs ------------------------------------------------

        private void results(Prose.Unit u) {
            String text = u.text();
            String subject = paragraphSubject(text);
            Draft paragraphDraft = null;
            boolean scored = false;
            for (Span c : Spans.split(text, Spans.CLAUSE_ENDS)) {
                String clause = text.substring(c.from(), c.to());
                List<Mention> mentions = NumberScanner.scan(clause);
                Matcher k = Vocabulary.SCORE_WORD.matcher(clause);
                int searchFrom = 0;
                while (searchFrom < clause.length() && k.find(searchFrom)) {
                    searchFrom = k.end();
                    Quantity q = quantityAt(mentions, clause, k.end());
                    if (q == null || q.kind() != Kind.SCORE || q.qualifier() != Qualifier.EXACT
                            || isConsumed(u, c.from() + q.start())) {
                        continue;
                    }
                    int subjFrom = Spans.afterLast(clause, k.start(), "，,:：");
                    String rawSubject = clause.substring(subjFrom, k.start());
                    Draft d = resultDraft(rawSubject, k.group(1), subject, u, c.from() + subjFrom, c.from() + q.end());
                    if (d == null) {
                        continue;
                    }
                    if (d.score == null) {
                        d.score = q.value();
                    }
                    Matcher g = Vocabulary.GRADE.matcher(clause);
                    g.region(q.end(), clause.length());
                    if (g.find() && d.grade == null && nextScoreAfter(clause, mentions, q.end()) > g.start()) {
                        d.grade = Grades.clean(g.group(1));
                    }
                    if (d.grade == null) {
                        // the grade stated just before the score: "评价等级为“合格”，总得分为68.34分"
                        Matcher before = Vocabulary.GRADE.matcher(clause);
                        before.region(0, k.start());
                        String last = null;
                        int lastEnd = 0;
                        while (before.find()) {
                            last = before.group(1);
                            lastEnd = before.end();
                        }
                        if (last != null && nextScoreAfter(clause, mentions, lastEnd) >= q.start()) {
                            d.grade = Grades.clean(last);
                        }
                    }
                    if (d.scope == Scope.PROJECT && subject != null && d.name != null
                            && d.name.equals(names.canonical(subject))) {
                        paragraphDraft = d;
                    }
                    scored = true;
                    searchFrom = q.end();
                }
            }
            if (subject != null) {
                projectBudget(u, subject, paragraphDraft, scored);
            }
        }

        /**
         * A grade stated for the whole with no score beside it ({@code 综合评价结果为：优秀}): it goes to the
         * department's evaluation, or to the only one there is, when neither has a grade yet; a report with no
         * evaluation at all gets one for the whole, carrying just the grade.
         */
        private void overallGrade() {
            List<Evaluation> built = drafts.build();
            if (built.stream().anyMatch(e -> e.grade() != null) || built.size() > 1 && department == null) {
                return;
            }
            for (Prose.Unit u : units) {
                Matcher g = Vocabulary.OVERALL_GRADE.matcher(u.text());
                if (g.find()) {
                    Provenance at = u.at(g.start(), g.end());
                    Scope scope = built.size() == 1 ? built.get(0).scope() : projectReport ? Scope.PROJECT : Scope.DEPARTMENT;
                    String name = built.size() == 1 ? built.get(0).name() : department;
                    Draft d = drafts.findOrCreate(scope, name, at, x -> x.grade == null);
                    if (d.grade == null) {
                        d.grade = Grades.clean(g.group(1));
                    }
                    return;
                }
            }
        }

        /** Where the next score-like figure after {@code from} begins, or the clause's end. */
        private static int nextScoreAfter(String clause, List<Mention> mentions, int from) {
            for (Mention m : mentions) {
                if (m.start() >= from && m instanceof Quantity q && q.kind() == Kind.SCORE) {
                    return m.start();
                }
            }
            return clause.length();
        }

        private Draft resultDraft(String rawSubject, String keyword, String paragraphSubject, Prose.Unit u,
                                  int from, int to) {
            Provenance at = u.at(from, to);
            if (Vocabulary.DEPARTMENT_WORDS.matcher(rawSubject).find()
                    || departmentNames.stream().anyMatch(rawSubject::contains)) {
                return drafts.findOrCreate(Scope.DEPARTMENT, department, at, d -> d.score == null);
            }
            String s = SUBJECT_SUFFIX.matcher(rawSubject.strip()).replaceFirst("");
            s = Names.clean(s) == null ? "" : Names.clean(s);
            if (!s.isEmpty() && (Vocabulary.SECTION_AT_END.matcher(s).find()
                    || Vocabulary.INDICATOR_ENDINGS.matcher(s).find())) {
                return null;
            }
            if (Vocabulary.GENERIC_SUBJECT.matcher(s).matches()) {
                if (paragraphSubject != null) {
                    String name = names.canonical(paragraphSubject);
                    int i = u.text().indexOf(paragraphSubject);
                    Provenance named = i >= 0 ? u.at(i, i + paragraphSubject.length()) : at;
                    return drafts.findOrCreate(Scope.PROJECT, name, named, d -> d.score == null);
                }
                // 自评得分103.4分 / 绩效自评分为97.25分 with nothing else before it: the report's own result
                if (s.isEmpty() && (keyword.startsWith("总") || keyword.equals("综合得分") || keyword.startsWith("自评分")
                        || SELF_EVALUATION.matcher(rawSubject.strip()).matches())) {
                    return drafts.findOrCreate(Scope.DEPARTMENT, department, at, d -> d.score == null);
                }
                return null;
            }
            String name = names.canonical(s);
            return drafts.findOrCreate(Scope.PROJECT, name, at, d -> d.score == null);
        }

        /** The project a paragraph is about ({@code （二）XX全年预算…}, {@code XX：预算安排…}), or null. */
        private String paragraphSubject(String text) {
            String t = text.strip();
            Matcher lm = Names.LIST_MARKER.matcher(t);
            boolean marked = lm.lookingAt() && lm.end() > 0;
            String rest = marked ? t.substring(lm.end()) : t;
            String head = firstPhrase(rest);
            boolean colon = head.length() < rest.length() && ":：".indexOf(rest.charAt(head.length())) >= 0;
            Matcher b = Vocabulary.BUDGET_START.matcher(head);
            if (b.find() && b.start() > 0) {
                head = head.substring(0, b.start());
            }
            String name = Names.clean(head);
            if (!(marked || colon) || name == null || name.length() < 2
                    || Vocabulary.DEPARTMENT_WORDS.matcher(name).find()
                    || Vocabulary.SECTION_AT_END.matcher(name).find()
                    || Vocabulary.TOPIC_WORDS.matcher(name).find()
                    || departmentNames.stream().anyMatch(name::contains)) {
                return null;
            }
            return name;
        }

        private static String firstPhrase(String text) {
            int end = text.length();
            for (int i = 0; i < text.length(); i++) {
                if ("，,。:：;；\n".indexOf(text.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            return text.substring(0, end);
        }

        private void projectBudget(Prose.Unit u, String subject, Draft scoredDraft, boolean scored) {
            String text = u.text();
            Amount initial = null;
            Amount fullYear = null;
            Amount executed = null;
            Rate rate = null;
            int figures = 0;
            for (Mention m : NumberScanner.scan(text)) {
                if (!(m instanceof Quantity q) || q.qualifier() != Qualifier.EXACT) {
                    continue;
                }
                int labelFrom = Spans.afterLast(text, q.start(), "，,:：;；。");
                String label = text.substring(labelFrom, q.start());
                if (q.kind() == Kind.AMOUNT) {
                    Amount a = amount(q, u.at(q.start(), q.end()));
                    if (Vocabulary.INITIAL_WORDS.matcher(label).find()) {
                        initial = initial == null ? a : initial;
                    } else if (Vocabulary.EXECUTED_WORDS.matcher(label).find()) {
                        executed = executed == null ? a : executed;
                    } else if (Vocabulary.BUDGET_WORDS.matcher(label).find()) {
                        fullYear = fullYear == null ? a : fullYear;
                    } else {
                        continue;
                    }
                    figures++;
                } else if (q.kind() == Kind.RATE && label.contains("执行率")) {
                    rate = rate == null ? new Rate(q.value(), q.unit().symbol(), u.at(q.start(), q.end())) : rate;
                }
            }
            if (!scored && figures < 2) {
                return;
            }
            String name = names.canonical(subject);
            Draft d = scoredDraft != null ? scoredDraft
                    : drafts.findOrCreate(Scope.PROJECT, name, u.at(0, Math.min(text.length(), subject.length() + 8)),
                            x -> x.fullYear == null && x.executed == null);
            d.initial = d.initial == null ? initial : d.initial;
            d.fullYear = d.fullYear == null ? fullYear : d.fullYear;
            d.executed = d.executed == null ? executed : d.executed;
            d.rate = d.rate == null ? rate : d.rate;
        }

        // ---- aligned lists ----------------------------------------------------------------------------

        private void attach(AlignedList l) {
            boolean scores = l.label().contains("分");
            boolean executed = Vocabulary.EXECUTED_WORDS.matcher(l.label()).find();
            boolean budget = !scores && !l.label().contains("率") && Vocabulary.BUDGET_WORDS.matcher(l.label()).find();
            if (!scores && !executed && !budget) {
                return;
            }
            int n = Math.min(l.names().size(), l.values().size());
            for (int i = 0; i < n; i++) {
                String name = names.canonical(l.names().get(i));
                Provenance at = l.nameAt().get(i);
                if (scores) {
                    Draft d = drafts.findOrCreate(Scope.PROJECT, name, at, x -> x.score == null);
                    if (d.score == null) {
                        d.score = l.values().get(i);
                    }
                }
            }
        }

        // ---- budget lists -----------------------------------------------------------------------------

        private void budgetLists(Prose.Unit u) {
            String text = u.text();
            for (Span s : Spans.split(text, Spans.CLAUSE_ENDS)) {
                String sentence = text.substring(s.from(), s.to());
                List<Span> parts = Spans.split(sentence, "，,、");
                List<Object[]> pairs = new ArrayList<>();
                String verb = null;
                for (Span p : parts) {
                    String part = sentence.substring(p.from(), p.to());
                    List<Mention> ms = NumberScanner.scan(part);
                    if (ms.isEmpty() || !(ms.getLast() instanceof Quantity q) || q.kind() != Kind.AMOUNT
                            || !part.substring(q.end()).isBlank() || q.qualifier() != Qualifier.EXACT) {
                        continue;
                    }
                    String raw = part.substring(0, q.start());
                    int nameFrom = 0;
                    if (pairs.isEmpty()) {
                        // the verb opens the list (财政拨XX…); later names are not cut at words like 预算
                        Matcher v = VERB.matcher(raw);
                        while (v.find()) {
                            verb = v.group();
                            nameFrom = v.end();
                        }
                    }
                    String name = Names.clean(raw.substring(nameFrom));
                    if (name != null) {
                        pairs.add(new Object[] {name, q, s.from() + p.from()});
                    }
                }
                if (pairs.size() < 2 || verb == null) {
                    continue;
                }
                boolean executed = Vocabulary.EXECUTED_WORDS.matcher(verb).find();
                for (Object[] pair : pairs) {
                    Quantity q = (Quantity) pair[1];
                    int base = (int) pair[2];
                    Draft d = drafts.find(Scope.PROJECT, names.canonical((String) pair[0]),
                            x -> executed ? x.executed == null : x.fullYear == null);
                    if (d == null) {
                        continue;
                    }
                    Amount a = amount(q, u.at(base + q.start(), base + q.end()));
                    if (executed && d.executed == null) {
                        d.executed = a;
                    } else if (!executed && d.fullYear == null) {
                        d.fullYear = a;
                    }
                }
            }
        }
    }

    static Amount amount(Quantity q, Provenance at) {
        return new Amount(q.value(), q.unit().symbol(), q.yuan().orElse(null), at);
    }

    /** The quantity that starts at {@code offset} (after spaces) in {@code text}, or null. */
    static Quantity quantityAt(List<Mention> mentions, String text, int offset) {
        int at = Spans.skipSpaces(text, offset);
        for (Mention m : mentions) {
            if (m.start() == at) {
                return m instanceof Quantity q ? q : null;
            }
            if (m.start() > at) {
                return null;
            }
        }
        return null;
    }
}
