/**
 * Evaluations read from self-evaluation forms (自评表): the heavily merged tables that state, for the
 * department as a whole or for one project, the budget and its execution, the indicator rows
 * (一级/二级/三级指标, target, actual, weight, score) and the total score.
 *
 * <p>Blocks are found by what their header cells say, never by fixed positions, because every province
 * lays the form out differently; merged cells are read through {@link org.jixiao.corpus.model.Table#cellAt}.
 * Entry point: {@link org.jixiao.extractors.evaluation.form.FormEvaluations#extract}.
 */
package org.jixiao.extractors.evaluation.form;
