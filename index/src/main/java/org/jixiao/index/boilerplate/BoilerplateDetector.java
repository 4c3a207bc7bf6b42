package org.jixiao.index.boilerplate;

import java.util.List;
import java.util.function.LongFunction;

import org.jixiao.extractors.model.Finding;

/**
 * The {@code boilerplate} rule (info): long passages a report shares with another department's report or with an
 * earlier year's report, each finding naming the other report.
 */
public final class BoilerplateDetector {

    private BoilerplateDetector() {
    }

    /**
     * @param self         the report being checked
     * @param text         its normalized document text (the offsets of {@code fingerprints} and of findings' {@code at})
     * @param fingerprints {@code Fingerprinter.of(text)}
     * @param holders      for a fingerprint hash, every indexed report containing it (self included)
     * @param reports      how many reports the index holds, to ignore template text that nearly every report shares
     */
    public static List<Finding> find(OtherReport self, String text, List<Fingerprint> fingerprints,
                                     LongFunction<List<OtherReport>> holders, int reports) {
        return List.of(); // not yet written
    }
}
