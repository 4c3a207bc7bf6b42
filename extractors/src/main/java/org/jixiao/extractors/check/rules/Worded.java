package org.jixiao.extractors.check.rules;

import java.util.List;
import java.util.Optional;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.check.arith.Comparison;
import org.jixiao.extractors.check.arith.Verdict;
import org.jixiao.extractors.model.Finding;

/**
 * A comparison's finding with a sentence that matches its severity: "does not match" is said only of an
 * error; an info-level difference is one that truncation or padding zeros explain, and a warning about typed
 * scores one that only roundings all leaning one way explain; each is said so.
 */
final class Worded {

    private Worded() {
    }

    static Optional<Finding> finding(Comparison c, String rule, String code, String mismatch, String actual,
                                     List<Provenance> at) {
        return c.finding(rule, code, mismatch, actual, at).map(f -> {
            if (f.severity() == Finding.Severity.INFO) {
                return reworded(f, mismatch.replace("不符", "看似不符") + "，但差异可由截断或补零解释，仅作说明");
            }
            if (c.verdict() == Verdict.CONSISTENT_IF_ROUNDED_ALIKE) {
                return reworded(f, mismatch.replace("不符", "相差较多")
                        + "，只有各项得分几乎都按同一方向舍入时才能吻合，请核对");
            }
            return f;
        });
    }

    private static Finding reworded(Finding f, String message) {
        return new Finding(f.rule(), f.code(), f.severity(), message, f.expected(), f.actual(), f.tolerance(), f.at());
    }
}
