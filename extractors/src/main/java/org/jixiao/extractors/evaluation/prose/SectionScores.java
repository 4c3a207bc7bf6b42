package org.jixiao.extractors.evaluation.prose;

import java.util.List;
import java.util.regex.Matcher;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.evaluation.prose.Drafts.Draft;
import org.jixiao.extractors.evaluation.prose.Spans.Span;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.jixiao.extractors.model.Section;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.NumberScanner;
import org.jixiao.extractors.number.Qualifier;
import org.jixiao.extractors.number.Quantity;

import static org.jixiao.extractors.evaluation.prose.Reading.quantityAt;

/**
 * The first pass of {@link ProseEvaluations}: section score paragraphs ({@code XX项目产出指标满分40分，扣1分，得分39分；
 * 效益指标满分30分…}). Consecutive clauses of one paragraph (or the next) form one evaluation's sections; a clause
 * that names a project, or repeats a section, starts another. The figures read here are marked consumed, so the
 * later result pass does not take a section's score for a project's.
 */
final class SectionScores {

    private final Reading r;

    SectionScores(Reading r) {
        this.r = r;
    }

    /** Every section clause of the document, grouped into evaluations. */
    void read() {
        Draft current = null;
        int lastUnit = -2;
        for (Prose.Unit u : r.units) {
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
        if (sc.name == null && r.projectReport) {
            // a project's own report: its unnamed sections are the project's, named by the title elsewhere
            return r.drafts.create(Scope.PROJECT, null, sc.at);
        }
        if (sc.name == null && !sc.projectMarker && r.department != null) {
            return r.drafts.findOrCreate(Scope.DEPARTMENT, r.department, sc.at, d -> d.sections.isEmpty());
        }
        if (sc.name == null && !sc.projectMarker) {
            return r.drafts.create(Scope.DEPARTMENT, null, sc.at);
        }
        return r.drafts.create(Scope.PROJECT, sc.name, sc.at);
    }

    private record SectionClause(String name, boolean projectMarker, Section section, Provenance at) {
    }

    private SectionClause sectionClause(Prose.Unit u, Span c) {
        String clause = u.text().substring(c.from(), c.to());
        Matcher w = Vocabulary.WEIGHT_WORD.matcher(clause);
        List<Mention> mentions = NumberScanner.scan(clause);
        while (w.find()) {
            Quantity weight = quantityAt(mentions, clause, w.end());
            if (weight == null || weight.qualifier() != Qualifier.EXACT || weight.value().signum() <= 0) {
                // no section weighs nothing or less: a page number (总分 -1-) is not a weight
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
                name = marker ? r.names.beforeGenericProject(name) : r.names.canonical(name);
            } else if (marker) {
                String subject = r.paragraphSubject(u.text());
                int i = subject == null ? -1 : u.text().indexOf(subject);
                if (i >= 0 && i + subject.length() <= c.from()) {
                    name = r.names.canonical(subject);
                }
            }
            int end = score != null ? score.end() : weight.end();
            r.consume(u, c.from() + weight.start());
            if (score != null) {
                r.consume(u, c.from() + score.start());
            }
            Section section = new Section(m.group(3), weight.value(), score == null ? null : score.value(),
                    u.at(c.from() + m.start(3), c.from() + end));
            int atFrom = c.from() + (nameAt >= 0 ? nameAt : m.start());
            return new SectionClause(name, marker, section, u.at(atFrom, c.from() + end));
        }
        return null;
    }
}
