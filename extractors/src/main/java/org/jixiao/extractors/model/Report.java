package org.jixiao.extractors.model;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.SourceDocument;

/**
 * What the extractors stage hands on for one document: the structured record of the dataset contract
 * ({@code jixiao.report/1}), every value with its provenance.
 *
 * @param score  the headline self-evaluation score, or null
 * @param errors what could not be read, in words a person understands
 */
public record Report(SourceDocument source, ReportMetadata metadata, BigDecimal score, String grade,
                     List<Evaluation> evaluations, List<Figure> figures, List<Finding> findings, List<String> errors) {

    public static final String SCHEMA = "jixiao.report/1";

    public Report {
        evaluations = List.copyOf(evaluations);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }
}
