package org.jixiao.extractors.evaluation.prose;

import org.jixiao.corpus.model.Provenance;

/**
 * A number of projects the text states ({@code 涉及…等5个}, {@code 共对5个项目开展了绩效自评}), for the
 * {@code count} check to compare with the projects actually scored.
 *
 * @param at the count as printed ({@code 5个})
 */
public record StatedCount(int value, Provenance at) {
}
