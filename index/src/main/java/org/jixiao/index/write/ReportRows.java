package org.jixiao.index.write;

import static org.jixiao.index.write.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.jixiao.index.boilerplate.OtherReport;

/**
 * The id, year and department key of report documents, read from doc values: what the cross-report pass needs to
 * order a department's reports and pick the pairs to check, without reading any report's stored text and JSON
 * (which sit in compressed blocks with them, the expensive part of reading a report back).
 */
final class ReportRows {

    /** One report document; {@code department} is "" when it has none (nothing is filed under it). */
    record Row(int doc, String id, Integer year, String department) {

        /** The report as the boilerplate rule names another: {@code title} and {@code path} may be null (light). */
        OtherReport holder(String title, String path) {
            return new OtherReport(id, department.isEmpty() ? null : department, year, title, path);
        }
    }

    private final IndexReader reader;

    ReportRows(IndexReader reader) {
        this.reader = reader;
    }

    /** The rows of {@code docs}, global doc ids in increasing order (as {@code Matches} gives them). */
    List<Row> of(int[] docs) throws IOException {
        List<Row> out = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = reader.leaves();
        int current = -1;
        NumericDocValues years = null;
        SortedDocValues ids = null;
        SortedDocValues departments = null;
        for (int doc : docs) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext ctx = leaves.get(leaf);
            if (leaf != current) { // doc values iterate forward only: fresh ones per leaf
                current = leaf;
                years = DocValues.getNumeric(ctx.reader(), YEAR);
                ids = DocValues.getSorted(ctx.reader(), REPORT_ID);
                departments = DocValues.getSorted(ctx.reader(), facetField("department"));
            }
            int d = doc - ctx.docBase;
            Integer year = years.advanceExact(d) ? (int) years.longValue() : null;
            String id = ids.advanceExact(d) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
            String dept = departments.advanceExact(d) ? departments.lookupOrd(departments.ordValue()).utf8ToString()
                    : "";
            out.add(new Row(doc, id, year, dept));
        }
        return out;
    }
}
