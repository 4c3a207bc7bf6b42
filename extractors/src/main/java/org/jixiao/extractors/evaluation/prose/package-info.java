/**
 * Evaluations a report states in prose rather than in a self-evaluation form: per-project score paragraphs
 * ({@code XX项目产出指标满分40分，扣1分，得分39分；…}), result sentences ({@code …得分结果为94分，绩效评价等级为优秀}),
 * lists aligned with names ({@code A、B、C自评得分分别为94、93、98}), project budget lists and small project tables,
 * plus the facts checks need to judge them: stated project counts, aligned lists as printed, and first-level
 * weights declared in prose.
 *
 * <p>Entry point: {@link org.jixiao.extractors.evaluation.prose.ProseEvaluations}. Every rule keys on the
 * wording of the genre (满分, 得分, 分别为, 等级为 …), never on a sample's names, and every value carries the
 * provenance of the phrase it was read from. Self-evaluation form tables are left to
 * {@code org.jixiao.extractors.evaluation.form}; a later step merges both by name.
 */
package org.jixiao.extractors.evaluation.prose;
