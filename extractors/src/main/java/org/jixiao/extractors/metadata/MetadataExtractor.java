package org.jixiao.extractors.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Fills {@link ReportMetadata} from a document: title, department (with aliases), region, fiscal year and
 * scope, each with the provenance of the text it was read from ({@code evidence}, keyed by field name;
 * {@code scope.department} and {@code scope.project} show each side of a BOTH).
 *
 * <p>One pass flattens the document into lines; each field's rules then scan those lines once, so the cost
 * is linear in the document. HanLP is consulted only on short strings (candidate names, and the top of the
 * document when a report names itself nowhere). Thread-safe and stateless.
 */
public final class MetadataExtractor {

    private final ChineseNlp nlp;

    /** Uses the shared HanLP instance (loaded on first use). */
    public MetadataExtractor() {
        this(ChineseNlp.hanlp());
    }

    public MetadataExtractor(ChineseNlp nlp) {
        this.nlp = nlp;
    }

    public ReportMetadata extract(SourceDocument doc) {
        List<Line> lines = Line.of(doc);
        String text = doc.text().text();
        Map<String, Provenance> evidence = new HashMap<>();

        TitleFinder.Title title = TitleFinder.find(lines, doc.text());
        if (title != null) {
            evidence.put("title", title.at());
        }
        DepartmentFinder.Department dept = DepartmentFinder.find(lines, title, text, nlp);
        if (dept != null) {
            evidence.put("department", dept.at());
        }
        Candidate<String> region = RegionFinder.find(dept, lines, text, nlp);
        if (region != null) {
            evidence.put("region", region.at());
        }
        Candidate<Integer> year = YearFinder.find(lines, title);
        if (year != null) {
            evidence.put("year", year.at());
        }
        ScopeFinder.Scope scope = ScopeFinder.find(lines, title);
        Provenance scopeAt = scope.departmentEvidence() != null ? scope.departmentEvidence() : scope.projectEvidence();
        if (scopeAt != null) {
            evidence.put("scope", scopeAt);
        }
        if (scope.departmentEvidence() != null) {
            evidence.put("scope.department", scope.departmentEvidence());
        }
        if (scope.projectEvidence() != null) {
            evidence.put("scope.project", scope.projectEvidence());
        }
        return new ReportMetadata(
                title == null ? null : title.text(),
                dept == null ? null : dept.name(),
                dept == null ? List.of() : dept.aliases(),
                region == null ? null : region.value(),
                year == null ? null : year.value(),
                scope.scope() == null ? ReportScope.UNKNOWN : scope.scope(),
                evidence);
    }
}
