/**
 * Excel workbooks (XLSX, XLS) through Apache POI: cell text as displayed, merged regions as spans, and a
 * sheet that holds a whole report (title lines, forms, narrative) split into paragraphs and tables.
 */
package org.jixiao.corpus.load.sheet;
