package org.jixiao.extractors.model;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.Provenance;

/**
 * The evaluation of the department as a whole or of one project or fund.
 *
 * @param name the project or fund name; the department's name for {@link Scope#DEPARTMENT}
 */
public record Evaluation(Scope scope, String name, Budget budget, BigDecimal score, BigDecimal maxScore, String grade,
                         List<Section> sections, List<Indicator> indicators, Provenance at) {

    public Evaluation {
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
    }

    /** What an evaluation covers. */
    public enum Scope {
        DEPARTMENT("department"), PROJECT("project");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
