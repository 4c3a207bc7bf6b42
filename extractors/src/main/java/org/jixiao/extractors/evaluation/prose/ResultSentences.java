package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.prose.Drafts.Draft;
import org.jixiao.extractors.evaluation.prose.Spans.Span;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Qualifier;
import org.jixiao.extractors.number.Quantity;

import static org.jixiao.extractors.evaluation.prose.Reading.amount;
import static org.jixiao.extractors.evaluation.prose.Reading.quantityAt;

/**
 * The second pass of {@link ProseEvaluations}: result sentences ({@code …得分结果为94分，绩效评价等级为优秀}), each
 * score tied to the subject before its keyword (the department, a named project, or the paragraph's project),
 * with the grade stated beside it; the budget of a project's paragraph; and a grade stated for the whole with no
 * score ({@code 综合评价结果为：优秀}).
 */
final class ResultSentences {

    private static final Pattern SUBJECT_SUFFIX = Pattern.compile(
            "(?:的|绩效评价|绩效自评|评价|自评|综合|绩效|经|最终|项目自评)+$");
    private static final Pattern SELF_EVALUATION = Pattern.compile("(绩效)?自评(价)?");
    /** Words that make a subjectless score the whole's: 综合评价得分, 总体评价得分, 整体得分, 最终得分. */
    private static final Pattern OVERALL_SUBJECT = Pattern.compile("综合|总体|整体|最终");
    /** The report's project referring to itself: 本项目, 该项目, 项目 (项目最终得分, 项目绩效评价得分). */
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?:本|该|此)?(?:项目|专项)");
    /**
     * The report's project as the subject of a clause, not a name: {@code 项目能严格按照实施方案开展绩效评分100分},
     * {@code 该项目已按计划完成…}. A name never goes on into 能, 已, 均, 严格, 按照.
     */
    private static final Pattern SELF_CLAUSE = Pattern.compile(
            "(?:本|该|此)?(?:项目|专项)(?:能|已|均|都|严格|按照|通过|全面|顺利|基本|较好地?)");

    private final Reading r;

    ResultSentences(Reading r) {
        this.r = r;
    }

    /** The result sentences of one unit, then the budget of its paragraph's project. */
    void read(Prose.Unit u) {
        String text = u.text();
        String subject = r.paragraphSubject(text);
        Draft paragraphDraft = null;
        boolean scored = false;
        for (Span c : Spans.split(text, Spans.CLAUSE_ENDS)) {
            String clause = text.substring(c.from(), c.to());
            if (!Vocabulary.mayHoldScoreWord(clause)) {
                continue;
            }
            Matcher k = Vocabulary.SCORE_WORD.matcher(clause);
            // most clauses hold no score word: their numbers are not read
            List<Mention> mentions = null;
            int searchFrom = 0;
            while (searchFrom < clause.length() && k.find(searchFrom)) {
                searchFrom = k.end();
                if (mentions == null) {
                    mentions = NumberScanner.scan(clause);
                }
                Quantity q = quantityAt(mentions, clause, k.end());
                if (q == null || !(q.kind() == Kind.SCORE || plainScore(q)) || q.qualifier() != Qualifier.EXACT
                        || r.isConsumed(u, c.from() + q.start())) {
                    continue;
                }
                int subjFrom = Spans.afterLast(clause, k.start(), "，,:：");
                String rawSubject = clause.substring(subjFrom, k.start());
                Draft d = resultDraft(rawSubject, clause.substring(0, subjFrom), k.group(1), subject, u,
                        c.from() + subjFrom, c.from() + q.end());
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
                if (d.grade == null) {
                    // the grade later in the sentence (自评得分：95分；自评等级：优。) or named before its word (属于“优”等级)
                    d.grade = gradeLaterInSentence(text, c.from() + q.end());
                }
                if (d.scope == Scope.PROJECT && subject != null && d.name != null
                        && d.name.equals(r.names.canonical(subject))) {
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
    void overallGrade() {
        List<Evaluation> built = r.drafts.build();
        if (built.stream().anyMatch(e -> e.grade() != null) || built.size() > 1 && r.department == null) {
            return;
        }
        for (Prose.Unit u : r.units) {
            Matcher g = Vocabulary.OVERALL_GRADE.matcher(u.text());
            if (g.find()) {
                Provenance at = u.at(g.start(), g.end());
                Scope scope = built.size() == 1 ? built.get(0).scope() : r.projectReport ? Scope.PROJECT : Scope.DEPARTMENT;
                String name = built.size() == 1 ? built.get(0).name() : r.department;
                Draft d = r.drafts.findOrCreate(scope, name, at, x -> x.grade == null);
                if (d.grade == null) {
                    d.grade = Grades.clean(g.group(1));
                }
                return;
            }
        }
    }


    /**
     * The grade stated after {@code from} and before the sentence ends, when no other score comes first; null
     * otherwise.
     */
    private static String gradeLaterInSentence(String text, int from) {
        int end = text.indexOf('。', from);
        end = end < 0 ? text.length() : end;
        Matcher g = Vocabulary.GRADE.matcher(text).region(from, end);
        if (!g.find()) {
            g = Vocabulary.GRADE_BEFORE_WORD.matcher(text).region(from, end);
            if (!g.find()) {
                return null;
            }
        }
        Matcher k = Vocabulary.SCORE_WORD.matcher(text).region(from, g.start());
        return k.find() ? null : Grades.clean(g.group(1));
    }

    /**
     * A number printed without 分 right after a score word ({@code 自评得分 96 评价等级 优秀}, a form's cells copied
     * as a line): a score when it could be one, at most {@link #MAX_PLAIN_SCORE} (a year or an amount is not).
     */
    private static boolean plainScore(Quantity q) {
        return q.kind() == Kind.PLAIN && q.value().signum() > 0 && q.value().compareTo(MAX_PLAIN_SCORE) <= 0;
    }

    private static final BigDecimal MAX_PLAIN_SCORE = new BigDecimal(120);

    /** Where the last match of {@code p} in {@code s} ends, or -1. */
    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /**
     * Where the next score-like figure after {@code from} begins, or the clause's end; the full marks stated beside a
     * score ({@code 95分(满分100分)}) are no other score.
     */
    private static int nextScoreAfter(String clause, List<Mention> mentions, int from) {
        for (Mention m : mentions) {
            if (m.start() >= from && m instanceof Quantity q && q.kind() == Kind.SCORE
                    && !clause.startsWith("满分", Math.max(0, m.start() - 2))) {
                return m.start();
            }
        }
        return clause.length();
    }

    /**
     * The draft a score belongs to, by the words before its keyword: the department (by its words or names), a
     * generic subject (the paragraph's project, or the report's own result), or the project named; null when
     * the subject is a section or an indicator.
     */
    private Draft resultDraft(String rawSubject, String before, String keyword, String paragraphSubject,
                              Prose.Unit u, int from, int to) {
        Provenance at = u.at(from, to);
        if (Vocabulary.DEPARTMENT_WORDS.matcher(rawSubject).find()
                || r.departmentNames.stream().anyMatch(rawSubject::contains)) {
            return r.drafts.findOrCreate(Scope.DEPARTMENT, r.department, at, d -> d.score == null);
        }
        String s = SUBJECT_SUFFIX.matcher(rawSubject.strip()).replaceFirst("");
        s = Names.clean(s) == null ? "" : Names.clean(s);
        if (SELF_CLAUSE.matcher(s).lookingAt()) {
            s = "项目";
        }
        if (!s.isEmpty() && (Vocabulary.SECTION_AT_END.matcher(s).find()
                || Vocabulary.INDICATOR_ENDINGS.matcher(s).find())) {
            return null;
        }
        if (Vocabulary.GENERIC_SUBJECT.matcher(s).matches()) {
            if (paragraphSubject != null) {
                String name = r.names.canonical(paragraphSubject);
                int i = u.text().indexOf(paragraphSubject);
                Provenance named = i >= 0 ? u.at(i, i + paragraphSubject.length()) : at;
                return r.drafts.findOrCreate(Scope.PROJECT, name, named, d -> d.score == null);
            }
            // 自评得分103.4分 / 绩效自评分为97.25分 / 综合评分为97分 / 自评总分: 95 with nothing else before it: the report's own result
            if (s.isEmpty() && (keyword.startsWith("总") || keyword.startsWith("综合") || keyword.startsWith("自评分")
                    || keyword.startsWith("自评总") || keyword.startsWith("评分") || keyword.startsWith("绩效评分") || keyword.endsWith("结果") || keyword.startsWith("评价分")
                    || SELF_EVALUATION.matcher(rawSubject.strip()).matches()
                    || OVERALL_SUBJECT.matcher(rawSubject).find()
                    // 本单位…自评结果：优，得分95分: the clauses before a bare 得分 name the whole
                    || rawSubject.isBlank() && Vocabulary.DEPARTMENT_WORDS.matcher(before).find())) {
                return r.drafts.findOrCreate(Scope.DEPARTMENT, r.department, at, d -> d.score == null);
            }
            // 该项目得分为95分 / 本项目综合评分为95分 / 项目最终得分为88.6分 in a report on one project: its own result
            if (r.projectReport && SELF_REFERENCE.matcher(rawSubject.strip()).lookingAt()) { // 项目自评得分95分 too
                return r.drafts.findOrCreate(Scope.DEPARTMENT, r.department, at, d -> d.score == null);
            }
            return null;
        }
        String name = r.names.canonical(s);
        return r.drafts.findOrCreate(Scope.PROJECT, name, at, d -> d.score == null);
    }


    /** The budget figures of a project's paragraph, by their labels, when it is scored or states two of them. */
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
                // of a spending word and a budget word, the one nearer the amount names it: a form flattened into
                // one line runs its column names (实际完成情况) into the sentence after them (本项目共申请预算资金90万元)
                int spent = lastEnd(Vocabulary.EXECUTED_WORDS, label);
                int budgeted = lastEnd(Vocabulary.BUDGET_WORDS, label);
                if (Vocabulary.INITIAL_WORDS.matcher(label).find()) {
                    initial = initial == null ? a : initial;
                } else if (spent >= 0 && spent >= budgeted) {
                    executed = executed == null ? a : executed;
                } else if (budgeted >= 0) {
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
        String name = r.names.canonical(subject);
        Draft d = scoredDraft != null ? scoredDraft
                : r.drafts.findOrCreate(Scope.PROJECT, name, u.at(0, Math.min(text.length(), subject.length() + 8)),
                        x -> x.fullYear == null && x.executed == null);
        d.initial = d.initial == null ? initial : d.initial;
        d.fullYear = d.fullYear == null ? fullYear : d.fullYear;
        d.executed = d.executed == null ? executed : d.executed;
        d.rate = d.rate == null ? rate : d.rate;
    }
}
