package org.jixiao.extractors.evaluation.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.number.Mention;
import org.jixiao.extractors.number.Quantity;

/**
 * What the passes of {@link ProseEvaluations} share while reading one document: the department's names, the
 * prose units, the drafts being filled, the figures already consumed, and how a paragraph names its project.
 */
final class Reading {

    final SourceDocument doc;
    final String department;
    final List<String> departmentNames;
    final boolean projectReport;
    final List<Prose.Unit> units;
    final Names names;
    final Drafts drafts;
    /** Document offsets of figures already read as section weights or scores. */
    private final Set<Integer> consumed = new HashSet<>();

    Reading(SourceDocument doc, ReportMetadata metadata, List<Prose.Unit> units) {
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
        this.units = units;
        this.names = new Names(doc.text().text());
        this.drafts = new Drafts(names);
    }

    /** Marks the figure at {@code unitOffset} of the unit as read (a section's weight or score). */
    void consume(Prose.Unit u, int unitOffset) {
        consumed.add(u.docOffsets()[unitOffset]);
    }

    boolean isConsumed(Prose.Unit u, int unitOffset) {
        return consumed.contains(u.docOffsets()[unitOffset]);
    }

    /** The project a paragraph is about ({@code （二）XX全年预算…}, {@code XX：预算安排…}), or null. */
    String paragraphSubject(String text) {
        String t = text.strip();
        Matcher lm = Names.LIST_MARKER.matcher(t);
        boolean marked = lm.lookingAt() && lm.end() > 0;
        String rest = marked ? t.substring(lm.end()) : t;
        String head = firstPhrase(rest);
        boolean colon = head.length() < rest.length() && ":：".indexOf(rest.charAt(head.length())) >= 0;
        if (!(marked || colon)) {
            return null;
        }
        Matcher b = Vocabulary.BUDGET_START.matcher(head);
        if (b.find() && b.start() > 0) {
            head = head.substring(0, b.start());
        }
        String name = Names.clean(head);
        if (name == null || name.length() < 2
                || Vocabulary.DEPARTMENT_WORDS.matcher(name).find()
                || Vocabulary.SECTION_AT_END.matcher(name).find()
                || Vocabulary.TOPIC_WORDS.matcher(name).find()
                || Vocabulary.ENCLOSURE.matcher(name).matches()
                || Vocabulary.MONEY_HEADING.matcher(name).matches()
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

    /** The amount a quantity states, with the provenance of its phrase. */
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
