/**
 * Evaluations read from self-evaluation forms (自评表): the heavily merged tables that state, for the
 * department as a whole or for one project, the budget and its execution, the indicator rows
 * (一级/二级/三级指标, target, actual, weight, score) and the total score.
 *
 * <p>Blocks are found by what their header cells say, never by fixed positions, because every province
 * lays the form out differently; merged cells are read through {@link org.jixiao.corpus.model.Table#cellAt}.
 * Entry point: {@link org.jixiao.extractors.evaluation.form.FormEvaluations#extract}.
 *
 * <p>Forms whose grid was lost in publishing are read from the paragraphs: {@link
 * org.jixiao.extractors.evaluation.form.FlatForms} (a budget block whose cells run together, one per line, or a
 * whole form on one line; values split by {@link org.jixiao.extractors.evaluation.form.RunTogether}; a PDF dump's
 * line whose values were torn from their labels, by {@link org.jixiao.extractors.evaluation.form.FlatValueRun}) and {@link
 * org.jixiao.extractors.evaluation.form.FlatLists} (project lists printed one cell per line). Their wording is
 * data, {@code flat-vocabulary.tsv}; a split the shapes and arithmetic cannot decide gives nothing. Spreadsheet
 * dumps that print a total line's cells out of order are placed by their arithmetic ({@link
 * org.jixiao.extractors.evaluation.form.ScatteredLine}); a department's scoring-criteria table (a 分值 column per
 * level) is read by {@link org.jixiao.extractors.evaluation.form.FlatCriteriaTable}. Every such grid is guessed
 * ({@link org.jixiao.extractors.evaluation.form.FlatForms#guessedGrid}): checks over it warn, never err.
 */
package org.jixiao.extractors.evaluation.form;
