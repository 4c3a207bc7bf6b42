package org.jixiao.extractors.check.arith;

import java.util.Optional;

import org.jixiao.extractors.model.Finding.Severity;

/** The outcome of comparing a reported figure with what its inputs allow. */
public enum Verdict {
    /** Some rounding of the printed inputs reproduces the reported figure. Not a finding. */
    CONSISTENT(null),
    /** Consistent only if some figures were truncated rather than rounded: a rounding-level note. */
    CONSISTENT_IF_TRUNCATED(Severity.INFO),
    /**
     * Consistent only if a reported percentage with trailing zeros was rounded to fewer decimals and padded
     * ({@code 94.5%} printed as {@code 94.50%}): a rounding-level note.
     */
    CONSISTENT_IF_FEWER_DECIMALS(Severity.INFO),
    /**
     * Typed scores that agree only if nearly all their roundings leaned one way, much further than independent
     * roundings go together ({@link ArithmeticChecks#scoreSum}): possible, so not an error, but worth a look.
     */
    CONSISTENT_IF_ROUNDED_ALIKE(Severity.WARNING),
    /** No rounding or truncation of the printed figures can make them agree. */
    INCONSISTENT(Severity.ERROR),
    /** The computation has no bound (a denominator that may be zero): nothing can be said. Not a finding. */
    UNDETERMINED(null);

    private final Severity severity;

    Verdict(Severity severity) {
        this.severity = severity;
    }

    /** The severity of a finding for this verdict, or empty when nothing should be reported. */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** Whether the figures can agree under the standard or a fallback reading. */
    public boolean explainable() {
        return this != INCONSISTENT;
    }
}
