package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jixiao.index.internal.Matches;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.SearchHit;

/**
 * Reading back what the index stored: hits, report records (with the cross-report pass's findings joined in),
 * texts, source files and the list of departments.
 */
final class StoredReports {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    StoredReports(DirectoryReader reader, IndexSearcher searcher) {
        this.reader = reader;
        this.searcher = searcher;
    }

    /** The hit of one stored entry; a report's record lists the report's other files ({@code otherSources}). */
    SearchHit hit(Document d, SearchHit.Snippet snippet, float score) throws IOException {
        Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
        String at = d.get(AT);
        JsonNode record = ReportJson.parse(d.get(JSON));
        if (EntryKind.REPORT.label().equals(d.get(KIND))) {
            List<ReportRecord.Source> others = otherSources(d.get(REPORT_ID));
            if (!others.isEmpty()) {
                record = ReportJson.toTree(ReportRecord.read(record).withOtherSources(others));
            }
        }
        return new SearchHit(EntryKind.of(d.get(KIND)), d.get(REPORT_ID), d.get(DEPARTMENT_NAME), d.get(REGION),
                year == null ? null : year.intValue(), d.get(LABEL), snippet, d.get(PATH),
                at == null ? null : provenance(ReportJson.parse(at)), score, record);
    }

    private static Provenance provenance(JsonNode n) {
        return new Provenance(integer(n, "page"), integer(n, "table"), integer(n, "row"), integer(n, "col"),
                n.path("start").asInt(), n.path("end").asInt(), n.path("text").isNull() ? null : n.path("text").asText());
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    Optional<ReportRecord> report(String id) throws IOException {
        Optional<Document> d = reportDocument(id);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withDerived(ReportRecord.read(d.get().get(JSON))));
    }

    /**
     * The record as the index knows it: with the findings of the cross-report pass (cross-year, boilerplate) added
     * to its own, and the other files of the same report ({@code otherSources}).
     */
    ReportRecord withDerived(ReportRecord r) throws IOException {
        return withFindings(r).withOtherSources(otherSources(r.id()));
    }

    /** The other files of report {@code id}, by path. */
    List<ReportRecord.Source> otherSources(String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(REPORT_ID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, SOURCE_KIND)), Occur.FILTER)
                .build();
        List<ReportRecord.Source> out = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (int doc : Matches.of(searcher, q)) {
            Document d = stored.document(doc, Set.of(PATH, SHA256, SOURCE_FORMAT, SOURCE_PAGES));
            Number pages = d.getField(SOURCE_PAGES) == null ? null : d.getField(SOURCE_PAGES).numericValue();
            out.add(new ReportRecord.Source(d.get(SHA256), d.get(PATH), d.get(SOURCE_FORMAT),
                    pages == null ? null : pages.intValue()));
        }
        out.sort(Comparator.comparing(ReportRecord.Source::path));
        return out;
    }

    private ReportRecord withFindings(ReportRecord r) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(REPORT_ID, r.id())), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, EntryKind.FINDING.label())), Occur.FILTER)
                .add(new TermQuery(new Term(DERIVED, ANY_DERIVED)), Occur.FILTER)
                .build();
        List<Finding> derived = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (int doc : Matches.of(searcher, q)) { // index order: the order the pass stored them
            derived.add(ReportRecord.finding(ReportJson.parse(stored.document(doc, Set.of(JSON)).get(JSON))));
        }
        if (derived.isEmpty()) {
            return r;
        }
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(derived);
        return new ReportRecord(r.id(), r.path(), r.format(), r.pages(), r.ocr(), r.title(), r.department(),
                r.aliases(), r.region(), r.year(), r.scope(), r.score(), r.grade(), r.evaluations(), r.figures(),
                all, r.errors(), r.warnings(), r.otherSources());
    }

    private Optional<Document> reportDocument(String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Query q = IndexQueries.ofKind(new TermQuery(new Term(REPORT_ID, id.strip())), EntryKind.REPORT);
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(reader.storedFields().document(top.scoreDocs[0].doc));
    }

    Optional<String> text(String id) throws IOException {
        return reportDocument(id).map(d -> d.get(TEXT));
    }

    Optional<Path> sourceFile(String id) throws IOException {
        return reportDocument(id).map(doc -> Path.of(doc.get(PATH))).filter(Files::isRegularFile);
    }

    /** Each report matching {@code q} once, in id order, with its derived findings. */
    void forEachReport(Query q, Consumer<ReportRecord> sink) throws IOException {
        StoredFields stored = reader.storedFields();
        Map<String, Integer> byId = new TreeMap<>();
        for (int doc : Matches.of(searcher, q)) {
            byId.putIfAbsent(stored.document(doc, Set.of(REPORT_ID)).get(REPORT_ID), doc);
        }
        for (int doc : byId.values()) {
            sink.accept(withDerived(ReportRecord.read(stored.document(doc, Set.of(JSON)).get(JSON))));
        }
    }

    List<ReportIndex.Department> departments() throws IOException {
        return new DepartmentList(reader, searcher).departments();
    }
}
