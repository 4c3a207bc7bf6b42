package org.jixiao.index.search;

import static org.jixiao.index.write.IndexFields.DEPARTMENT_ALIAS;
import static org.jixiao.index.write.IndexFields.DEPARTMENT_NAME;
import static org.jixiao.index.write.IndexFields.KIND;
import static org.jixiao.index.write.IndexFields.facetField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryKind;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.internal.Matches;

/**
 * The departments of an index: each key with the display name and the spellings of its reports, and how many
 * reports it has.
 *
 * <p>Reading every report's stored fields took ten seconds at 100,000 reports (each read decompresses a block of
 * stored JSON). Now the report counts come from the department's doc values, the name and the first spellings from
 * one stored read per department (its first report), and the spellings later reports add from the terms of the
 * spelling field: only the reports that bring a new spelling are read, in index order, so the spellings keep the
 * order the full read gave them (first seen first).
 */
final class DepartmentList {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    DepartmentList(DirectoryReader reader, IndexSearcher searcher) {
        this.reader = reader;
        this.searcher = searcher;
    }

    List<ReportIndex.Department> departments() throws IOException {
        int[] reports = Matches.of(searcher, new TermQuery(new Term(KIND, EntryKind.REPORT.label())));
        FixedBitSet isReport = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Map<Integer, String> keyOf = new HashMap<>(); // report documents only: an array by document would be the index's size
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        SortedDocValues keys = null;
        String[] byOrd = null;
        for (int doc : reports) { // in index order
            while (leaf + 1 < leaves.size() && leaves.get(leaf + 1).docBase <= doc) {
                leaf++;
                keys = DocValues.getSorted(leaves.get(leaf).reader(), facetField("department"));
                byOrd = new String[keys.getValueCount()];
            }
            int local = doc - leaves.get(leaf).docBase;
            if (!keys.advanceExact(local)) {
                continue; // no department key: not listed
            }
            int ord = keys.ordValue();
            if (byOrd[ord] == null) {
                byOrd[ord] = keys.lookupOrd(ord).utf8ToString();
            }
            String key = byOrd[ord];
            isReport.set(doc);
            keyOf.put(doc, key);
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, doc);
        }
        StoredFields stored = reader.storedFields();
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        TreeMap<Integer, String> firstInOrder = new TreeMap<>(); // stored reads in index order reuse their blocks
        first.forEach((key, doc) -> firstInOrder.put(doc, key));
        for (var e : firstInOrder.entrySet()) {
            Document d = stored.document(e.getKey(), Set.of(DEPARTMENT_NAME, DEPARTMENT_ALIAS));
            names.put(e.getValue(), d.get(DEPARTMENT_NAME));
            spellings.put(e.getValue(), new LinkedHashSet<>(List.of(d.getValues(DEPARTMENT_ALIAS))));
        }
        // the reports that bring a spelling their department's first report does not have, in index order
        Set<Integer> bringing = new TreeSet<>();
        Map<String, Map<String, Integer>> firstWithSpelling = new HashMap<>();
        for (LeafReaderContext ctx : leaves) {
            Terms terms = ctx.reader().terms(DEPARTMENT_ALIAS);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String spelling = t.utf8ToString();
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    int doc = ctx.docBase + d;
                    if (!isReport.get(doc) || spellings.get(keyOf.get(doc)).contains(spelling)) {
                        continue;
                    }
                    firstWithSpelling.computeIfAbsent(keyOf.get(doc), k -> new HashMap<>()).merge(spelling, doc, Math::min);
                }
            }
        }
        firstWithSpelling.values().forEach(m -> bringing.addAll(m.values()));
        for (int doc : bringing) {
            spellings.get(keyOf.get(doc)).addAll(List.of(stored.document(doc, Set.of(DEPARTMENT_ALIAS))
                    .getValues(DEPARTMENT_ALIAS)));
        }
        List<ReportIndex.Department> out = new ArrayList<>();
        for (String key : new TreeMap<>(counts).keySet()) { // by key
            out.add(new ReportIndex.Department(key, names.get(key), List.copyOf(spellings.get(key)), counts.get(key)));
        }
        return out;
    }
}
