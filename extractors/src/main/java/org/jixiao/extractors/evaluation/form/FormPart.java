package org.jixiao.extractors.evaluation.form;

import org.jixiao.corpus.model.Table;

/**
 * The rows {@code [from, to)} of one table that belong to one form. A form is one or more parts: a table
 * may hold two forms one under the other, and one form may be printed as several tables.
 */
record FormPart(Table table, int from, int to) {
}
