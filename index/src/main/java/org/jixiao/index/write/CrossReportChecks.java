package org.jixiao.index.write;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.boilerplate.BoilerplateDetector;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.boilerplate.Fingerprinter;
import org.jixiao.index.boilerplate.OtherReport;
import org.jixiao.index.crossyear.CrossYearChecks;

/**
 * The checks that need more than one report, as parameters of the index writer: the writer's job is to call them
 * for the right pairs and store what they find, which tests verify with fake checks, independent of the rules.
 *
 * @param crossYear     findings on the current report from the previous year's report of the same department
 * @param fingerprinter the boilerplate fingerprints of a report's text, stored at ingest
 * @param boilerplate   findings on a report from the reports that share its fingerprints
 */
public record CrossReportChecks(BiFunction<ReportRecord, ReportRecord, List<Finding>> crossYear,
                                Function<String, List<Fingerprint>> fingerprinter, Boilerplate boilerplate) {

    /** The signature of {@link BoilerplateDetector#find}. */
    @FunctionalInterface
    public interface Boilerplate {
        List<Finding> find(OtherReport self, String text, List<Fingerprint> fingerprints,
                           LongFunction<List<OtherReport>> holders, int reports);
    }

    /** The project's rules: {@link CrossYearChecks}, {@link Fingerprinter}, {@link BoilerplateDetector}. */
    public static CrossReportChecks standard() {
        return new CrossReportChecks(CrossYearChecks::check, Fingerprinter::of, BoilerplateDetector::find);
    }

    /** No cross-report checks (fingerprints none either). */
    public static CrossReportChecks none() {
        return new CrossReportChecks((a, b) -> List.of(), t -> List.of(), (s, t, f, h, n) -> List.of());
    }
}
