package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.json.SlicedJson;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.index.EntryKind;
import org.jixiao.index.analysis.PreAnalyzed;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.identity.DepartmentIdentity;

/**
 * Turns one stored report into its Lucene documents: the report itself, then each evaluation, indicator row,
 * figure and finding, all carrying the report's identity fields (id, path, year, department, region) so any of
 * them can be filtered and faceted on its own.
 */
public final class EntryDocuments {

    /** Full text analyzed with offsets in the postings, so snippets need no re-analysis; stored for display. */
    static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.freeze();
    }

    private EntryDocuments() {
    }

    /**
     * The documents of one report, the report's own document first.
     *
     * @param text         the document's normalized text (what every {@code at} offset points into)
     * @param fingerprints the text's boilerplate fingerprints, kept on the report document
     */
    public static List<Document> of(ReportRecord r, String text, DepartmentIdentity dept,
                                     List<Fingerprint> fingerprints) {
        return prepare(r, text, fingerprints, null).documents(dept);
    }

    /**
     * The documents of one report made ahead of indexing, on any thread: all but the department identity fields,
     * which only the index settles (a department that names no place may join a placed one), with their text
     * already analyzed by {@code analyzer} (null: the index writer analyzes it). This is what lets ingest workers
     * do most of the indexing work while the writer takes reports in order.
     */
    public static Entries prepare(ReportRecord r, String text, List<Fingerprint> fingerprints, Analyzer analyzer) {
        List<Document> docs = new ArrayList<>();
        List<IndexableField> identity = List.of(IDENTITY_SLOT);
        Document report = base(identity, EntryKind.REPORT);
        report.add(new StoredField(SHA256, r.id())); // the file's, as on another file's document (ReportSources)
        add(report, LABEL, label(r));
        report.add(text(text == null ? "" : text, analyzer));
        // the report's JSON written once; each entry's JSON and provenance are slices of it
        ObjectNode tree = ReportJson.toTree(r);
        SlicedJson json = SlicedJson.of(tree);
        report.add(new StoredField(JSON, json.json()));
        grade(report, r.grade());
        value(report, r.score());
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Fingerprint f : fingerprints) {
            if (seen.add(f.hash())) {
                report.add(new StringField(FINGERPRINT, fingerprintTerm(f.hash()), Field.Store.NO));
            }
        }
        docs.add(report);
        for (int k = 0; k < r.evaluations().size(); k++) {
            Evaluation e = r.evaluations().get(k);
            JsonNode evaluation = tree.get("evaluations").get(k);
            Document d = base(identity, EntryKind.EVALUATION);
            add(d, LABEL, e.name());
            d.add(text(join(e.name()), analyzer));
            d.add(new StoredField(JSON, json.slice(evaluation)));
            at(d, json, evaluation.get("at"));
            grade(d, e.grade());
            if (e.budget() != null && e.budget().rate() != null) {
                value(d, e.budget().rate().value());
            }
            docs.add(d);
            JsonNode indicators = evaluation.get("indicators");
            for (int i = 0; i < e.indicators().size(); i++) {
                Indicator ind = e.indicators().get(i);
                Document id = base(identity, EntryKind.INDICATOR);
                add(id, LABEL, ind.level3() != null ? ind.level3() : ind.level2());
                id.add(text(join(ind.level1(), ind.level2(), ind.level3(), ind.target(), ind.actual(),
                        ind.note()), analyzer));
                id.add(new StoredField(JSON, json.slice(indicators.get(i))));
                at(id, json, indicators.get(i).get("at"));
                value(id, ind.score());
                if (ind.score() != null && ind.weight() != null && ind.score().compareTo(ind.weight()) < 0) {
                    id.add(new StringField(BELOW_WEIGHT, "true", Field.Store.NO));
                }
                docs.add(id);
            }
        }
        for (int k = 0; k < r.figures().size(); k++) {
            Figure f = r.figures().get(k);
            JsonNode figure = tree.get("figures").get(k);
            Document d = base(identity, EntryKind.FIGURE);
            add(d, LABEL, f.label());
            d.add(text(join(f.label(), f.at() == null ? null : f.at().text()), analyzer));
            d.add(new StoredField(JSON, json.slice(figure)));
            at(d, json, figure.get("at"));
            value(d, f.yuan() != null ? f.yuan() : f.value());
            docs.add(d);
        }
        for (int k = 0; k < r.findings().size(); k++) {
            docs.add(finding(identity, r.findings().get(k), null, analyzer, json, tree.get("findings").get(k)));
        }
        return new Entries(r, docs);
    }

    /** Where a prepared document gets the report's identity fields (see {@link Entries#documents}). */
    private static final IndexableField IDENTITY_SLOT = new StoredField("jixiao.identity", 0);

    /** A report's documents but for their department identity (see {@link #prepare}). */
    public static final class Entries {
        private final ReportRecord record;
        private final List<Document> partial;

        private Entries(ReportRecord record, List<Document> partial) {
            this.record = record;
            this.partial = partial;
        }

        /** The documents, with the identity of the department the report is filed under. */
        public List<Document> documents(DepartmentIdentity dept) {
            List<IndexableField> identity = identity(record, dept);
            List<Document> out = new ArrayList<>(partial.size());
            for (Document p : partial) {
                Document d = new Document();
                for (IndexableField f : p) {
                    if (f == IDENTITY_SLOT) {
                        identity.forEach(d::add);
                    } else {
                        d.add(f);
                    }
                }
                out.add(d);
            }
            return out;
        }
    }

    /** The text field of an entry, its tokens made now when there is an analyzer. */
    private static Field text(String value, Analyzer analyzer) {
        if (analyzer == null) {
            return new Field(TEXT, value, TEXT_TYPE);
        }
        PreAnalyzed tokens = PreAnalyzed.of(analyzer, TEXT, value);
        return new Field(TEXT, value, TEXT_TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer unused, TokenStream reuse) {
                return tokens.stream(reuse);
            }
        };
    }

    /**
     * A finding's document; {@code derivedBy} names the cross-report rule that made it (null for a finding of the
     * report's own checks), so the next cross-report pass can replace it.
     */
    public static Document finding(ReportRecord r, DepartmentIdentity dept, Finding f, String derivedBy) {
        ObjectNode tree = ReportJson.finding(f);
        return finding(identity(r, dept), f, derivedBy, null, SlicedJson.of(tree), tree);
    }

    /** A finding's document, its JSON and provenance sliced from {@code json}, where {@code node} is the finding. */
    private static Document finding(List<IndexableField> identity, Finding f, String derivedBy, Analyzer analyzer,
                                    SlicedJson json, JsonNode node) {
        Document d = base(identity, EntryKind.FINDING);
        if (derivedBy != null) {
            d.add(new StringField(DERIVED, derivedBy, Field.Store.YES));
            d.add(new StringField(DERIVED, ANY_DERIVED, Field.Store.NO));
        }
        add(d, LABEL, f.message());
        StringJoiner text = new StringJoiner("\n");
        text.add(f.message() == null ? "" : f.message());
        f.at().forEach(p -> text.add(p.text() == null ? "" : p.text()));
        d.add(text(text.toString(), analyzer));
        d.add(new StoredField(JSON, json.slice(node)));
        at(d, json, node.get("at").get(0)); // the first place it quotes
        keyword(d, RULE, "rule", f.rule());
        keyword(d, SEVERITY, "severity", f.severity() == null ? null : f.severity().label());
        return d;
    }

    /** A new entry of the report: its kind, then the report's {@link #identity} fields. */
    private static Document base(List<IndexableField> identity, EntryKind kind) {
        Document d = new Document();
        keyword(d, KIND, "kind", kind.label());
        identity.forEach(d::add);
        return d;
    }

    /**
     * The fields every entry of a report carries (id, path, year, department, region), made once per report and
     * shared by its entries: Lucene reads a field's value and leaves the field as it was, so one instance serves
     * every document of the report (made per entry, they cost a tenth of indexing: ~300 entries a report).
     */
    private static List<IndexableField> identity(ReportRecord r, DepartmentIdentity dept) {
        Document d = new Document();
        d.add(new StringField(REPORT_ID, r.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(REPORT_ID, new BytesRef(r.id())));
        d.add(new StringField(PATH, normalized(r.path()), Field.Store.YES));
        if (r.year() != null) {
            d.add(new IntPoint(YEAR, r.year()));
            d.add(new NumericDocValuesField(YEAR, r.year()));
            d.add(new StoredField(YEAR, r.year()));
            d.add(new SortedDocValuesField(facetField("year"), new BytesRef(Integer.toString(r.year()))));
        }
        keyword(d, DEPARTMENT_KEY, "department", dept.key());
        d.add(new StringField(DEPARTMENT_CORE, dept.core(), Field.Store.NO));
        d.add(new StoredField(DEPARTMENT_NAME, dept.name()));
        for (String a : dept.aliases()) {
            d.add(new StringField(DEPARTMENT_ALIAS, a, Field.Store.YES));
        }
        if (r.region() != null && !r.region().isBlank()) {
            keyword(d, REGION, "region", r.region());
            d.add(new StringField(REGION_PART, r.region(), Field.Store.NO));
            for (String p : DepartmentIdentity.regionPlaces(r.region())) {
                d.add(new StringField(REGION_PART, p, Field.Store.NO));
            }
        }
        return d.getFields();
    }

    /** The path as stored and looked up: absolute and normalized, so {@code ./a.pdf} and {@code a.pdf} are one file. */
    public static String normalized(String path) {
        return path == null ? "" : Path.of(path).toAbsolutePath().normalize().toString();
    }

    /** The label a report's entry is shown and named by (the boilerplate rule's other report); public for the Spark job. */
    public static String label(ReportRecord r) {
        if (r.title() != null && !r.title().isBlank()) {
            return r.title();
        }
        String dept = r.department() == null ? "" : r.department();
        return (r.year() == null ? "" : r.year() + "年度") + dept;
    }

    private static void keyword(Document d, String field, String facet, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(facetField(facet), new BytesRef(value)));
    }

    private static void grade(Document d, String grade) {
        keyword(d, GRADE, "grade", IndexFields.gradeKey(grade));
    }

    private static void value(Document d, BigDecimal v) {
        if (v == null) {
            return;
        }
        long scaled = scaled(v);
        d.add(new LongPoint(VALUE, scaled));
        d.add(new NumericDocValuesField(VALUE, scaled));
        d.add(new StoredField(VALUE, v.toPlainString()));
    }

    /** An entry's provenance, its {@code at} node sliced from the JSON; nothing when it has none (null). */
    private static void at(Document d, SlicedJson json, JsonNode at) {
        String slice = at == null ? null : json.slice(at);
        if (slice != null) {
            d.add(new StoredField(AT, slice));
        }
    }

    private static void add(Document d, String field, String value) {
        d.add(new StoredField(field, value == null ? "" : value));
    }

    private static String join(String... parts) {
        StringJoiner j = new StringJoiner("\n");
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p);
            }
        }
        return j.toString();
    }
}
