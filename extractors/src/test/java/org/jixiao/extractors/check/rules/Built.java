package org.jixiao.extractors.check.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.Section;

/**
 * Reports built from a passage and evaluations whose figures point into that passage, so a finding's provenance
 * can be checked against the text like a real one.
 */
final class Built {

    private Built() {
    }

    static SourceDocument doc(String text) {
        SourceFile f = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        return new DocumentBuilder(f).text(text, null, Mode.LINES).build();
    }

    static Report report(SourceDocument doc, List<Evaluation> evaluations) {
        ReportMetadata md = new ReportMetadata(null, null, List.of(), null, null, ReportMetadata.ReportScope.UNKNOWN,
                Map.of());
        return new Report(doc, md, null, null, evaluations, List.of(), List.of(), List.of());
    }

    /** The provenance of the first occurrence of {@code snippet} in the document. */
    static Provenance at(SourceDocument doc, String snippet) {
        String text = doc.text().text();
        int i = text.indexOf(snippet);
        if (i < 0) {
            throw new IllegalArgumentException("not in the passage: " + snippet);
        }
        return Provenance.ofText(null, i, i + snippet.length(), snippet);
    }

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static Evaluation project(String name, List<Section> sections, List<Indicator> indicators, Provenance at) {
        return new Evaluation(Evaluation.Scope.PROJECT, name, Budget.NONE, null, d("100"), null, sections, indicators,
                at);
    }
}
