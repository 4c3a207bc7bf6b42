package org.jixiao.index.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.util.Bits;
import org.jixiao.index.boilerplate.BoilerplateDetector;
import org.jixiao.index.boilerplate.Fingerprinter;
import org.jixiao.index.boilerplate.OtherReport;

/**
 * Which reports already in the index (earlier runs) a run's new reports can change the boilerplate findings of,
 * found while the new reports are checked, from the holder lists their own check reads anyway. A report's
 * boilerplate findings depend only on the holders of its rare fingerprints, so an earlier report X changes only
 * when a new report N:
 * <ul>
 *   <li><b>shares rare text with it</b> that X would count as copied from N (another department, or an earlier
 *       year of X's own): X may gain a finding naming N. A passage needs {@link BoilerplateDetector#MIN_PASSAGE}
 *       letters and a fingerprint covers {@link Fingerprinter#K} of them, so X is re-checked only when it shares
 *       at least {@link #SHARED_FOR_PASSAGE} distinct rare fingerprints with N (a passage made of fewer would have
 *       to repeat the same {@code K} letters within itself);</li>
 *   <li><b>makes text template</b> that was rare for X: a fingerprint X held with at most {@code limit} reports
 *       now has more holders, so X may lose a passage. X is re-checked only when it has boilerplate findings to
 *       lose.</li>
 * </ul>
 * Each template fingerprint is examined once per run, and stops as soon as it is known to have been template
 * before the run, so the cost stays proportional to the run's reports, not the index.
 */
final class BoilerplateRipple {

    /** Fewest distinct shared fingerprints that can make a passage long enough to report. */
    static final int SHARED_FOR_PASSAGE = (BoilerplateDetector.MIN_PASSAGE + Fingerprinter.K - 1) / Fingerprinter.K;

    private final FingerprintHolders holders;
    private final Bits freshDocs;
    private final Set<String> freshIds;
    private final int limit;
    private final LongHashSet examined = new LongHashSet();
    private final Set<String> gaining = new LinkedHashSet<>();
    private final Set<Integer> losing = new LinkedHashSet<>();

    /**
     * @param freshDocs the report documents added this run, by global doc id
     * @param freshIds  their report ids
     */
    BoilerplateRipple(FingerprintHolders holders, Bits freshDocs, Set<String> freshIds, int limit) {
        this.holders = holders;
        this.freshDocs = freshDocs;
        this.freshIds = freshIds;
        this.limit = limit;
    }

    /** The holders function for checking the new report {@code self}; call {@link Watch#close} after the check. */
    Watch watching(OtherReport self) {
        return new Watch(self);
    }

    /** Earlier reports that may gain a finding naming a new report (ids). */
    Set<String> gaining() {
        return gaining;
    }

    /** Earlier reports (doc ids) holding text that turned template this run: they may lose a finding. */
    Set<Integer> losing() {
        return losing;
    }

    /** The holder lookups of one new report's check, passed through and watched. */
    final class Watch implements LongFunction<List<OtherReport>>, AutoCloseable {
        private final OtherReport self;
        private final LongHashSet seen = new LongHashSet();
        private final Map<String, Integer> shared = new HashMap<>();

        private Watch(OtherReport self) {
            this.self = self;
        }

        @Override
        public List<OtherReport> apply(long hash) {
            List<OtherReport> list = holders.apply(hash);
            if (!seen.add(hash)) {
                return list; // the same fingerprint again in this report: counted once
            }
            if (list.size() <= limit) {
                for (OtherReport o : list) {
                    if (!freshIds.contains(o.reportId()) && BoilerplateDetector.counts(o, self)) {
                        shared.merge(o.reportId(), 1, Integer::sum);
                    }
                }
            } else if (examined.add(hash)) {
                try {
                    losing.addAll(holders.turnedTemplate(hash, freshDocs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return list;
        }

        @Override
        public void close() {
            shared.forEach((id, n) -> {
                if (n >= SHARED_FOR_PASSAGE) {
                    gaining.add(id);
                }
            });
        }
    }
}
