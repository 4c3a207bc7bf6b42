package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jixiao.index.internal.Matches;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.index.EntryKind;
import org.jixiao.index.Timeline;

/** A department's reports year by year, with the department-level figures of each. */
final class Timelines {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexQueries queries;
    private final StoredReports stored;

    Timelines(DirectoryReader reader, IndexSearcher searcher, IndexQueries queries, StoredReports stored) {
        this.reader = reader;
        this.searcher = searcher;
        this.queries = queries;
        this.stored = stored;
    }

    /** The timeline of the department a spelling names; empty when none matches. */
    Optional<Timeline> timeline(String department) throws IOException {
        List<String> keys = queries.keys(department);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String key = keys.stream().filter(k -> k.contains("/")).findFirst().orElse(keys.getFirst());
        Query q = IndexQueries.ofKind(queries.departmentQuery(department), EntryKind.REPORT);
        List<ReportRecord> records = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        StoredFields fields = reader.storedFields();
        for (int doc : Matches.of(searcher, q)) {
            Document d = fields.document(doc, Set.of(JSON, DEPARTMENT_ALIAS));
            records.add(stored.withDerived(ReportRecord.read(d.get(JSON))));
            aliases.addAll(List.of(d.getValues(DEPARTMENT_ALIAS)));
        }
        records.sort(Comparator.comparing((ReportRecord r) -> r.year() == null ? 0 : r.year())
                .thenComparing(ReportRecord::id));
        List<Timeline.Year> years = new ArrayList<>();
        String name = null;
        for (ReportRecord r : records) {
            years.add(year(r));
            if (r.department() != null) {
                name = r.department();
            }
        }
        return Optional.of(new Timeline(key, name == null ? key : name, List.copyOf(aliases), years));
    }

    /** A report's department-level figures: from its department evaluation, else the report's headline. */
    private static Timeline.Year year(ReportRecord r) {
        Evaluation dept = r.evaluations().stream().filter(e -> e.scope() == Evaluation.Scope.DEPARTMENT).findFirst()
                .orElse(r.evaluations().size() == 1 ? r.evaluations().getFirst() : null);
        Budget b = dept == null || dept.budget() == null ? Budget.NONE : dept.budget();
        Amount budget = b.fullYear() != null ? b.fullYear() : b.initial();
        var score = dept != null && dept.score() != null ? dept.score() : r.score();
        String grade = dept != null && dept.grade() != null ? dept.grade() : r.grade();
        return new Timeline.Year(r.year() == null ? 0 : r.year(), r.id(), r.title(), r.path(), budget, b.executed(),
                b.rate(), score, grade, r.findings(),
                r.otherSources().stream().map(ReportRecord.Source::path).toList());
    }
}
